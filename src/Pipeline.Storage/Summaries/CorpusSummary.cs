using Pipeline.Storage.Entities;

namespace Pipeline.Storage.Summaries;

/// <summary>What <c>GET /api/summary</c> returns.</summary>
public sealed record CorpusSummary(
    long Articles,
    long Words,
    long FailedFiles,
    DateTimeOffset? LastIngestedAt,
    IReadOnlyList<SummaryEntity> TopEntities,
    IReadOnlyDictionary<string, IReadOnlyList<SummaryEntity>> TopEntitiesByType,
    IReadOnlyList<SummaryEntity> TopSources);

/// <summary>An entity in a summary.</summary>
public sealed record SummaryEntity(string Key, string Name, string Type, long Articles, long Mentions)
{
    public static SummaryEntity From(RankedEntity ranked)
    {
        ArgumentNullException.ThrowIfNull(ranked);
        return new(ranked.Key, ranked.Name, ranked.Type, ranked.Articles, ranked.Mentions);
    }
}
