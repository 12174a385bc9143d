namespace Pipeline.Storage.Articles;

/// <summary>Property names of a row in the Articles table (PartitionKey = encoded blob name, RowKey = <see cref="RowKey"/>).</summary>
public static class ArticleRow
{
    public const string RowKey = "article";
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

    /// <summary>JSON array of the entities that fed the aggregates, so a later version or a deletion can take them back.</summary>
    public const string EntitiesJson = "EntitiesJson";
}
