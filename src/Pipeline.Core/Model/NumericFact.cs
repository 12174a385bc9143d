namespace Pipeline.Core.Model;

/// <summary>What kind of figure a number in the text is.</summary>
public enum NumericKind
{
    /// <summary>An amount of money (<c>$4.5 billion</c>, <c>€300</c>, <c>20 pounds</c>).</summary>
    Money,

    /// <summary>A percentage or percentage points (<c>13%</c>, <c>70 to 75 percent</c>).</summary>
    Percent,

    /// <summary>A measured amount with a unit (<c>100 miles</c>, <c>5 tons</c>).</summary>
    Quantity,

    /// <summary>A count (<c>256,085 people</c>, <c>two sources</c>).</summary>
    Cardinal,

    /// <summary>A rank (<c>first</c>, <c>21st</c>).</summary>
    Ordinal,
}

/// <summary>How a figure relates to others in its sentence.</summary>
public enum NumericRelation
{
    /// <summary>A plain value.</summary>
    None,

    /// <summary>A range: <see cref="NumericFact.Value"/> to <see cref="NumericFact.UpperValue"/> (<c>70 to 75 percent</c>).</summary>
    Range,

    /// <summary>One side of a ratio (<c>one officer for every 7,000 cases</c>).</summary>
    Ratio,

    /// <summary>A change, with <see cref="NumericFact.Direction"/> (<c>increased about 13%</c>).</summary>
    Change,
}

/// <summary>One figure in an article body, with what the sentence says about it.</summary>
/// <param name="Kind">What kind of figure it is.</param>
/// <param name="Start">UTF-16 offset of the figure's first character in the body (qualifiers such as "about" excluded).</param>
/// <param name="End">UTF-16 offset just past the figure (exclusive), including its scale word, unit or currency word.</param>
/// <param name="Text">The figure as written.</param>
/// <param name="Value">The normalized value: <c>$4.5 billion</c> is 4.5e9, <c>13%</c> is 13, <c>21st</c> is 21; the lower end of a range.</param>
public sealed record NumericFact(NumericKind Kind, int Start, int End, string Text, double Value)
{
    /// <summary>The upper end of a range, else null.</summary>
    public double? UpperValue { get; init; }

    /// <summary>Unit of measure for quantities (<c>mile</c>, <c>ton</c>) and <c>percentage point</c> for percentages of that kind.</summary>
    public string? Unit { get; init; }

    /// <summary>ISO 4217 code of a money amount (<c>USD</c>, <c>EUR</c>).</summary>
    public string? Currency { get; init; }

    /// <summary>An approximation or bound the text puts on the value, lower-case (<c>nearly</c>, <c>more than</c>).</summary>
    public string? Qualifier { get; init; }

    /// <summary>Whether the figure is part of a range, ratio or change.</summary>
    public NumericRelation Relation { get; init; }

    /// <summary>For a change, <c>increase</c> or <c>decrease</c>.</summary>
    public string? Direction { get; init; }

    /// <summary>For the first side of a ratio, the value of the other side (<c>7000</c> in "one officer for every 7,000 cases").</summary>
    public double? Per { get; init; }

    /// <summary>What a count counts, as the sentence says it (<c>people</c>, <c>detention beds</c>).</summary>
    public string? Counts { get; init; }

    /// <summary>UTF-16 offset of the sentence the figure comes from.</summary>
    public int SentenceStart { get; init; }

    /// <summary>UTF-16 offset just past that sentence.</summary>
    public int SentenceEnd { get; init; }

    /// <summary>Who the sentence attributes the figure to (<c>ICE</c> for "according to ICE data").</summary>
    public string? Source { get; init; }

    /// <summary>The entity key of <see cref="Source"/> when it names an entity of the article.</summary>
    public string? SourceKey { get; init; }

    /// <summary>The date expression of the sentence the figure refers to (<c>fiscal year 2018</c>).</summary>
    public string? Time { get; init; }

    /// <summary>The normalized value of <see cref="Time"/> (<c>FY2018</c>), when it has one.</summary>
    public string? TimeValue { get; init; }
}
