using Pipeline.Core.Model;

namespace Pipeline.Core.Extraction.Recognition;

/// <summary>What is known about a mention beyond its type, as weight for the document's vote on types.</summary>
[Flags]
internal enum MentionEvidence : byte
{
    None = 0,

    /// <summary>It opens its sentence, where a capital letter says little.</summary>
    SentenceInitial = 1,

    /// <summary>A personal title precedes it ("Sen.", "President").</summary>
    Titled = 2,

    /// <summary>Its context names a person: "the Biden administration", "Obama-era", a party tag after it.</summary>
    PersonContext = 4,

    /// <summary>Its type and name come from the embedded lists (ICE, U.S., Capitol Hill).</summary>
    Curated = 8,

    /// <summary>A place of a caption dateline.</summary>
    Dateline = 16,

    /// <summary>Not tagged in place, but the same name is an entity elsewhere in the article.</summary>
    Propagated = 32,
}

/// <summary>
/// One candidate mention: its text range in the body, the tokens it covers (<see cref="FirstToken"/> ..
/// <see cref="EndToken"/>, exclusive; -1 for a dateline place), its type and evidence, the canonical name when a
/// rule knows it, and the range of a title written before it.
/// </summary>
internal readonly record struct Mention(int Start, int End, int FirstToken, int EndToken, EntityType Type)
{
    public MentionEvidence Evidence { get; init; }

    /// <summary>The curated name it stands for (<c>United States</c> for <c>U.S.</c>), or null to derive one from the text.</summary>
    public string? Canonical { get; init; }

    public int TitleStart { get; init; }

    public int TitleEnd { get; init; }

    public bool HasTitle => TitleEnd > TitleStart;

    public bool Has(MentionEvidence evidence) => (Evidence & evidence) == evidence;
}
