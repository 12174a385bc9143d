namespace Pipeline.Core.Model;

/// <summary>Per-article text figures.</summary>
public sealed record TextFigures(int Words, int Sentences, int Paragraphs, int Characters)
{
    /// <summary>Minutes an adult reads the body in, at 238 words a minute (Brysbaert 2019's mean for English non-fiction).</summary>
    public double ReadingMinutes { get; init; }

    /// <summary>Words per sentence.</summary>
    public double MeanSentenceLength { get; init; }

    /// <summary>Share (0 to 1) of the body's characters that lie inside quotations.</summary>
    public double QuotedShare { get; init; }

    /// <summary>How many numeric facts (money, percentages, quantities, counts, ordinals) the body holds.</summary>
    public int NumericFacts { get; init; }

    /// <summary>How many date and time expressions the body holds.</summary>
    public int DateMentions { get; init; }

    /// <summary>How many quotations the body holds.</summary>
    public int Quotations { get; init; }

    /// <summary>How many distinct named entities the body mentions.</summary>
    public int DistinctEntities { get; init; }

    /// <summary>
    /// Flesch reading ease (206.835 − 1.015 × words per sentence − 84.6 × syllables per word; higher is easier, 60–70
    /// is plain English). Null unless the body is English, the only language the formula is calibrated for.
    /// </summary>
    public double? ReadingEase { get; init; }
}
