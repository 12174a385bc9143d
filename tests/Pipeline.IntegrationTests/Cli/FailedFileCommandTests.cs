using System.Text.Json;
using Pipeline.IntegrationTests.Infrastructure;
using Pipeline.Storage.Articles;

namespace Pipeline.IntegrationTests.Cli;

/// <summary>A corrupted file through the operator's eyes: found by <c>status</c>, fixed, and <c>reprocess</c>ed.</summary>
public sealed class FailedFileCommandTests
{
    private const string Broken = "bridge.json";
    private const string Truncated = """{"title": "Bridge reopens in Dresden", "body": "Mayor Anna Schmidt reopened the bridge in Dresden on Monday""";
    private const string Fixed = """{"title": "Bridge reopens in Dresden", "body": "Mayor Anna Schmidt reopened the bridge in Dresden on Monday. The repairs took two years, Anna Schmidt said.", "source": "Dresden Daily"}""";

    [Fact]
    public async Task A_corrupted_file_is_listed_as_failed_with_its_reason_and_reprocessing_it_once_fixed_succeeds()
    {
        await using var storage = await IsolatedStorage.CreateAsync();
        var ingestor = storage.Get<ArticleIngestor>();
        Assert.Equal(IngestOutcome.Failed, await ingestor.ProcessAsync(await storage.UploadTextAsync(Broken, Truncated), CancellationToken.None));
        Assert.Equal(IngestOutcome.Processed, await ingestor.ProcessAsync(await Seeds.UploadAsync(storage.Storage.Articles, Seeds.CleanNbc), CancellationToken.None));

        var failed = await CliAssert.JsonAsync(storage, 0, "status", "--state", "failed");
        var file = Assert.Single(failed.GetProperty("files").EnumerateArray());
        Assert.Equal((Broken, "failed", "malformed", 1), (file.GetProperty("name").GetString(), file.GetProperty("state").GetString(), file.GetProperty("errorCode").GetString(), file.GetProperty("attempts").GetInt32()));
        var reason = file.GetProperty("error").GetString()!;
        Assert.Contains("not valid JSON", reason, StringComparison.Ordinal);
        var table = await CliAssert.RunAsync(storage, 0, "status", "--state", "failed");
        Assert.Matches($@"(?m)^{Broken}\s+failed\s.*malformed: file is not valid JSON", table.Output);
        Assert.Contains("1 file(s): 1 failed.", table.Output, StringComparison.Ordinal);
        var one = await CliAssert.RunAsync(storage, 0, "status", Broken);
        Assert.Matches(@"(?m)^reason\s+malformed: file is not valid JSON", one.Output);

        // Unfixed, reprocessing fails again for the same reason, and says so.
        var unfixed = await CliAssert.RunAsync(storage, 1, "reprocess", "--failed");
        Assert.Matches($@"(?m)^\s+failed\s+{Broken}\s+malformed: ", unfixed.Output);
        Assert.Contains("Reprocessed 1 file(s)", unfixed.Output, StringComparison.Ordinal);

        var folder = Directory.CreateTempSubdirectory("pipeline-fix-");
        try
        {
            await File.WriteAllTextAsync(Path.Combine(folder.FullName, Broken), Fixed);
            await CliAssert.RunAsync(storage, 0, "drop", Path.Combine(folder.FullName, Broken));
        }
        finally
        {
            folder.Delete(recursive: true);
        }

        var reprocessed = await CliAssert.JsonAsync(storage, 0, "reprocess", Broken);
        var outcome = Assert.Single(reprocessed.GetProperty("files").EnumerateArray());
        Assert.Equal((Broken, "processed", "processed"), (outcome.GetProperty("name").GetString(), outcome.GetProperty("outcome").GetString(), outcome.GetProperty("state").GetString()));
        Assert.Equal((1, 0), (reprocessed.GetProperty("processed").GetInt32(), reprocessed.GetProperty("notProcessed").GetInt32()));

        var details = await CliAssert.JsonAsync(storage, 0, "status", Broken);
        Assert.Equal(("processed", "json", 1), (details.GetProperty("status").GetProperty("state").GetString(), details.GetProperty("status").GetProperty("format").GetString(), details.GetProperty("status").GetProperty("articles").GetInt32()));
        Assert.Equal(JsonValueKind.Null, details.GetProperty("status").GetProperty("error").ValueKind);
        Assert.Contains(details.GetProperty("entities").EnumerateArray(), e => e.GetProperty("key").GetString() == "person:anna schmidt" && e.GetProperty("mentions").GetInt32() == 2);
        var shown = await CliAssert.RunAsync(storage, 0, "status", Broken);
        Assert.Matches(@"(?m)^Anna Schmidt\s+person\s+2\s+1$", shown.Output);
        Assert.Empty(await CliAssert.JsonAsync(storage, 0, "status", "--state", "failed") is var none ? none.GetProperty("files").EnumerateArray() : default);
        var summary = await CliAssert.JsonAsync(storage, 0, "summary");
        Assert.Equal((2L, 0L), (summary.GetProperty("articles").GetInt64(), summary.GetProperty("failedFiles").GetInt64()));
    }

    [Fact]
    public async Task Reprocessing_unknown_names_fails_for_them_only_and_status_of_an_unknown_name_exits_1()
    {
        await using var storage = await IsolatedStorage.CreateAsync();
        await storage.Get<ArticleIngestor>().ProcessAsync(await Seeds.UploadAsync(storage.Storage.Articles, Seeds.PtbCnn), CancellationToken.None);

        var result = await CliAssert.JsonAsync(storage, 1, "reprocess", Seeds.PtbCnn, "no-such-file.txt");

        var outcomes = result.GetProperty("files").EnumerateArray().ToDictionary(f => f.GetProperty("name").GetString()!, f => f.GetProperty("outcome").GetString());
        Assert.Equal("processed", outcomes[Seeds.PtbCnn]);
        Assert.Equal("notFound", outcomes["no-such-file.txt"]);
        var unknown = await CliAssert.RunAsync(storage, 1, "status", "no-such-file.txt");
        Assert.Equal("pipeline: no file named 'no-such-file.txt' in the container or the Articles table.", unknown.Error.Trim());
        Assert.Equal(1L, (await CliAssert.JsonAsync(storage, 0, "summary")).GetProperty("articles").GetInt64());
    }
}
