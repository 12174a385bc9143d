namespace Pipeline.Core.Extraction.Tagging;

/// <summary>What a gazetteer knows about a word; a word can be several (Georgia is a given name and a country).</summary>
[Flags]
internal enum GazetteerClasses : byte
{
    None = 0,

    /// <summary>A common English given name (Aaron, Merrick).</summary>
    GivenName = 1,

    /// <summary>A one-word country name (France), or the last word of a longer one (the Korea of South Korea).</summary>
    Country = 2,

    /// <summary>A one-word capital city (Kabul), or the last word of a longer one.</summary>
    Capital = 4,

    /// <summary>An earlier word of a longer country or capital name (the South of South Korea).</summary>
    PlaceWord = 8,
}

/// <summary>
/// Word lists the tagger's features consult, keyed by the hash of the exact (cased, folded) word so a lookup costs one
/// probe of an open-addressed table. They are stored in the model file, since the weights were learned with them.
/// </summary>
internal sealed class Gazetteer
{
    private readonly ulong[] keys;
    private readonly GazetteerClasses[] values;
    private readonly int mask;

    public Gazetteer(IEnumerable<KeyValuePair<ulong, GazetteerClasses>> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var merged = new SortedDictionary<ulong, GazetteerClasses>();
        foreach (var (hash, classes) in entries)
        {
            if (hash != 0 && classes != GazetteerClasses.None)
            {
                merged[hash] = merged.GetValueOrDefault(hash) | classes;
            }
        }

        Entries = [.. merged];
        var size = 16;
        while (size < merged.Count * 2)
        {
            size *= 2;
        }

        keys = new ulong[size];
        values = new GazetteerClasses[size];
        mask = size - 1;
        foreach (var (hash, classes) in merged)
        {
            var slot = Slot(hash);
            while (keys[slot] != 0)
            {
                slot = (slot + 1) & mask;
            }

            keys[slot] = hash;
            values[slot] = classes;
        }
    }

    public static Gazetteer Empty { get; } = new([]);

    /// <summary>The entries in ascending hash order (for the model writer).</summary>
    public IReadOnlyList<KeyValuePair<ulong, GazetteerClasses>> Entries { get; }

    /// <summary>Builds the table from phrases: each word of a multi-word place is hashed as the tagger hashes tokens.</summary>
    public static Gazetteer FromPhrases(IEnumerable<(string Phrase, GazetteerClasses Classes)> phrases)
    {
        ArgumentNullException.ThrowIfNull(phrases);
        var entries = new List<KeyValuePair<ulong, GazetteerClasses>>();
        foreach (var (phrase, classes) in phrases)
        {
            // Only the capitalized words of a name count: "and" in "Antigua and Barbuda" says nothing about places.
            var words = phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            for (var i = 0; i < words.Length; i++)
            {
                if (char.IsUpper(words[i][0]))
                {
                    var wordClasses = i == words.Length - 1 ? classes : GazetteerClasses.PlaceWord;
                    entries.Add(new(WordHashes.Of(words[i]).Word, wordClasses));
                }
            }
        }

        return new Gazetteer(entries);
    }

    public GazetteerClasses Classify(ulong wordHash)
    {
        var slot = Slot(wordHash);
        while (true)
        {
            var key = keys[slot];
            if (key == wordHash)
            {
                return values[slot];
            }

            if (key == 0)
            {
                return GazetteerClasses.None;
            }

            slot = (slot + 1) & mask;
        }
    }

    private int Slot(ulong hash) => (int)(hash * 0x9E3779B97F4A7C15UL >> 40) & mask;
}
