using System.Text;
using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Pipeline.IntegrationTests.Infrastructure;
using Pipeline.Storage.Articles;
using Pipeline.Storage.Keys;
using Pipeline.Storage.Reconciliation;
using Pipeline.Storage.Summaries;

namespace Pipeline.IntegrationTests.Storage;

/// <summary>A blob whose processing keeps throwing is retried a bounded number of times, then parked with its reason.</summary>
public sealed class QuarantineTests
{
    private const string Name = "poison.txt";
    private const string Article = "Bridge repairs\n\nThe council met on Tuesday in Springfield and voted to repair the old bridge, Mayor Anna Schmidt said.\n";

    [Fact]
    public async Task Each_failed_attempt_is_recorded_and_the_fifth_quarantines_the_version()
    {
        await using var storage = await IsolatedStorage.CreateAsync();
        var ingestor = storage.Get<ArticleIngestor>();
        var blob = await UploadAsync(storage, Article);
        var failure = new InvalidOperationException("parser exploded");

        var outcomes = new List<IngestOutcome>();
        for (var attempt = 0; attempt < 5; attempt++)
        {
            outcomes.Add(await ingestor.RecordFailureAsync(blob, failure, CancellationToken.None));
        }

        Assert.Equal([IngestOutcome.RetryLater, IngestOutcome.RetryLater, IngestOutcome.RetryLater, IngestOutcome.RetryLater, IngestOutcome.Quarantined], outcomes);
        var row = await RowAsync(storage);
        Assert.Equal(ArticleStatus.Quarantined, row.GetString(ArticleRow.Status));
        Assert.Equal(5, row.GetInt32(ArticleRow.Attempts));
        Assert.Equal("parser exploded", row.GetString(ArticleRow.Error));
        Assert.Equal("InvalidOperationException: parser exploded", row.GetString(ArticleRow.LastFailure));

        // The quarantined version is not processed again, by a trigger or by the reconciler.
        Assert.Equal(IngestOutcome.Quarantined, await ingestor.IngestAsync(blob, CancellationToken.None));
        var pass = await storage.Get<BlobReconciler>().RunOnceAsync(CancellationToken.None);
        Assert.Equal(0, pass.Processed);
        Assert.Equal(ArticleStatus.Quarantined, (await RowAsync(storage)).GetString(ArticleRow.Status));
        Assert.Equal(0, (await storage.Get<SummaryReader>().ReadAsync(CancellationToken.None)).Articles);
    }

    [Fact]
    public async Task A_new_version_of_a_quarantined_file_is_processed_and_counts_its_attempts()
    {
        await using var storage = await IsolatedStorage.CreateAsync();
        var ingestor = storage.Get<ArticleIngestor>();
        var blob = await UploadAsync(storage, Article);
        for (var attempt = 0; attempt < 5; attempt++)
        {
            await ingestor.RecordFailureAsync(blob, new InvalidOperationException("boom"), CancellationToken.None);
        }

        await UploadAsync(storage, Article + "\nA second paragraph, added by the editor.\n");

        Assert.Equal(IngestOutcome.Processed, await ingestor.IngestAsync(blob, CancellationToken.None));
        var row = await RowAsync(storage);
        Assert.Equal(ArticleStatus.Processed, row.GetString(ArticleRow.Status));
        Assert.Equal(1, row.GetInt32(ArticleRow.Attempts));
        Assert.Null(row.GetString(ArticleRow.FailedVersion));
        Assert.Equal(1, (await storage.Get<SummaryReader>().ReadAsync(CancellationToken.None)).Articles);
    }

    [Fact]
    public async Task A_failure_after_an_earlier_version_was_counted_keeps_that_contribution_recorded()
    {
        await using var storage = await IsolatedStorage.CreateAsync();
        var ingestor = storage.Get<ArticleIngestor>();
        var blob = await UploadAsync(storage, Article);
        await ingestor.IngestAsync(blob, CancellationToken.None);
        var entitiesBefore = (await RowAsync(storage)).GetString(ArticleRow.EntitiesJson);
        await UploadAsync(storage, Article + "\nAn update that breaks something.\n");

        Assert.Equal(IngestOutcome.RetryLater, await ingestor.RecordFailureAsync(blob, new InvalidOperationException("boom"), CancellationToken.None));

        var row = await RowAsync(storage);
        Assert.Equal(ArticleStatus.Failed, row.GetString(ArticleRow.Status));
        Assert.Equal(entitiesBefore, row.GetString(ArticleRow.EntitiesJson));
        Assert.Equal(1, (await storage.Get<SummaryReader>().ReadAsync(CancellationToken.None)).Articles);

        // Deleting the blob still takes the earlier version's contribution back.
        await ingestor.RemoveAsync(Name, CancellationToken.None);
        var summary = await storage.Get<SummaryReader>().ReadAsync(CancellationToken.None);
        Assert.Equal(0, summary.Articles);
        Assert.Empty(summary.TopEntities);
    }

    private static Task<BlobClient> UploadAsync(IsolatedStorage storage, string text) => storage.UploadTextAsync(Name, text);

    private static async Task<TableEntity> RowAsync(IsolatedStorage storage) =>
        (await storage.Storage.ArticleTable.GetEntityAsync<TableEntity>(TableKey.Encode(Name), ArticleRow.RowKey)).Value;
}
