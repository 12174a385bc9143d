namespace Pipeline.Core.Parsing;

/// <summary>The limits a format parser enforces on one decoded file, derived from <see cref="ArticleAnalyzerOptions"/>.</summary>
/// <param name="MaxEntries">Most articles one batch file (JSON array, JSON Lines, feed) may hold.</param>
/// <param name="MaxLineChars">Longest line a line-oriented format (JSON Lines) may have.</param>
/// <param name="MaxDepth">Deepest nesting a JSON or XML document may have.</param>
internal sealed record ParseLimits(int MaxEntries, int MaxLineChars, int MaxDepth)
{
    public static ParseLimits Default { get; } = new(10_000, 1024 * 1024, 64);
}
