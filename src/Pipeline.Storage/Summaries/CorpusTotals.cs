using System.Globalization;
using Pipeline.Storage.Ledger;

namespace Pipeline.Storage.Summaries;

/// <summary>
/// Corpus-wide totals (articles, words, failed files), spread over a few shards so that concurrent ingestions
/// do not all queue behind one counter row. Each article always feeds the same shard.
/// </summary>
public sealed class CorpusTotals
{
    public const string Articles = "Articles";
    public const string Words = "Words";
    public const string Failed = "Failed";
    public const int ShardCount = 8;

    private readonly ContributionLedger _ledger;

    public CorpusTotals(ContributionLedger ledger) => _ledger = ledger;

    public static string ShardOf(string articleKey)
    {
        // FNV-1a: stable across processes and machines, unlike string.GetHashCode.
        var hash = 2166136261u;
        foreach (var c in articleKey)
        {
            hash = (hash ^ c) * 16777619u;
        }

        return ShardPartition((int)(hash % ShardCount));
    }

    public Task ApplyAsync(Contribution contribution, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(contribution);
        return _ledger.ApplyAsync(ShardOf(contribution.ArticleKey), contribution, null, cancellationToken);
    }

    public Task RemoveAsync(string articleKey, CancellationToken cancellationToken) =>
        _ledger.RemoveAsync(ShardOf(articleKey), articleKey, cancellationToken);

    public async Task<TotalsSnapshot> ReadAsync(CancellationToken cancellationToken)
    {
        var shards = await Task.WhenAll(
            Enumerable.Range(0, ShardCount).Select(shard => _ledger.GetCounterAsync(ShardPartition(shard), cancellationToken)));
        long articles = 0, words = 0, failed = 0;
        DateTimeOffset? last = null;
        var days = new DayCounts();
        foreach (var shard in shards)
        {
            if (shard is null)
            {
                continue;
            }

            articles += shard.GetInt64(Articles) ?? 0;
            words += shard.GetInt64(Words) ?? 0;
            failed += shard.GetInt64(Failed) ?? 0;
            days.Add(DayCounts.Parse(shard.GetString(ContributionLedger.DaysProperty)), sign: 1);
            if (shard.Timestamp is { } stamp && (last is null || stamp > last))
            {
                last = stamp;
            }
        }

        return new TotalsSnapshot(articles, words, failed, last, days);
    }

    /// <summary>
    /// A value that changes whenever anything is ingested, changed or removed: every such change moves at least one
    /// shard's counter row, whose ETag then changes. Eight point reads of small rows, far cheaper than a summary.
    /// </summary>
    public async Task<string> ReadStampAsync(CancellationToken cancellationToken)
    {
        var shards = await Task.WhenAll(Shards.Select(shard => _ledger.GetCounterAsync(shard, cancellationToken, [Articles])));
        return string.Join(",", shards.Select(s => s?.ETag.ToString() ?? "-"));
    }

    /// <summary>Every shard's partition: the corpus's newest-first listing is theirs merged.</summary>
    public static IReadOnlyList<string> Shards { get; } = [.. Enumerable.Range(0, ShardCount).Select(ShardPartition)];

    private static string ShardPartition(int shard) => string.Create(CultureInfo.InvariantCulture, $"totals|{shard:D2}");
}
