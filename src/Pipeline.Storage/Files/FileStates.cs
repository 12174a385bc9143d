using Pipeline.Storage.Articles;

namespace Pipeline.Storage.Files;

/// <summary>The states a file can be in (see <see cref="FileStatus.State"/>).</summary>
public static class FileStates
{
    /// <summary>Its current version was parsed and counted.</summary>
    public const string Processed = ArticleStatus.Processed;

    /// <summary>It could not be read; the reason is recorded and nothing of it is counted.</summary>
    public const string Failed = ArticleStatus.Failed;

    /// <summary>Processing its current version threw too often; it is no longer retried until it changes or is reprocessed.</summary>
    public const string Quarantined = ArticleStatus.Quarantined;

    /// <summary>Its current version has not settled yet: new, changed, being retried, or asked to be reprocessed.</summary>
    public const string Pending = "pending";

    /// <summary>Every state, in the order operators read them.</summary>
    public static IReadOnlyList<string> All { get; } = [Processed, Failed, Quarantined, Pending];

    public static bool IsKnown(string state) => All.Contains(state, StringComparer.Ordinal);
}
