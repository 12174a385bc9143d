using System.Text.Json;
using Pipeline.IntegrationTests.Infrastructure;

namespace Pipeline.IntegrationTests.Functions;

/// <summary>
/// Checks what the Functions host will load: the <c>functions.metadata</c> the SDK writes into the function
/// app's build output, not the attributes in the source.
/// </summary>
public sealed class FunctionMetadataTests
{
    private static readonly Lazy<JsonElement[]> Functions = new(() =>
    {
        var path = Path.Combine(Repository.OutputOf("Pipeline.Functions"), "functions.metadata");
        Assert.True(File.Exists(path), $"{path} is missing: build the function app first.");
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        return document.RootElement.EnumerateArray().Select(e => e.Clone()).ToArray();
    });

    [Fact]
    public void IngestArticle_is_an_event_grid_blob_trigger_on_the_articles_container()
    {
        var binding = TriggerOf("IngestArticle");

        Assert.Equal("blobTrigger", binding.GetProperty("type").GetString());
        Assert.Equal("articles/{name}", binding.GetProperty("path").GetString());
        Assert.Equal("EventGrid", binding.GetProperty("source").GetString());
        Assert.Equal("ArticlesStorage", binding.GetProperty("connection").GetString());
        // Bound to an SDK type (BlobClient), so the host passes a reference instead of the blob's bytes.
        Assert.Equal("True", binding.GetProperty("properties").GetProperty("supportsDeferredBinding").GetString());
    }

    [Theory]
    [InlineData("GetSummary", "summary", "Function", "get")]
    [InlineData("GetHealth", "health", "Anonymous", "get")]
    [InlineData("ListEntities", "entities", "Function", "get")]
    [InlineData("GetEntity", "entities/{type}/{key}", "Function", "get")]
    [InlineData("ListArticles", "articles", "Function", "get")]
    [InlineData("GetArticle", "articles/{id}", "Function", "get")]
    [InlineData("ListFiles", "files", "Function", "get")]
    [InlineData("GetFile", "files/{name}", "Function", "get")]
    [InlineData("ReprocessFile", "files/{name}/reprocess", "Function", "post")]
    [InlineData("GetOpenApi", "openapi.json", "Anonymous", "get")]
    [InlineData("GetDashboard", "dashboard", "Anonymous", "get")]
    public void Http_functions_declare_their_route_method_and_auth_level(string function, string route, string authLevel, string method)
    {
        var binding = TriggerOf(function);

        Assert.Equal("httpTrigger", binding.GetProperty("type").GetString());
        Assert.Equal(route, binding.GetProperty("route").GetString());
        Assert.Equal(authLevel, binding.GetProperty("authLevel").GetString());
        Assert.Equal([method], binding.GetProperty("methods").EnumerateArray().Select(m => m.GetString() ?? "").ToArray());
    }

    [Fact]
    public void ReprocessArticle_reads_the_reprocess_queue_as_plain_text()
    {
        var binding = TriggerOf("ReprocessArticle");

        Assert.Equal("queueTrigger", binding.GetProperty("type").GetString());
        Assert.Equal("article-reprocess", binding.GetProperty("queueName").GetString());
        Assert.Equal("ArticlesStorage", binding.GetProperty("connection").GetString());
    }

    [Fact]
    public void ReconcileArticles_runs_on_a_five_minute_timer()
    {
        var binding = TriggerOf("ReconcileArticles");

        Assert.Equal("timerTrigger", binding.GetProperty("type").GetString());
        Assert.Equal("0 */5 * * * *", binding.GetProperty("schedule").GetString());
    }

    [Fact]
    public void The_build_output_carries_the_top_level_host_json_and_the_extensions()
    {
        var output = Repository.OutputOf("Pipeline.Functions");

        Assert.Equal(
            File.ReadAllText(Path.Combine(Repository.Root.FullName, "host.json")),
            File.ReadAllText(Path.Combine(output, "host.json")));
        var extensions = File.ReadAllText(Path.Combine(output, "extensions.json"));
        Assert.Contains("AzureStorageBlobs", extensions, StringComparison.Ordinal);
    }

    private static JsonElement TriggerOf(string functionName)
    {
        var function = Assert.Single(Functions.Value, f => f.GetProperty("name").GetString() == functionName);
        return Assert.Single(
            function.GetProperty("bindings").EnumerateArray(),
            b => b.GetProperty("direction").GetString() == "In" && b.GetProperty("type").GetString()!.EndsWith("Trigger", StringComparison.Ordinal));
    }
}
