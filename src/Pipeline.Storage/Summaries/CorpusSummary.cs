using Pipeline.Storage.Entities;
using Pipeline.Storage.Figures;

namespace Pipeline.Storage.Summaries;

/// <summary>What <c>GET /api/summary</c> returns.</summary>
public sealed record CorpusSummary(
    long Articles,
    long Words,
    long FailedFiles,
    DateTimeOffset? LastIngestedAt,
    IReadOnlyList<SummaryEntity> TopEntities,
    IReadOnlyDictionary<string, IReadOnlyList<SummaryEntity>> TopEntitiesByType,
    IReadOnlyList<SummaryEntity> TopSources,
    IReadOnlyList<DailyCount> ArticlesPerDay,
    IReadOnlyDictionary<string, IReadOnlyList<RankedAmount>> LargestAmounts);

/// <summary>How many articles fall on one day (their publication date, or the day their file was written).</summary>
public sealed record DailyCount(DateOnly Date, long Articles);

/// <summary>An entity in a summary.</summary>
/// <param name="FirstSeen">ISO 8601 date of the first article naming it (a month or a year for a long history).</param>
public sealed record SummaryEntity(string Key, string Name, string Type, long Articles, long Mentions, string? FirstSeen, string? LastSeen)
{
    public static SummaryEntity From(RankedEntity ranked)
    {
        ArgumentNullException.ThrowIfNull(ranked);
        return new(ranked.Key, ranked.Name, ranked.Type, ranked.Articles, ranked.Mentions, ranked.FirstSeen, ranked.LastSeen);
    }
}
