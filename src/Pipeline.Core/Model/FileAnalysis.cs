namespace Pipeline.Core.Model;

/// <summary>
/// What one input file yields: its detected format and one entry per article it holds (a batch file such as JSON
/// Lines or a feed holds many; an entry that is bad is an error for that entry only).
/// </summary>
public sealed record FileAnalysis(ArticleFormat Format, IReadOnlyList<ArticleEntry> Entries)
{
    public int ArticleCount => Entries.Count(e => e.Analysis is not null);

    public int FailedCount => Entries.Count(e => e.Error is not null);
}

/// <summary>One article of a file, or the reason that entry failed. Exactly one of the two is set.</summary>
/// <param name="Index">Zero-based position of the entry in the file (line, array element, feed item).</param>
public sealed record ArticleEntry(int Index, ArticleAnalysis? Analysis, ArticleError? Error);
