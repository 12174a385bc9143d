namespace Pipeline.Core.Extraction;

/// <summary>What the tokenizer learned about a word.</summary>
[Flags]
internal enum TokenTraits
{
    None = 0,
    Capitalized = 1,
    AllCaps = 2,
    Acronym = 4,
    Connector = 8,

    /// <summary>Punctuation or a separator precedes the word, so no name runs across it.</summary>
    BreakBefore = 16,

    /// <summary>Punctuation or a possessive follows the word, so no name runs across it.</summary>
    BreakAfter = 32,

    /// <summary>The word opens a sentence or a quotation, where capitals say nothing about names.</summary>
    SentenceInitial = 64,

    /// <summary>The acronym is in the embedded alias table (ICE, DHS, U.S.).</summary>
    KnownAcronym = 128,
}

/// <summary>A word of the body: its position (offsets into the body) and traits. Punctuation is already stripped.</summary>
internal record struct Token(int Start, int Length, TokenTraits Traits)
{
    public readonly int End => Start + Length;

    public readonly bool Has(TokenTraits traits) => (Traits & traits) == traits;
}
