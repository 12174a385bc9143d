namespace Pipeline.Storage.Articles;

/// <summary>The fate of a dropped file.</summary>
public static class ArticleStatus
{
    /// <summary>Parsed and counted.</summary>
    public const string Processed = "processed";

    /// <summary>Could not be turned into an article; the reason is recorded and nothing was counted.</summary>
    public const string Failed = "failed";
}
