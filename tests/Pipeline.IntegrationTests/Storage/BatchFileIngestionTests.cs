using System.Text;
using System.Text.Json;
using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Pipeline.IntegrationTests.Infrastructure;
using Pipeline.Storage.Articles;
using Pipeline.Storage.Keys;
using Pipeline.Storage.Summaries;

namespace Pipeline.IntegrationTests.Storage;

/// <summary>A file that holds many articles (JSON Lines here) is counted per article, with one row per article.</summary>
public sealed class BatchFileIngestionTests
{
    private const string Name = "feeds/batch.jsonl";

    private static readonly string ThreeLinesOneBad = string.Join('\n',
        """{"title": "Senate passes budget", "body": "The Senate passed the budget on Tuesday. Senator Mitch McConnell said the vote was close.", "source": "Example News", "url": "https://example.com/a"}""",
        """{"title": "broken", "body": """,
        """{"headline": "Storm hits Florida", "articleBody": "A storm hit Florida on Monday. Governor Ron DeSantis declared an emergency in Florida.", "datePublished": "2024-09-02T10:00:00Z"}""");

    [Fact]
    public async Task A_json_lines_file_counts_each_good_line_as_an_article_and_records_the_bad_line()
    {
        await using var storage = await IsolatedStorage.CreateAsync();
        var blob = await UploadAsync(storage, ThreeLinesOneBad);

        var outcome = await storage.Get<ArticleIngestor>().IngestAsync(blob, CancellationToken.None);

        Assert.Equal(IngestOutcome.Processed, outcome);
        var file = await FileRowAsync(storage);
        Assert.Equal(ArticleStatus.Processed, file.GetString(ArticleRow.Status));
        Assert.Equal("jsonLines", file.GetString(ArticleRow.Format));
        Assert.Equal(2, file.GetInt32(ArticleRow.ArticleCount));
        Assert.Equal(1, file.GetInt32(ArticleRow.FailedEntries));
        var entryError = JsonDocument.Parse(file.GetString(ArticleRow.EntryErrorsJson)!).RootElement[0];
        Assert.Equal(1, entryError.GetProperty("i").GetInt32());
        Assert.Contains("line 2", entryError.GetProperty("m").GetString(), StringComparison.Ordinal);

        var entries = await EntryRowsAsync(storage);
        Assert.Equal(["Senate passes budget", "Storm hits Florida"], entries.Select(e => e.GetString(ArticleEntryRow.Title)));
        Assert.Equal("Example News", entries[0].GetString(ArticleEntryRow.Source));
        Assert.Equal("https://example.com/a", entries[0].GetString(ArticleEntryRow.Url));
        Assert.Equal(new DateTimeOffset(2024, 9, 2, 10, 0, 0, TimeSpan.Zero), entries[1].GetDateTimeOffset(ArticleEntryRow.PublishedAt));

        var totals = await storage.Get<SummaryReader>().ReadAsync(CancellationToken.None);
        Assert.Equal(2, totals.Articles);
        Assert.Equal(0, totals.FailedFiles);
    }

    [Fact]
    public async Task A_new_version_with_fewer_articles_removes_the_rows_and_counts_of_the_ones_it_lost()
    {
        await using var storage = await IsolatedStorage.CreateAsync();
        var ingestor = storage.Get<ArticleIngestor>();
        var blob = await UploadAsync(storage, ThreeLinesOneBad);
        await ingestor.IngestAsync(blob, CancellationToken.None);

        await UploadAsync(storage, ThreeLinesOneBad.Split('\n')[2]);
        await ingestor.IngestAsync(blob, CancellationToken.None);

        var entries = await EntryRowsAsync(storage);
        Assert.Equal(["Storm hits Florida"], entries.Select(e => e.GetString(ArticleEntryRow.Title)));
        var file = await FileRowAsync(storage);
        Assert.Equal(1, file.GetInt32(ArticleRow.ArticleCount));
        Assert.Equal(0, file.GetInt32(ArticleRow.FailedEntries));
        var summary = await storage.Get<SummaryReader>().ReadAsync(CancellationToken.None);
        Assert.Equal(1, summary.Articles);
        Assert.DoesNotContain(summary.TopEntities, e => e.Name.Contains("McConnell", StringComparison.Ordinal));
        Assert.Contains(summary.TopEntities, e => e.Name == "Florida" && e.Articles == 1 && e.Mentions == 2);
    }

    [Fact]
    public async Task A_file_whose_every_entry_is_bad_fails_with_the_first_reason_and_counts_nothing()
    {
        await using var storage = await IsolatedStorage.CreateAsync();
        var blob = await UploadAsync(storage, "{\"title\": 1,\n{oops\n");

        var outcome = await storage.Get<ArticleIngestor>().IngestAsync(blob, CancellationToken.None);

        Assert.Equal(IngestOutcome.Failed, outcome);
        var file = await FileRowAsync(storage);
        Assert.Equal(ArticleStatus.Failed, file.GetString(ArticleRow.Status));
        Assert.Contains("line 1", file.GetString(ArticleRow.Error), StringComparison.Ordinal);
        Assert.Empty(await EntryRowsAsync(storage));
        var summary = await storage.Get<SummaryReader>().ReadAsync(CancellationToken.None);
        Assert.Equal(0, summary.Articles);
        Assert.Equal(1, summary.FailedFiles);
    }

    [Fact]
    public async Task Removing_a_batch_file_removes_every_article_row_and_count()
    {
        await using var storage = await IsolatedStorage.CreateAsync();
        var ingestor = storage.Get<ArticleIngestor>();
        await ingestor.IngestAsync(await UploadAsync(storage, ThreeLinesOneBad), CancellationToken.None);

        await ingestor.RemoveAsync(Name, CancellationToken.None);

        Assert.Empty(await EntryRowsAsync(storage));
        var summary = await storage.Get<SummaryReader>().ReadAsync(CancellationToken.None);
        Assert.Equal(0, summary.Articles);
        Assert.Empty(summary.TopEntities);
    }

    private static Task<BlobClient> UploadAsync(IsolatedStorage storage, string content) => storage.UploadTextAsync(Name, content);

    private static async Task<TableEntity> FileRowAsync(IsolatedStorage storage) =>
        (await storage.Storage.ArticleTable.GetEntityAsync<TableEntity>(TableKey.Encode(Name), ArticleRow.RowKey)).Value;

    private static async Task<List<TableEntity>> EntryRowsAsync(IsolatedStorage storage)
    {
        var rows = new List<TableEntity>();
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {TableKey.Encode(Name)} and RowKey ne {ArticleRow.RowKey}");
        await foreach (var row in storage.Storage.ArticleTable.QueryAsync<TableEntity>(filter))
        {
            rows.Add(row);
        }

        return rows;
    }
}
