namespace Pipeline.Core;

/// <summary>Limits that protect the analyzer from hostile or accidental inputs.</summary>
/// <param name="MaxInputBytes">Largest input accepted by <see cref="ArticleAnalyzer.AnalyzeAsync"/>; larger files are rejected before they are decoded.</param>
public sealed record ArticleAnalyzerOptions(long MaxInputBytes)
{
    /// <summary>16 MiB: far above any real article, small enough that a stray video or archive cannot exhaust memory.</summary>
    public static ArticleAnalyzerOptions Default { get; } = new(16 * 1024 * 1024);
}
