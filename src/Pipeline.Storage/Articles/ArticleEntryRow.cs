using System.Globalization;

namespace Pipeline.Storage.Articles;

/// <summary>
/// Property names of one article's row, in its file's partition of the Articles table, with RowKey
/// <c>a|000042</c> (the entry's index, zero-padded so rows sort in file order).
/// </summary>
public static class ArticleEntryRow
{
    public const string RowKeyPrefix = "a|";
    public const string Index = "Index";
    public const string Title = "Title";
    public const string Source = "Source";
    public const string Url = "Url";
    public const string PublishedAt = "PublishedAt";

    /// <summary>The day the article counts on in trends (<c>yyyyMMdd</c>): its publication date, or the day its file was written.</summary>
    public const string Day = "Day";
    public const string Authors = "Authors";
    public const string Dateline = "Dateline";
    public const string Language = "Language";
    public const string Words = "Words";
    public const string Sentences = "Sentences";
    public const string Paragraphs = "Paragraphs";
    public const string Characters = "Characters";
    public const string EntityCount = "EntityCount";

    /// <summary>JSON array of the article's entities (<see cref="StoredEntity"/>), the most mentioned first, clipped to fit.</summary>
    public const string EntitiesJson = "EntitiesJson";

    public static string RowKey(int index) => string.Create(CultureInfo.InvariantCulture, $"{RowKeyPrefix}{index:D6}");
}
