namespace Pipeline.Core.Model;

/// <summary>Everything the core extracts from one article file.</summary>
public sealed record ArticleAnalysis(ArticleDocument Document, TextFigures Figures, IReadOnlyList<ExtractedEntity> Entities);
