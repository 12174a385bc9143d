using Azure.Data.Tables;
using Pipeline.IntegrationTests.Infrastructure;
using Pipeline.Storage.Articles;
using Pipeline.Storage.Keys;
using Pipeline.Storage.Reconciliation;
using Pipeline.Storage.Summaries;
using Pipeline.Storage.Verification;

namespace Pipeline.IntegrationTests.Storage;

/// <summary>An operator's reprocess request: an unchanged blob processed again, its contribution replaced, not doubled.</summary>
public sealed class ReprocessTests
{
    private const string Name = "bridge.txt";
    private const string Article = "Bridge repairs\n\nThe council met on Tuesday in Springfield and voted to repair the old bridge, Mayor Anna Schmidt said.\n";

    [Fact]
    public async Task A_reprocessed_file_is_processed_again_and_counted_once()
    {
        await using var storage = await IsolatedStorage.CreateAsync();
        var ingestor = storage.Get<ArticleIngestor>();
        var blob = await storage.UploadTextAsync(Name, Article);
        Assert.Equal(IngestOutcome.Processed, await ingestor.ProcessAsync(blob, CancellationToken.None));
        var before = await storage.Get<SummaryReader>().ReadAsync(CancellationToken.None);

        Assert.Equal(1, await ingestor.RequestReprocessAsync(Name, CancellationToken.None));
        var again = await ingestor.ProcessAsync(blob, CancellationToken.None);
        var repeated = await ingestor.ProcessAsync(blob, CancellationToken.None);

        Assert.Equal((IngestOutcome.Processed, IngestOutcome.AlreadyDone), (again, repeated));
        var after = await storage.Get<SummaryReader>().ReadAsync(CancellationToken.None);
        Assert.Equal((before.Articles, before.Words), (after.Articles, after.Words));
        Assert.Equal(before.TopEntities.Select(e => (e.Key, e.Articles, e.Mentions)), after.TopEntities.Select(e => (e.Key, e.Articles, e.Mentions)));
        var report = await storage.Get<AggregateVerifier>().VerifyAsync(repair: false, CancellationToken.None);
        Assert.True(report.Clean, string.Join("\n", report.Drifts));
    }

    [Fact]
    public async Task Reprocessing_a_quarantined_file_gives_it_fresh_attempts_and_a_restarted_reconciler_picks_it_up()
    {
        await using var storage = await IsolatedStorage.CreateAsync();
        var ingestor = storage.Get<ArticleIngestor>();
        var blob = await storage.UploadTextAsync(Name, Article);
        for (var attempt = 0; attempt < 5; attempt++)
        {
            await ingestor.RecordFailureAsync(blob, new InvalidOperationException("boom"), CancellationToken.None);
        }

        Assert.Equal(IngestOutcome.Quarantined, await ingestor.IngestAsync(blob, CancellationToken.None));

        // The request's own delivery is lost: a reconciler starting afresh still finds it.
        await ingestor.RequestReprocessAsync(Name, CancellationToken.None);
        var pass = await storage.Get<BlobReconciler>().RunOnceAsync(CancellationToken.None);

        Assert.Equal(1, pass.Processed);
        var row = (await storage.Storage.ArticleTable.GetEntityAsync<TableEntity>(TableKey.Encode(Name), ArticleRow.RowKey)).Value;
        Assert.Equal(ArticleStatus.Processed, row.GetString(ArticleRow.Status));
        Assert.Equal(1, row.GetInt32(ArticleRow.Attempts));
        Assert.Equal(1, (await storage.Get<SummaryReader>().ReadAsync(CancellationToken.None)).Articles);
    }

    [Fact]
    public async Task Deleting_a_reprocessed_file_leaves_no_row_behind()
    {
        await using var storage = await IsolatedStorage.CreateAsync();
        var ingestor = storage.Get<ArticleIngestor>();
        var blob = await storage.UploadTextAsync(Name, Article);
        await ingestor.ProcessAsync(blob, CancellationToken.None);
        await ingestor.RequestReprocessAsync(Name, CancellationToken.None);
        await ingestor.RequestReprocessAsync(Name, CancellationToken.None);
        await ingestor.ProcessAsync(blob, CancellationToken.None);

        await blob.DeleteAsync();
        Assert.Equal(IngestOutcome.Removed, await ingestor.ProcessAsync(blob, CancellationToken.None));

        var rows = await storage.Storage.ArticleTable.QueryAsync<TableEntity>(e => e.PartitionKey == TableKey.Encode(Name)).ToListAsync();
        Assert.Empty(rows);
        Assert.Equal(0, (await storage.Get<SummaryReader>().ReadAsync(CancellationToken.None)).Articles);
    }
}
