using System.Text;
using Azure.Data.Tables;
using Pipeline.IntegrationTests.Infrastructure;
using Pipeline.Storage.Articles;
using Pipeline.Storage.Keys;

namespace Pipeline.IntegrationTests.Storage;

/// <summary>The limits operators set in configuration (<c>Pipeline:Limits</c>) reach ingestion.</summary>
public sealed class AnalyzerLimitsTests
{
    [Fact]
    public async Task A_file_over_the_configured_size_fails_as_too_large_without_being_read()
    {
        await using var storage = await IsolatedStorage.CreateAsync(new Dictionary<string, string?> { ["Pipeline:Limits:MaxFileBytes"] = "100" });
        var blob = storage.Storage.Articles.GetBlobClient("long.txt");
        await blob.UploadAsync(new BinaryData(Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("The council met on Tuesday. ", 10)))));

        Assert.Equal(IngestOutcome.Failed, await storage.Get<ArticleIngestor>().IngestAsync(blob, CancellationToken.None));

        var row = (await storage.Storage.ArticleTable.GetEntityAsync<TableEntity>(TableKey.Encode("long.txt"), ArticleRow.RowKey)).Value;
        Assert.Equal("tooLarge", row.GetString(ArticleRow.ErrorCode));
        Assert.Equal("file is 280 bytes; the limit is 100", row.GetString(ArticleRow.Error));
    }

    [Fact]
    public async Task A_batch_file_over_the_configured_entry_count_fails_as_a_whole()
    {
        await using var storage = await IsolatedStorage.CreateAsync(new Dictionary<string, string?> { ["Pipeline:Limits:MaxEntriesPerFile"] = "2" });
        var blob = storage.Storage.Articles.GetBlobClient("three.jsonl");
        var line = """{"title": "Bridge", "body": "The council met on Tuesday in Springfield and voted to repair the bridge."}""";
        await blob.UploadAsync(new BinaryData(Encoding.UTF8.GetBytes(string.Join('\n', line, line, line))));

        Assert.Equal(IngestOutcome.Failed, await storage.Get<ArticleIngestor>().IngestAsync(blob, CancellationToken.None));

        var row = (await storage.Storage.ArticleTable.GetEntityAsync<TableEntity>(TableKey.Encode("three.jsonl"), ArticleRow.RowKey)).Value;
        Assert.Equal("tooLarge", row.GetString(ArticleRow.ErrorCode));
        Assert.Contains("2", row.GetString(ArticleRow.Error), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_out_of_range_limit_stops_the_host_at_start_up()
    {
        var error = await Assert.ThrowsAnyAsync<ArgumentOutOfRangeException>(
            () => IsolatedStorage.CreateAsync(new Dictionary<string, string?> { ["Pipeline:Limits:MaxDepth"] = "0" }));
        Assert.Contains("MaxDepth", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_analysis_deadline_is_read_in_seconds_and_must_be_positive()
    {
        await using (var storage = await IsolatedStorage.CreateAsync(new Dictionary<string, string?> { ["Pipeline:Limits:MaxProcessingSeconds"] = "2.5" }))
        {
            Assert.Equal(TimeSpan.FromSeconds(2.5), storage.Get<Pipeline.Core.ArticleAnalyzer>().Options.MaxAnalysisTime);
        }

        await using (var defaults = await IsolatedStorage.CreateAsync())
        {
            Assert.Equal(TimeSpan.FromMinutes(5), defaults.Get<Pipeline.Core.ArticleAnalyzer>().Options.MaxAnalysisTime);
        }

        var error = await Assert.ThrowsAnyAsync<ArgumentOutOfRangeException>(
            () => IsolatedStorage.CreateAsync(new Dictionary<string, string?> { ["Pipeline:Limits:MaxProcessingSeconds"] = "0" }));
        Assert.Contains("MaxProcessingSeconds", error.Message, StringComparison.Ordinal);
    }
}
