using System.Globalization;
using Azure;
using Azure.Data.Tables;
using Pipeline.Storage.Keys;
using Pipeline.Storage.Ledger;

namespace Pipeline.Storage.Entities;

/// <summary>
/// Entities ranked by how many articles mention them, so a top-N read is one short range query whatever the
/// size of the corpus.
/// </summary>
/// <remarks>
/// A rank row's RowKey sorts by descending article count, then mentions, then key. The counter rows stay the
/// truth: when two writers race, a rank row may be left behind for a count that no longer holds, so readers
/// check each candidate against its counter and sweep away rows that disagree.
/// </remarks>
public sealed class Leaderboard
{
    public const string AllPartition = "all";
    private const long Ceiling = 9_999_999_999;

    private readonly TableClient _table;
    private readonly ContributionLedger _counters;

    public Leaderboard(TableClient table, ContributionLedger counters)
    {
        _table = table;
        _counters = counters;
    }

    public static string RankKey(long articles, long mentions, string entityPartitionKey) =>
        string.Create(CultureInfo.InvariantCulture, $"{Ceiling - articles:D10}|{Ceiling - mentions:D10}|{entityPartitionKey}");

    /// <summary>Moves the entity's rank rows to match its counter after a change.</summary>
    public async Task UpdateAsync(CounterState state, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(state);
        var entityPartition = state.After.PartitionKey;
        var type = state.After.GetString(EntityCounter.Type) ?? "misc";
        var newRank = state.Get(EntityCounter.Articles) > 0
            ? RankKey(state.Get(EntityCounter.Articles), state.Get(EntityCounter.Mentions), entityPartition)
            : null;
        var oldRank = state.Before is { } before && (before.GetInt64(EntityCounter.Articles) ?? 0) > 0
            ? RankKey(before.GetInt64(EntityCounter.Articles) ?? 0, before.GetInt64(EntityCounter.Mentions) ?? 0, entityPartition)
            : null;

        foreach (var partition in PartitionsFor(type))
        {
            if (newRank is not null)
            {
                await WriteRankAsync(partition, newRank, state.After, type, cancellationToken);
            }

            if (oldRank is not null && oldRank != newRank)
            {
                await DeleteIfExistsAsync(partition, oldRank, cancellationToken);
            }
        }

        if (!state.Changed)
        {
            return;
        }

        // Moves of concurrent changes to the same entity interleave: a change that went c1 → c2 may delete c1's row
        // after a later change brought the counter back to c1. So every mover ends by reading the counter and, if it
        // moved on from what this change left, writing the row of where it is now. Whoever deletes a row runs this
        // step after the delete, so the last mover leaves the current state ranked (stale rows are dropped on read).
        var current = await _counters.GetCounterAsync(entityPartition, cancellationToken);
        var articles = current?.GetInt64(EntityCounter.Articles) ?? 0;
        if (current is not null && articles > 0)
        {
            var currentRank = RankKey(articles, current.GetInt64(EntityCounter.Mentions) ?? 0, entityPartition);
            if (currentRank != newRank)
            {
                foreach (var partition in PartitionsFor(type))
                {
                    await WriteRankAsync(partition, currentRank, current, type, cancellationToken);
                }
            }
        }
    }

    private async Task WriteRankAsync(string partition, string rank, TableEntity counter, string type, CancellationToken cancellationToken)
    {
        var row = new TableEntity(partition, rank)
        {
            [EntityCounter.Key] = counter.GetString(EntityCounter.Key),
            [EntityCounter.Name] = counter.GetString(EntityCounter.Name),
            [EntityCounter.Type] = type,
            [EntityCounter.Articles] = counter.GetInt64(EntityCounter.Articles) ?? 0,
            [EntityCounter.Mentions] = counter.GetInt64(EntityCounter.Mentions) ?? 0,
            ["EntityPartition"] = counter.PartitionKey,
        };
        await _table.UpsertEntityAsync(row, TableUpdateMode.Replace, cancellationToken);
    }

    /// <summary>How many rank rows one filtered read may go through, whatever it finds: a filter never costs a scan of the corpus.</summary>
    public const int MaxRowsScanned = 5000;

    /// <summary>The top <paramref name="count"/> entities, overall or of one type, checked against their counters.</summary>
    public Task<IReadOnlyList<RankedEntity>> TopAsync(string? type, int count, CancellationToken cancellationToken) =>
        TopAsync(type, count, null, null, cancellationToken);

    /// <summary>
    /// The top <paramref name="count"/> entities that pass <paramref name="nameFilter"/> (on the display name, before any
    /// counter is read) and <paramref name="filter"/> (on the verified entity), among the first <see cref="MaxRowsScanned"/>
    /// rank rows.
    /// </summary>
    public async Task<IReadOnlyList<RankedEntity>> TopAsync(
        string? type, int count, Func<string, bool>? nameFilter, Func<RankedEntity, bool>? filter, CancellationToken cancellationToken)
    {
        var scanned = 0;
        var partition = type is null ? AllPartition : TypePartition(type);
        var ranked = new List<RankedEntity>(count);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        string? continuation = null;
        // Read a little more than asked for, since stale rows are skipped.
        var pageSize = Math.Min(1000, (count * 2) + 10);
        do
        {
            var page = await _table
                .QueryAsync<TableEntity>(e => e.PartitionKey == partition, maxPerPage: pageSize, cancellationToken: cancellationToken)
                .AsPages(continuation, pageSize)
                .FirstAsync(cancellationToken);
            continuation = page.ContinuationToken;
            scanned += page.Values.Count;

            // Verify only as many candidates at a time as are still needed: a summary then costs about one
            // point read per entity shown, not one per row read.
            var rows = nameFilter is null ? page.Values : [.. page.Values.Where(r => nameFilter(r.GetString(EntityCounter.Name) ?? ""))];
            for (var next = 0; next < rows.Count && ranked.Count < count;)
            {
                var batch = rows.Skip(next).Take(count - ranked.Count).ToList();
                next += batch.Count;
                foreach (var verified in await Task.WhenAll(batch.Select(row => VerifyAsync(row, cancellationToken))))
                {
                    if (verified is not null && ranked.Count < count && (filter is null || filter(verified)) && seen.Add(verified.EntityPartition))
                    {
                        ranked.Add(verified);
                    }
                }
            }

            if (ranked.Count == count)
            {
                return ranked;
            }
        }
        while (continuation is not null && scanned < MaxRowsScanned);

        return ranked;
    }

    private async Task<RankedEntity?> VerifyAsync(TableEntity row, CancellationToken cancellationToken)
    {
        var entityPartition = row.GetString("EntityPartition") ?? "";
        var counter = await _counters.GetCounterAsync(entityPartition, cancellationToken, SummaryColumns);
        var articles = counter?.GetInt64(EntityCounter.Articles) ?? 0;
        var mentions = counter?.GetInt64(EntityCounter.Mentions) ?? 0;
        if (counter is null || articles <= 0 || RankKey(articles, mentions, entityPartition) != row.RowKey)
        {
            await DeleteIfExistsAsync(row.PartitionKey, row.RowKey, cancellationToken);
            return null;
        }

        return new RankedEntity(
            counter.GetString(EntityCounter.Key) ?? TableKey.Decode(entityPartition),
            counter.GetString(EntityCounter.Name) ?? "",
            counter.GetString(EntityCounter.Type) ?? "misc",
            articles,
            mentions,
            entityPartition,
            counter.GetString(ContributionLedger.FirstSeenProperty),
            counter.GetString(ContributionLedger.LastSeenProperty));
    }

    // Everything a ranked entity shows, without the day counts.
    private static readonly string[] SummaryColumns =
    [
        EntityCounter.Key, EntityCounter.Name, EntityCounter.Type, EntityCounter.Articles, EntityCounter.Mentions,
        ContributionLedger.FirstSeenProperty, ContributionLedger.LastSeenProperty,
    ];

    private async Task DeleteIfExistsAsync(string partition, string rowKey, CancellationToken cancellationToken)
    {
        try
        {
            await _table.DeleteEntityAsync(partition, rowKey, ETag.All, cancellationToken);
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            // Another writer or reader swept it first.
        }
    }

    public static string TypePartition(string type) => "type|" + type;

    /// <summary>Where an entity of <paramref name="type"/> is ranked: overall and among its type, or only among its type for sources.</summary>
    public static IReadOnlyList<string> PartitionsFor(string type) =>
        type == EntityTypeNames.Source ? [TypePartition(type)] : [AllPartition, TypePartition(type)];
}
