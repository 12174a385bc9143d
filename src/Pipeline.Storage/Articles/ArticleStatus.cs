namespace Pipeline.Storage.Articles;

/// <summary>The fate of a dropped file.</summary>
public static class ArticleStatus
{
    /// <summary>Parsed and counted.</summary>
    public const string Processed = "processed";

    /// <summary>Could not be turned into an article; the reason is recorded and nothing was counted.</summary>
    public const string Failed = "failed";

    /// <summary>
    /// Processing this version threw unexpectedly <see cref="Hosting.PipelineStorageOptions.MaxAttempts"/> times; it
    /// is no longer retried (a new version is). What an earlier version contributed stays counted.
    /// </summary>
    public const string Quarantined = "quarantined";
}
