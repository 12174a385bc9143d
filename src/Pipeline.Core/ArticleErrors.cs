using System.Globalization;

namespace Pipeline.Core;

/// <summary>
/// The operator-facing messages of <see cref="ArticleFormatException"/>, kept in one place so they stay short,
/// consistent and testable.
/// </summary>
internal static class ArticleErrors
{
    public const string Empty = "file is empty";
    public const string Binary = "file looks binary, not text";
    public const string NoArticleText = "file has no article text";
    public const string NotUtf16 = "file is not valid UTF-16 text";

    public static string NotUtf8(long offset) =>
        string.Create(CultureInfo.InvariantCulture, $"file is not valid UTF-8 text (first bad byte at offset {offset})");

    public static string TooLarge(long size, long limit) =>
        string.Create(CultureInfo.InvariantCulture, $"file is {size} bytes; the limit is {limit}");

    // A non-seekable stream is not drained just to report its exact size: that would read an unbounded input.
    public static string TooLargeStreaming(long limit) =>
        string.Create(CultureInfo.InvariantCulture, $"file is more than {limit} bytes; the limit is {limit}");

    public static string TextTooLong(long length, long limit) =>
        string.Create(CultureInfo.InvariantCulture, $"text is {length} characters; the limit is {limit} bytes");
}
