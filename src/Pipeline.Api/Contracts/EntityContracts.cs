using Pipeline.Storage.Entities;
using Pipeline.Storage.Queries;
using Pipeline.Storage.Summaries;

namespace Pipeline.Api.Contracts;

/// <summary><c>GET /api/entities</c>.</summary>
public sealed record EntityList(IReadOnlyList<EntityItem> Items);

/// <summary>An entity in a ranking, with the link to its detail.</summary>
public sealed record EntityItem(string Key, string Name, string Type, long Articles, long Mentions, string? FirstSeen, string? LastSeen, string Href)
{
    public static EntityItem From(RankedEntity entity)
    {
        ArgumentNullException.ThrowIfNull(entity);
        return new(entity.Key, entity.Name, entity.Type, entity.Articles, entity.Mentions, entity.FirstSeen, entity.LastSeen, ApiLinks.Entity(entity.Key, entity.Type));
    }
}

/// <summary><c>GET /api/entities/{type}/{key}</c>.</summary>
public sealed record EntityResponse(
    string Key,
    string Name,
    string Type,
    long Articles,
    long Mentions,
    string? FirstSeen,
    string? LastSeen,
    IReadOnlyList<string> Aliases,
    IReadOnlyList<DailyCount> Trend,
    IReadOnlyList<CoOccurringEntity> CoOccurring,
    ArticleList Recent)
{
    public static EntityResponse From(EntityDetail detail, Func<string?, string?> nextLink)
    {
        ArgumentNullException.ThrowIfNull(detail);
        ArgumentNullException.ThrowIfNull(nextLink);
        return new(
            detail.Key,
            detail.Name,
            detail.Type,
            detail.Articles,
            detail.Mentions,
            detail.FirstSeen,
            detail.LastSeen,
            detail.Aliases,
            detail.Trend,
            [.. detail.CoOccurring.Select(c => new CoOccurringEntity(c.Key, c.Name, c.Type, c.Files, ApiLinks.Entity(c.Key, c.Type)))],
            ArticleList.From(detail.Recent, nextLink));
    }
}

/// <summary>An entity named in the same files, with in how many of the entity's recent files.</summary>
public sealed record CoOccurringEntity(string Key, string Name, string Type, int Files, string Href);
