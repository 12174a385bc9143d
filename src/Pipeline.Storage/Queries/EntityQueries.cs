using System.Globalization;
using Azure.Data.Tables;
using Pipeline.Storage.Articles;
using Pipeline.Storage.Entities;
using Pipeline.Storage.Hosting;
using Pipeline.Storage.Keys;
using Pipeline.Storage.Ledger;

namespace Pipeline.Storage.Queries;

/// <summary>One entity as <c>GET /api/entities/{type}/{key}</c> shows it.</summary>
/// <param name="Trend">Articles per day over the <see cref="EntityQueries.TrendDays"/> days up to the last it was seen (days without articles left out).</param>
/// <param name="CoOccurring">The entities named most often beside it, among its most recent files.</param>
public sealed record EntityDetail(
    string Key,
    string Name,
    string Type,
    long Articles,
    long Mentions,
    string? FirstSeen,
    string? LastSeen,
    IReadOnlyList<string> Aliases,
    IReadOnlyList<Summaries.DailyCount> Trend,
    IReadOnlyList<CoOccurrence> CoOccurring,
    ListingPage Recent);

/// <summary>An entity named in the same files as another, with in how many of them.</summary>
public sealed record CoOccurrence(string Key, string Name, string Type, int Files);

/// <summary>Ranked entities and single entities, from the leaderboard and the counters: reads bounded whatever the corpus size.</summary>
public sealed class EntityQueries(PipelineStorage storage, Aggregates aggregates)
{
    public const int TrendDays = 90;
    public const int CoOccurringShown = 10;

    /// <summary>How many of an entity's most recent files its co-occurrences and aliases are drawn from.</summary>
    public const int CoOccurrenceFiles = 20;

    /// <summary>The top entities, overall or of a type, whose name contains <paramref name="text"/> and that were seen on or after <paramref name="since"/>.</summary>
    public Task<IReadOnlyList<RankedEntity>> RankedAsync(string? type, string? text, DateOnly? since, int top, CancellationToken cancellationToken)
    {
        Func<string, bool>? byName = string.IsNullOrWhiteSpace(text) ? null : name => name.Contains(text.Trim(), StringComparison.OrdinalIgnoreCase);
        var sinceIso = since?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        // A last seen of a month or a year ("2019-04") compares as the start of it, so it is kept only when that is late enough.
        Func<RankedEntity, bool>? bySince = sinceIso is null ? null : e => e.LastSeen is { } last && string.CompareOrdinal(last.PadRight(10, '9'), sinceIso) >= 0;
        return aggregates.Leaderboard.TopAsync(type, top, byName, bySince, cancellationToken);
    }

    /// <summary>The entity of <paramref name="type"/> called <paramref name="name"/> (its key without the type), or null.</summary>
    public async Task<EntityDetail?> GetAsync(string type, string name, int pageSize, string? next, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(type);
        ArgumentNullException.ThrowIfNull(name);
        var counter = await FindCounterAsync(type, name, cancellationToken);
        if (counter is null || (counter.GetInt64(EntityCounter.Articles) ?? 0) <= 0)
        {
            return null;
        }

        var key = counter.GetString(EntityCounter.Key) ?? TableKey.Decode(counter.PartitionKey);
        var days = DayCounts.Parse(counter.GetString(ContributionLedger.DaysProperty));
        var recent = await Listing.ReadAsync(storage.EntityTable, [counter.PartitionKey], new ListingFilter(), pageSize, next, cancellationToken);
        // Neighbours come from the newest files: the page just read when it is the first and long enough.
        var newest = next is null && (recent.Items.Count >= CoOccurrenceFiles || recent.Next is null)
            ? recent.Items.Take(CoOccurrenceFiles).ToList()
            : (await Listing.ReadAsync(storage.EntityTable, [counter.PartitionKey], new ListingFilter(), CoOccurrenceFiles, null, cancellationToken)).Items;
        var (aliases, coOccurring) = await NeighboursAsync(key, counter.GetString(EntityCounter.Name) ?? "", newest, cancellationToken);
        return new EntityDetail(
            key,
            counter.GetString(EntityCounter.Name) ?? key,
            counter.GetString(EntityCounter.Type) ?? type,
            counter.GetInt64(EntityCounter.Articles) ?? 0,
            counter.GetInt64(EntityCounter.Mentions) ?? 0,
            counter.GetString(ContributionLedger.FirstSeenProperty),
            counter.GetString(ContributionLedger.LastSeenProperty),
            aliases,
            [.. days.Recent(TrendDays).Select(d => new Summaries.DailyCount(d.Day, d.Count))],
            coOccurring,
            recent);
    }

    private async Task<TableEntity?> FindCounterAsync(string type, string name, CancellationToken cancellationToken)
    {
        // Keys are written lower-case by the extractor; a caller may not know that.
        foreach (var candidate in new[] { name, name.ToLowerInvariant() }.Distinct(StringComparer.Ordinal))
        {
            var counter = await aggregates.EntityCounters.GetCounterAsync(TableKey.Encode(type + ":" + candidate), cancellationToken);
            if (counter is not null)
            {
                return counter;
            }
        }

        return null;
    }

    // What the entity's most recent files say beside it: the other names they give it and the entities they name too.
    private async Task<(List<string> Aliases, List<CoOccurrence> CoOccurring)> NeighboursAsync(
        string key, string name, IReadOnlyList<ListedArticle> newest, CancellationToken cancellationToken)
    {
        var rows = await Task.WhenAll(newest.Select(item => storage.ArticleTable.GetEntityIfExistsAsync<TableEntity>(
            TableKey.Encode(item.Id), ArticleRow.RowKey, [ArticleRow.EntitiesJson], cancellationToken)));
        var aliases = new List<string>();
        var together = new Dictionary<string, (StoredEntity Entity, int Files)>(StringComparer.Ordinal);
        foreach (var row in rows.Where(r => r.HasValue && r.Value is not null).Select(r => r.Value!))
        {
            foreach (var entity in StoredEntities.FromJson(row.GetString(ArticleRow.EntitiesJson)))
            {
                if (entity.Key == key)
                {
                    aliases.AddRange(entity.Aliases ?? []);
                }
                else if (entity.Type != EntityTypeNames.Source)
                {
                    together[entity.Key] = together.TryGetValue(entity.Key, out var seen) ? (seen.Entity, seen.Files + 1) : (entity, 1);
                }
            }
        }

        return (
            [.. aliases.Where(a => !string.Equals(a, name, StringComparison.OrdinalIgnoreCase)).Distinct(StringComparer.OrdinalIgnoreCase).Take(10)],
            [.. together.Values
                .OrderByDescending(t => t.Files).ThenBy(t => t.Entity.Key, StringComparer.Ordinal)
                .Take(CoOccurringShown)
                .Select(t => new CoOccurrence(t.Entity.Key, t.Entity.Name, t.Entity.Type, t.Files))]);
    }
}
