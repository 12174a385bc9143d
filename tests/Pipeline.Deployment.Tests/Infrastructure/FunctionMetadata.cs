using System.Text.Json;

namespace Pipeline.Deployment.Tests.Infrastructure;

/// <summary>
/// The function app's <c>functions.metadata</c> as the SDK wrote it at build time: the names and bindings the
/// Functions host loads, so the checks follow the code's attributes rather than copies of them.
/// </summary>
internal static class FunctionMetadata
{
    private static readonly Lazy<JsonElement[]> Functions = new(() =>
    {
        var path = Path.Combine(Repository.FunctionsOutput, "functions.metadata");
        Assert.True(File.Exists(path), $"{path} is missing: build the function app first.");
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        return [.. document.RootElement.EnumerateArray().Select(e => e.Clone())];
    });

    public static IReadOnlyList<JsonElement> All => Functions.Value;

    public static IEnumerable<string> Names => All.Select(f => f.GetProperty("name").GetString() ?? "");

    /// <summary>The trigger binding of the named function.</summary>
    public static JsonElement TriggerOf(string functionName)
    {
        var function = Assert.Single(All, f => f.GetProperty("name").GetString() == functionName);
        return Assert.Single(
            function.GetProperty("bindings").EnumerateArray(),
            b => b.GetProperty("direction").GetString() == "In" && b.GetProperty("type").GetString()!.EndsWith("Trigger", StringComparison.Ordinal));
    }

    /// <summary>Every trigger binding, with its function's name.</summary>
    public static IEnumerable<(string Function, JsonElement Trigger)> Triggers =>
        Names.Select(name => (name, TriggerOf(name)));
}
