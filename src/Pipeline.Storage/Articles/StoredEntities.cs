using System.Text.Json;
using Pipeline.Core.Model;
using Pipeline.Storage.Entities;
using Pipeline.Storage.Ledger;

namespace Pipeline.Storage.Articles;

/// <summary>
/// Chooses the entities a row keeps: the most mentioned first, as many as allowed and as fit in one table property
/// (the file's row must remember what it contributed, to take it back later).
/// </summary>
internal static class StoredEntities
{
    private const int MaxKeyChars = 300;
    private const int MaxNameChars = 200;

    /// <summary>Every entity of one article, as stored (one article each, on its day), before any is linked or dropped.</summary>
    public static List<StoredEntity> Of(IReadOnlyList<ExtractedEntity> entities, DateOnly day)
    {
        var days = DayCounts.KeyOf(day);
        return [.. entities.Select(e => ToStored(e, articles: 1) with { Days = days })];
    }

    /// <summary>
    /// One article's entities with corpus links applied (a bare surname replaced by the full name it links to); an
    /// entity the article names both ways is merged, so the article still counts once.
    /// </summary>
    public static List<StoredEntity> Link(List<StoredEntity> entities, IReadOnlyDictionary<string, StoredEntity> links)
    {
        if (links.Count == 0 || !entities.Exists(e => links.ContainsKey(e.Key)))
        {
            return entities;
        }

        var merged = new Dictionary<string, StoredEntity>(StringComparer.Ordinal);
        foreach (var entity in entities)
        {
            // A linked bare name ("Schmidt") is kept as an alias of the full name it stands for.
            var linked = links.TryGetValue(entity.Key, out var full)
                ? entity with { Key = full.Key, Name = full.Name, Aliases = AliasesOf([entity.Name, .. entity.Aliases ?? []], full.Name, null) }
                : entity;
            merged[linked.Key] = merged.TryGetValue(linked.Key, out var seen)
                ? seen with
                {
                    Mentions = seen.Mentions + linked.Mentions,
                    Name = full is null ? linked.Name : seen.Name,
                    Aliases = AliasesOf([linked.Name, .. linked.Aliases ?? []], full is null ? linked.Name : seen.Name, seen.Aliases),
                }
                : linked;
        }

        return [.. merged.Values];
    }

    /// <summary>The entities one article row keeps.</summary>
    public static List<StoredEntity> Fit(List<StoredEntity> entities, int maxCount, int maxJsonChars) =>
        Fit((IEnumerable<StoredEntity>)entities, maxCount, maxJsonChars);

    /// <summary>A file's entities, summed over its articles: mentions add up, and each article counts once.</summary>
    public static List<StoredEntity> OfFile(IEnumerable<List<StoredEntity>> articles, int maxCount, int maxJsonChars)
    {
        var merged = new Dictionary<string, StoredEntity>(StringComparer.Ordinal);
        foreach (var stored in articles.SelectMany(a => a))
        {
            merged[stored.Key] = merged.TryGetValue(stored.Key, out var seen)
                ? seen with
                {
                    Mentions = seen.Mentions + stored.Mentions,
                    Articles = seen.Articles + 1,
                    Name = stored.Mentions > seen.Mentions ? stored.Name : seen.Name,
                    Days = SumDays(seen.Days, stored.Days),
                    Aliases = AliasesOf(stored.Aliases ?? [], seen.Name, seen.Aliases),
                }
                : stored;
        }

        return Fit(merged.Values, maxCount, maxJsonChars);
    }

    /// <summary>
    /// The file's publishers, counted like entities: one per source, with how many of the file's articles it
    /// published and on which days. Articles without a known source count under none.
    /// </summary>
    public static IEnumerable<StoredEntity> SourcesOf(IEnumerable<LinkedArticle> articles) =>
        articles
            .Where(a => !string.IsNullOrWhiteSpace(a.Article.Document.Source))
            .GroupBy(a => a.Article.Document.Source!.Trim().ToLowerInvariant(), StringComparer.Ordinal)
            .Select(g => new StoredEntity(
                TableText.Clip(EntityTypeNames.Source + ":" + g.Key, MaxKeyChars),
                TableText.Clip(g.First().Article.Document.Source!.Trim(), MaxNameChars),
                EntityTypeNames.Source,
                g.Count(),
                g.Count(),
                DaysOf(g)));

    /// <summary>How many of <paramref name="articles"/> fall on each day.</summary>
    public static string? DaysOf(IEnumerable<LinkedArticle> articles)
    {
        var days = new DayCounts();
        foreach (var article in articles)
        {
            days.Add(DayCounts.KeyOf(article.Day), 1);
        }

        return days.Format();
    }

    private static string? SumDays(string? first, string? second)
    {
        var days = DayCounts.Parse(first);
        days.Add(DayCounts.Parse(second), sign: 1);
        return days.Format();
    }

    public static string ToJson(List<StoredEntity> entities) =>
        JsonSerializer.Serialize(entities, StoredEntityJsonContext.Default.ListStoredEntity);

    public static List<StoredEntity> FromJson(string? json) =>
        string.IsNullOrEmpty(json) ? [] : JsonSerializer.Deserialize(json, StoredEntityJsonContext.Default.ListStoredEntity) ?? [];

    private static StoredEntity ToStored(ExtractedEntity entity, int articles) =>
        new(TableText.Clip(entity.Key, MaxKeyChars), TableText.Clip(entity.Name, MaxNameChars), EntityTypeNames.Of(entity.Type), entity.Mentions, articles)
        {
            Aliases = AliasesOf(entity.Spans.Select(s => s.Text), entity.Name, null),
        };

    /// <summary>Up to <see cref="MaxAliases"/> distinct written forms other than the name itself, or null.</summary>
    private static List<string>? AliasesOf(IEnumerable<string> forms, string name, IEnumerable<string>? known)
    {
        var aliases = (known ?? [])
            .Concat(forms)
            .Select(f => f.Trim())
            .Where(f => f.Length is > 0 and <= 100 && !string.Equals(f, name, StringComparison.OrdinalIgnoreCase))
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .Take(MaxAliases)
            .ToList();
        return aliases.Count == 0 ? null : aliases;
    }

    private const int MaxAliases = 3;

    private static List<StoredEntity> Fit(IEnumerable<StoredEntity> entities, int maxCount, int maxJsonChars)
    {
        var kept = new List<StoredEntity>();
        var budget = maxJsonChars - 2;
        foreach (var entity in entities.OrderByDescending(e => e.Mentions).ThenBy(e => e.Key, StringComparer.Ordinal))
        {
            if (kept.Count == maxCount)
            {
                break;
            }

            budget -= JsonSerializer.Serialize(entity, StoredEntityJsonContext.Default.StoredEntity).Length + 1;
            if (budget < 0)
            {
                break;
            }

            kept.Add(entity);
        }

        return kept;
    }
}
