using Pipeline.Core.Model;

namespace Pipeline.Core.Statistics;

/// <summary>A figure as the scanner first finds it, before the sentence-level facts (source, time) are added.</summary>
internal sealed class FigureDraft
{
    public NumericKind Kind { get; set; }

    public int FirstToken { get; set; }

    public int LastToken { get; set; }

    public double Value { get; set; }

    public double? UpperValue { get; set; }

    public string? Unit { get; set; }

    public string? Currency { get; set; }

    public string? Qualifier { get; set; }

    public NumericRelation Relation { get; set; }

    public string? Direction { get; set; }

    public double? Per { get; set; }

    public string? Counts { get; set; }
}
