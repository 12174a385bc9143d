using Pipeline.Storage.Entities;
using Pipeline.Storage.Figures;
using Pipeline.Storage.Hosting;
using Pipeline.Storage.Ledger;

namespace Pipeline.Storage.Summaries;

/// <summary>
/// Reads the corpus summary from pre-aggregated rows only: a fixed number of point reads and short range
/// queries, so its cost does not grow with the number of articles.
/// </summary>
public sealed class SummaryReader
{
    public const int TopOverall = 10;
    public const int TopPerType = 5;
    public const int TopSources = 5;

    public const int TopAmounts = 5;

    /// <summary>The currencies whose largest amounts a summary shows; amounts of different currencies are never ranked together.</summary>
    public static readonly IReadOnlyList<string> HeadlineCurrencies = ["USD", "EUR", "GBP"];

    /// <summary>How many days the articles-per-day series covers, ending on the last day with articles.</summary>
    public const int RecentDays = 30;

    private readonly CorpusTotals _totals;
    private readonly Leaderboard _leaderboard;
    private readonly LargestAmounts _amounts;

    public SummaryReader(Aggregates aggregates, LargestAmounts amounts)
    {
        ArgumentNullException.ThrowIfNull(aggregates);
        _amounts = amounts;
        _leaderboard = aggregates.Leaderboard;
        _totals = aggregates.Totals;
    }

    public async Task<CorpusSummary> ReadAsync(CancellationToken cancellationToken)
    {
        var totalsTask = _totals.ReadAsync(cancellationToken);
        var topTask = _leaderboard.TopAsync(null, TopOverall, cancellationToken);
        var sourcesTask = _leaderboard.TopAsync(EntityTypeNames.Source, TopSources, cancellationToken);
        var byTypeTasks = EntityTypeNames.All.ToDictionary(
            type => type,
            type => _leaderboard.TopAsync(type, TopPerType, cancellationToken),
            StringComparer.Ordinal);
        var amountTasks = HeadlineCurrencies.ToDictionary(c => c, c => _amounts.TopAsync(c, TopAmounts, cancellationToken), StringComparer.Ordinal);
        await Task.WhenAll([totalsTask, topTask, sourcesTask, .. byTypeTasks.Values, .. amountTasks.Values]);

        var totals = await totalsTask;
        var byType = new Dictionary<string, IReadOnlyList<SummaryEntity>>(StringComparer.Ordinal);
        foreach (var (type, task) in byTypeTasks)
        {
            byType[type] = (await task).Select(SummaryEntity.From).ToList();
        }

        return new CorpusSummary(
            totals.Articles,
            totals.Words,
            totals.FailedFiles,
            totals.LastIngestedAt,
            (await topTask).Select(SummaryEntity.From).ToList(),
            byType,
            (await sourcesTask).Select(SummaryEntity.From).ToList(),
            [.. totals.Days.Recent(RecentDays).Select(d => new DailyCount(d.Day, d.Count))],
            amountTasks.Where(t => t.Value.Result.Count > 0).ToDictionary(t => t.Key, t => t.Value.Result, StringComparer.Ordinal));
    }
}
