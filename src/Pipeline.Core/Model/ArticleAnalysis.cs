namespace Pipeline.Core.Model;

/// <summary>Everything the core extracts from one article file.</summary>
public sealed record ArticleAnalysis(ArticleDocument Document, TextFigures Figures, IReadOnlyList<ExtractedEntity> Entities)
{
    /// <summary>The body's numeric facts, in order of appearance.</summary>
    public IReadOnlyList<NumericFact> Statistics { get; init; } = [];

    /// <summary>The body's date and time expressions, in order of appearance.</summary>
    public IReadOnlyList<DateMention> Dates { get; init; } = [];

    /// <summary>The body's quotations with their speakers, in order of appearance.</summary>
    public IReadOnlyList<Quotation> Quotes { get; init; } = [];
}
