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

    public int Mentions => Spans.Count;

    /// <summary>Where each mention is in the body (end exclusive), in order of appearance.</summary>
    public List<(int Start, int End)> Spans { get; } = new(1);

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

    /// <summary>Counts one mention of <paramref name="surface"/>, found at <paramref name="start"/>..<paramref name="end"/> of the body.</summary>
    public void Add(ReadOnlySpan<char> surface, int start, int end, int tokenCount, bool sentenceInitial, bool titled, bool acronym)
    {
        if (!lookup.TryGetValue(surface, out var stats))
        {
            stats = new SurfaceStats(start, tokenCount);
            lookup[surface] = stats;
        }

        stats.Spans.Add((start, end));
        if (!sentenceInitial)
        {
            stats.MidSentenceMentions++;
        }

        stats.Titled |= titled;
        stats.IsAcronym |= acronym;
    }
}
