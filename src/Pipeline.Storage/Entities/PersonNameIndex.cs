using Azure.Data.Tables;
using Pipeline.Storage.Articles;
using Pipeline.Storage.Hosting;
using Pipeline.Storage.Keys;

namespace Pipeline.Storage.Entities;

/// <summary>
/// Links a bare surname ("Trump", when an article never names him in full) to the one full name the corpus knows
/// by that surname ("Donald Trump"), so both count as one person. Every full person name is recorded under its
/// surname (PartitionKey <c>s|{surname}</c>, RowKey the full name's key); a surname under which two different
/// people are recorded is ambiguous and stays as it is.
/// </summary>
/// <remarks>
/// Linking happens when an article is ingested: a bare surname ingested before any article names the person in
/// full stays on its own until its file is processed again. Recording is an idempotent upsert, so repeated
/// triggers add nothing; names are not removed with their articles, since a stale name can only make a surname
/// ambiguous, never link it wrongly.
/// </remarks>
public sealed class PersonNameIndex(PipelineStorage storage)
{
    private const string SurnamePrefix = "s|";

    // Generational suffixes are not surnames: "Martin Luther King Jr." is a King.
    private static readonly HashSet<string> Suffixes = new(StringComparer.OrdinalIgnoreCase) { "jr", "jr.", "sr", "sr.", "ii", "iii", "iv" };

    /// <summary>Records every full person name among <paramref name="entities"/> and returns the links for the bare surnames among them.</summary>
    public async Task<IReadOnlyDictionary<string, StoredEntity>> LinkAsync(IEnumerable<StoredEntity> entities, CancellationToken cancellationToken)
    {
        var persons = entities.Where(e => e.Type == EntityTypeNames.Person).DistinctBy(e => e.Key).ToList();
        foreach (var person in persons)
        {
            if (Surname(person.Name) is { } surname)
            {
                var row = new TableEntity(TableKey.Encode(SurnamePrefix + surname), TableKey.Encode(person.Key))
                {
                    [EntityCounter.Key] = person.Key,
                    [EntityCounter.Name] = person.Name,
                };
                await storage.PersonNameTable.UpsertEntityAsync(row, TableUpdateMode.Replace, cancellationToken);
            }
        }

        var links = new Dictionary<string, StoredEntity>(StringComparer.Ordinal);
        foreach (var bare in persons.Where(p => IsBare(p.Name)))
        {
            if (await FindOnlyAsync(bare.Name.ToLowerInvariant(), cancellationToken) is { } full)
            {
                links[bare.Key] = bare with { Key = full.Key, Name = full.Name };
            }
        }

        return links;
    }

    /// <summary>The surname of a full name (two words or more), lower-case; null for a single word.</summary>
    internal static string? Surname(string name)
    {
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var last = words.Length;
        while (last > 0 && Suffixes.Contains(words[last - 1]))
        {
            last--;
        }

        return last >= 2 ? words[last - 1].ToLowerInvariant() : null;
    }

    private static bool IsBare(string name) => name.Length > 1 && !name.Contains(' ', StringComparison.Ordinal);

    private async Task<StoredEntity?> FindOnlyAsync(string surname, CancellationToken cancellationToken)
    {
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {TableKey.Encode(SurnamePrefix + surname)}");
        var found = new List<TableEntity>(2);
        await foreach (var row in storage.PersonNameTable.QueryAsync<TableEntity>(filter, maxPerPage: 2, select: [EntityCounter.Key, EntityCounter.Name], cancellationToken: cancellationToken))
        {
            found.Add(row);
            if (found.Count == 2)
            {
                return null;
            }
        }

        return found is [var only] && only.GetString(EntityCounter.Key) is { } key && only.GetString(EntityCounter.Name) is { } name
            ? new StoredEntity(key, name, EntityTypeNames.Person, 0)
            : null;
    }
}
