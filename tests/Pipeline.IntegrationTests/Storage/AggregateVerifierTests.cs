using Azure;
using Azure.Data.Tables;
using Pipeline.IntegrationTests.Infrastructure;
using Pipeline.Storage.Articles;
using Pipeline.Storage.Entities;
using Pipeline.Storage.Keys;
using Pipeline.Storage.Ledger;
using Pipeline.Storage.Summaries;
using Pipeline.Storage.Verification;

namespace Pipeline.IntegrationTests.Storage;

/// <summary>Recounting the aggregates from the files' rows finds drift, and repairing it restores the truth.</summary>
public sealed class AggregateVerifierTests
{
    private const string TrumpKey = "person:donald trump";

    [Fact]
    public async Task Aggregates_built_by_ingestion_have_no_drift()
    {
        await using var storage = await SeededAsync();

        var report = await storage.Get<AggregateVerifier>().VerifyAsync(repair: false, CancellationToken.None);

        Assert.True(report.Clean, string.Join("\n", report.Drifts));
        Assert.Equal(3, report.FilesChecked);
        Assert.True(report.EntitiesChecked > 50);
    }

    [Fact]
    public async Task A_tampered_counter_is_reported_and_repaired()
    {
        await using var storage = await SeededAsync();
        var before = await SummaryAsync(storage);
        var counter = (await storage.Storage.EntityTable.GetEntityAsync<TableEntity>(TableKey.Encode(TrumpKey), ContributionLedger.CounterRowKey)).Value;
        counter[EntityCounter.Mentions] = 1_000L;
        await storage.Storage.EntityTable.UpdateEntityAsync(counter, counter.ETag, TableUpdateMode.Replace);

        var report = await storage.Get<AggregateVerifier>().VerifyAsync(repair: true, CancellationToken.None);

        var drift = Assert.Single(report.Drifts, d => d.Table == "entities");
        Assert.Equal(TrumpKey, drift.Key);
        Assert.Contains("Mentions 1000", drift.Problem, StringComparison.Ordinal);
        Assert.True((await storage.Get<AggregateVerifier>().VerifyAsync(repair: false, CancellationToken.None)).Clean);
        Assert.Equal(before, await SummaryAsync(storage));
    }

    [Fact]
    public async Task A_lost_contribution_and_a_missing_rank_row_are_restored()
    {
        await using var storage = await SeededAsync();
        var before = await SummaryAsync(storage);
        var partition = TableKey.Encode(TrumpKey);
        var article = TableKey.Encode(Seeds.CleanNbc);
        await storage.Storage.EntityTable.DeleteEntityAsync(partition, ContributionLedger.ContributionRowKey(article), ETag.All);
        await foreach (var rank in storage.Storage.LeaderboardTable.QueryAsync<TableEntity>(r => r.PartitionKey == Leaderboard.AllPartition))
        {
            if (rank.GetString(EntityCounter.Key) == TrumpKey)
            {
                await storage.Storage.LeaderboardTable.DeleteEntityAsync(rank.PartitionKey, rank.RowKey, ETag.All);
            }
        }

        var report = await storage.Get<AggregateVerifier>().VerifyAsync(repair: true, CancellationToken.None);

        Assert.Contains(report.Drifts, d => d.Table == "entities" && d.Key == TrumpKey && d.Problem.Contains("holds nothing", StringComparison.Ordinal));
        Assert.Contains(report.Drifts, d => d.Table == "leaderboard" && d.Key == TrumpKey);
        Assert.True(report.Repaired);
        var again = await storage.Get<AggregateVerifier>().VerifyAsync(repair: false, CancellationToken.None);
        Assert.True(again.Clean, string.Join("\n", again.Drifts));
        Assert.Equal(before, await SummaryAsync(storage));
    }

    [Fact]
    public async Task A_tampered_totals_shard_is_repaired()
    {
        await using var storage = await SeededAsync();
        var shard = CorpusTotals.ShardOf(TableKey.Encode(Seeds.PtbCnn));
        var counter = (await storage.Storage.TotalsTable.GetEntityAsync<TableEntity>(shard, ContributionLedger.CounterRowKey)).Value;
        counter[CorpusTotals.Articles] = 7L;
        await storage.Storage.TotalsTable.UpdateEntityAsync(counter, counter.ETag, TableUpdateMode.Replace);
        Assert.NotEqual(3, (await storage.Get<SummaryReader>().ReadAsync(CancellationToken.None)).Articles);

        var report = await storage.Get<AggregateVerifier>().VerifyAsync(repair: true, CancellationToken.None);

        Assert.Contains(report.Drifts, d => d.Table == "totals");
        Assert.Equal(3, (await storage.Get<SummaryReader>().ReadAsync(CancellationToken.None)).Articles);
    }

    private static async Task<IsolatedStorage> SeededAsync()
    {
        var storage = await IsolatedStorage.CreateAsync();
        var ingestor = storage.Get<ArticleIngestor>();
        foreach (var name in Seeds.Names)
        {
            await ingestor.IngestAsync(await Seeds.UploadAsync(storage.Storage.Articles, name), CancellationToken.None);
        }

        return storage;
    }

    private static async Task<string> SummaryAsync(IsolatedStorage storage)
    {
        var summary = await storage.Get<SummaryReader>().ReadAsync(CancellationToken.None);
        return string.Join("\n", summary.TopEntities.Select(e => $"{e.Key} {e.Articles} {e.Mentions}")) + $"\n{summary.Articles} {summary.Words}";
    }
}
