namespace Pipeline.Core;

/// <summary>
/// Analyzing a file took longer than <see cref="ArticleAnalyzerOptions.MaxAnalysisTime"/> and was abandoned. Not an
/// <see cref="ArticleFormatException"/>: nothing says the file is unreadable (the machine may have been busy), so
/// ingestion records it as a failed attempt, tries again, and quarantines the file when it keeps happening.
/// </summary>
public sealed class ArticleAnalysisTimeoutException : TimeoutException
{
    public ArticleAnalysisTimeoutException()
    {
    }

    public ArticleAnalysisTimeoutException(string message)
        : base(message)
    {
    }

    public ArticleAnalysisTimeoutException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public ArticleAnalysisTimeoutException(TimeSpan limit)
        : base(string.Create(
            System.Globalization.CultureInfo.InvariantCulture,
            $"analysis did not finish within the limit of {limit.TotalSeconds:0.###} s (MaxProcessingSeconds) and was stopped"))
    {
        Limit = limit;
    }

    /// <summary>The limit that was exceeded.</summary>
    public TimeSpan Limit { get; }
}
