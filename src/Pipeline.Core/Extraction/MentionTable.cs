namespace Pipeline.Core.Extraction;

/// <summary>Everything seen about one surface form ("Trump", "Donald Trump", "ICE") in one article.</summary>
internal sealed class SurfaceStats
{
    public SurfaceStats(int firstOffset, int tokenCount)
    {
        FirstOffset = firstOffset;
        TokenCount = tokenCount;
    }

    public int FirstOffset { get; }

    public int TokenCount { get; }

    public int Mentions { get; set; }

    /// <summary>Mentions that do not open a sentence, where a capital letter does mean a name.</summary>
    public int MidSentenceMentions { get; set; }

    /// <summary>Seen after a personal title ("President Trump", "Rep. Waters").</summary>
    public bool Titled { get; set; }

    public bool IsAcronym { get; set; }
}

/// <summary>
/// Counts mentions per surface form. Lookups go by span, so a string is allocated only the first time a surface
/// form is seen, not per mention.
/// </summary>
internal sealed class MentionTable
{
    private readonly Dictionary<string, SurfaceStats> entries = new(StringComparer.Ordinal);
    private readonly Dictionary<string, SurfaceStats>.AlternateLookup<ReadOnlySpan<char>> lookup;

    public MentionTable()
    {
        lookup = entries.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public int Count => entries.Count;

    public IReadOnlyDictionary<string, SurfaceStats> Entries => entries;

    public void Add(ReadOnlySpan<char> surface, int offset, int tokenCount, bool sentenceInitial, bool titled, bool acronym)
    {
        if (!lookup.TryGetValue(surface, out var stats))
        {
            stats = new SurfaceStats(offset, tokenCount);
            lookup[surface] = stats;
        }

        stats.Mentions++;
        if (!sentenceInitial)
        {
            stats.MidSentenceMentions++;
        }

        stats.Titled |= titled;
        stats.IsAcronym |= acronym;
    }
}
