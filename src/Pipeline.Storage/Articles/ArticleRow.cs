using Azure.Data.Tables;

namespace Pipeline.Storage.Articles;

/// <summary>
/// Property names of a file's row in the Articles table (PartitionKey = encoded blob name, RowKey = <see cref="RowKey"/>).
/// The articles the file holds have rows of their own in the same partition (<see cref="ArticleEntryRow"/>).
/// </summary>
public static class ArticleRow
{
    public const string RowKey = "article";
    public const string Format = "Format";
    public const string ErrorCode = "ErrorCode";

    /// <summary>How many articles the file yielded (a batch file such as JSON Lines or a feed holds many).</summary>
    public const string ArticleCount = "ArticleCount";

    /// <summary>How many entries of a batch file could not be read; their reasons are in <see cref="EntryErrorsJson"/>.</summary>
    public const string FailedEntries = "FailedEntries";

    /// <summary>JSON array of the first failed entries (index, code, message), clipped to one property.</summary>
    public const string EntryErrorsJson = "EntryErrorsJson";
    public const string Source = "Source";

    /// <summary>The blob version whose processing threw, how often, when last and why (the exception's message).</summary>
    public const string FailedVersion = "FailedVersion";
    public const string FailedAttempts = "FailedAttempts";
    public const string LastFailedAt = "LastFailedAt";
    public const string LastFailure = "LastFailure";
    public const string PublishedAt = "PublishedAt";
    public const string BlobName = "BlobName";
    public const string BlobETag = "BlobETag";
    public const string ContentLength = "ContentLength";
    public const string Status = "Status";
    public const string Error = "Error";
    public const string Attempts = "Attempts";
    public const string ProcessedAt = "ProcessedAt";
    public const string Title = "Title";
    public const string Words = "Words";
    public const string Sentences = "Sentences";
    public const string Paragraphs = "Paragraphs";
    public const string Characters = "Characters";
    public const string EntityCount = "EntityCount";

    /// <summary>
    /// The blob version whose fate the row records: the quarantined version for a quarantined file, else the version
    /// last processed (or failed as unreadable). Null when no version has settled yet.
    /// </summary>
    public static string? SettledVersion(TableEntity row)
    {
        ArgumentNullException.ThrowIfNull(row);
        var version = row.GetString(Status) == ArticleStatus.Quarantined ? row.GetString(FailedVersion) : row.GetString(BlobETag);
        return version is null ? null : BlobVersion.Normalize(version);
    }

    /// <summary>
    /// RowKey of the row, in the file's partition, that holds the generation an operator asked to be processed
    /// (<see cref="Generation"/>). It is apart from the file's row so that a request never races the row's rewrite.
    /// </summary>
    public const string ReprocessRowKey = "reprocess";

    /// <summary>On the reprocess row, the generation asked for; see <see cref="BlobVersion.WithGeneration"/>.</summary>
    public const string Generation = "Generation";

    /// <summary>
    /// The entities a run is about to count, written before it counts them and dropped when it writes the row:
    /// present only when a run died half-way, so that the next run takes them back too.
    /// </summary>
    public const string PendingEntitiesJson = "PendingEntitiesJson";

    /// <summary>JSON array of the figure rows the file ranks among the largest amounts, so they can be taken back.</summary>
    public const string FigureKeysJson = "FigureKeysJson";

    /// <summary>The figure rows a run is about to rank, written before it ranks them (see <see cref="PendingEntitiesJson"/>).</summary>
    public const string PendingFigureKeysJson = "PendingFigureKeysJson";

    /// <summary>JSON array of the entities that fed the aggregates, so a later version or a deletion can take them back.</summary>
    public const string EntitiesJson = "EntitiesJson";
}
