using Azure.Data.Tables;
using Microsoft.Extensions.Logging.Abstractions;
using Pipeline.IntegrationTests.Infrastructure;
using Pipeline.Storage.Ledger;

namespace Pipeline.IntegrationTests.Storage;

/// <summary>The exactly-once counter against a real Azurite: repeats, replacements, removals and races.</summary>
public sealed class ContributionLedgerTests
{
    private const string Partition = "counter-under-test";

    [Fact]
    public async Task Concurrent_contributions_to_one_hot_counter_are_all_counted_once()
    {
        await using var storage = await IsolatedStorage.CreateAsync();
        var ledger = new ContributionLedger(storage.Storage.EntityTable, NullLogger.Instance);
        var articles = Enumerable.Range(0, 24).Select(i => $"article-{i}").ToList();

        // Every article delivered twice, all at once: the second delivery of each must change nothing.
        await Task.WhenAll(articles.Concat(articles).Select(a =>
            ledger.ApplyAsync(Partition, new Contribution(a, "v1", Amounts(articles: 1, mentions: 2)), null, CancellationToken.None)));

        var counter = await ledger.GetCounterAsync(Partition, CancellationToken.None);
        Assert.Equal(24, counter!.GetInt64("Articles"));
        Assert.Equal(48, counter.GetInt64("Mentions"));
    }

    [Fact]
    public async Task A_new_version_replaces_the_old_amounts_and_a_removal_takes_them_back()
    {
        await using var storage = await IsolatedStorage.CreateAsync();
        var ledger = new ContributionLedger(storage.Storage.EntityTable, NullLogger.Instance);
        await ledger.ApplyAsync(Partition, new Contribution("a", "v1", Amounts(1, 5)), null, CancellationToken.None);
        await ledger.ApplyAsync(Partition, new Contribution("b", "v1", Amounts(1, 1)), null, CancellationToken.None);

        await ledger.ApplyAsync(Partition, new Contribution("a", "v2", Amounts(1, 2)), null, CancellationToken.None);
        var afterReplace = await ledger.GetCounterAsync(Partition, CancellationToken.None);
        await ledger.RemoveAsync(Partition, "b", CancellationToken.None);
        await ledger.RemoveAsync(Partition, "b", CancellationToken.None);
        var afterRemove = await ledger.GetCounterAsync(Partition, CancellationToken.None);

        Assert.Equal((2, 3), (afterReplace!.GetInt64("Articles"), afterReplace.GetInt64("Mentions")));
        Assert.Equal((1, 2), (afterRemove!.GetInt64("Articles"), afterRemove.GetInt64("Mentions")));
        var rows = await storage.Storage.EntityTable.QueryAsync<TableEntity>(e => e.PartitionKey == Partition).ToListAsync();
        Assert.Equal([ContributionLedger.ContributionRowKey("a"), ContributionLedger.CounterRowKey], rows.Select(r => r.RowKey).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Days_move_with_their_contributions_and_first_and_last_seen_follow()
    {
        await using var storage = await IsolatedStorage.CreateAsync();
        var ledger = new ContributionLedger(storage.Storage.EntityTable, NullLogger.Instance);
        var march1 = DayCounts.Of(new DateOnly(2026, 3, 1));
        var march9 = DayCounts.Of(new DateOnly(2026, 3, 9));
        await ledger.ApplyAsync(Partition, new Contribution("a", "v1", Amounts(1, 1), march1), null, CancellationToken.None);
        await ledger.ApplyAsync(Partition, new Contribution("b", "v1", Amounts(1, 1), march9), null, CancellationToken.None);
        await ledger.ApplyAsync(Partition, new Contribution("b", "v1", Amounts(1, 1), march9), null, CancellationToken.None);
        var both = await ledger.GetCounterAsync(Partition, CancellationToken.None);

        // A new version of "a" dated later moves first seen forward; removing "b" pulls last seen back.
        await ledger.ApplyAsync(Partition, new Contribution("a", "v2", Amounts(1, 1), DayCounts.Of(new DateOnly(2026, 3, 5))), null, CancellationToken.None);
        await ledger.RemoveAsync(Partition, "b", CancellationToken.None);
        var after = await ledger.GetCounterAsync(Partition, CancellationToken.None);

        Assert.Equal(("20260301,20260309", "2026-03-01", "2026-03-09"), Seen(both!));
        Assert.Equal(("20260305", "2026-03-05", "2026-03-05"), Seen(after!));
    }

    [Fact]
    public async Task The_listing_keeps_one_row_per_contribution_newest_first_and_survives_a_swept_row()
    {
        await using var storage = await IsolatedStorage.CreateAsync();
        var table = storage.Storage.EntityTable;
        var ledger = new ContributionLedger(table, NullLogger.Instance);
        Task Apply(string article, string version, int day) =>
            ledger.ApplyAsync(Partition, new Contribution(article, version, Amounts(1, 1), DayCounts.Of(new DateOnly(2026, 3, day))), null, CancellationToken.None);

        await Apply("a", "v1", 1);
        await Apply("b", "v1", 9);
        var first = await ListingAsync(table);
        await Apply("a", "v2", 12);
        var moved = await ListingAsync(table);

        // A listing row swept away (by a repair, say) does not block the next move.
        await table.DeleteEntityAsync(Partition, ContributionLedger.ListingRowKey("20260312", "a"));
        await Apply("a", "v3", 15);
        await ledger.RemoveAsync(Partition, "b", CancellationToken.None);
        var last = await ListingAsync(table);

        Assert.Equal(["b", "a"], first);
        Assert.Equal(["a", "b"], moved);
        Assert.Equal(["a"], last);
    }

    private static async Task<List<string>> ListingAsync(TableClient table) =>
        await table.QueryAsync<TableEntity>(e => e.PartitionKey == Partition && e.RowKey.CompareTo("t|") >= 0 && e.RowKey.CompareTo("t}") < 0)
            .Select(r => r.GetString(ContributionLedger.ListingArticleKeyProperty) ?? "")
            .ToListAsync();

    private static (string?, string?, string?) Seen(TableEntity counter) => (
        counter.GetString(ContributionLedger.DaysProperty),
        counter.GetString(ContributionLedger.FirstSeenProperty),
        counter.GetString(ContributionLedger.LastSeenProperty));

    private static Dictionary<string, long> Amounts(long articles, long mentions) =>
        new() { ["Articles"] = articles, ["Mentions"] = mentions };
}
