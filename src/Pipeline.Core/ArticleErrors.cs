using static System.FormattableString;

namespace Pipeline.Core;

/// <summary>
/// The operator-facing messages of <see cref="ArticleFormatException"/>, kept in one place so they stay short,
/// consistent and testable. Each is one sentence with a lower-case start; where there is a position, it is given.
/// </summary>
internal static class ArticleErrors
{
    public const string Empty = "file is empty";
    public const string Binary = "file looks binary, not text";
    public const string NoArticleText = "file has no article text";
    public const string NoEntries = "file holds no article entries";
    public const string EntryNoArticleText = "entry has no article text";
    public const string GzipTruncated = "gzip data is truncated: its trailer is missing or does not match the content";
    public const string GzipTooDeep = "file is gzip inside gzip inside gzip; only two levels are unwrapped";

    public static string BinaryKind(string kind) => $"file is {kind}, not text";

    public static string NotUtf8(long offset) => Invariant($"file is not valid UTF-8 text (first bad byte at offset {offset})");

    public static string NotUtf16(long offset) => Invariant($"file is not valid UTF-16 text (first bad byte at offset {offset})");

    public static string NotUtf16WithoutBom(long offset) =>
        Invariant($"file looks like UTF-16 without a byte order mark but is not valid UTF-16 (first bad byte at offset {offset})");

    public static string NotUtf32(long offset) => Invariant($"file is not valid UTF-32 text (first bad byte at offset {offset})");

    public static string NotDeclaredEncoding(string encoding, long offset) =>
        Invariant($"file declares charset {encoding} but is not valid {encoding} text (first bad byte at offset {offset})");

    public static string MixedEncodings(long offset) =>
        Invariant($"file mixes UTF-8 with another encoding (first bad byte at offset {offset})");

    public static string TooLarge(long size, long limit) => Invariant($"file is {size} bytes; the limit is {limit}");

    // A non-seekable stream is not drained just to report its exact size: that would read an unbounded input.
    public static string TooLargeStreaming(long limit) => Invariant($"file is more than {limit} bytes; the limit is {limit}");

    public static string CompressedTooLarge(long size, long limit) => Invariant($"gzip file is {size} bytes; the limit is {limit}");

    public static string DecompressedTooLarge(long limit) =>
        Invariant($"file is more than {limit} bytes once decompressed; the limit is {limit}");

    public static string DecompressionRatio(long compressed, long output, int ratio) =>
        Invariant($"gzip data expands more than {ratio}-fold ({compressed} bytes gave over {output}), like a decompression bomb");

    public static string GzipCorrupt(long output) =>
        Invariant($"gzip data is corrupt (decompression failed after {output} bytes of output)");

    public static string TextTooLong(long length, long limit) =>
        Invariant($"text is {length} characters; the limit is {limit} bytes");

    public static string TooManyEntries(long count, int limit) => Invariant($"file has {count} entries; the limit is {limit}");

    public static string TooManyEntriesAtLeast(int limit) => Invariant($"file has more than {limit} entries; the limit is {limit}");

    public static string LineTooLong(long line, long length, int limit) =>
        Invariant($"line {line} is {length} characters long; the limit is {limit}");

    public static string TooDeep(int limit, long line, long position) =>
        Invariant($"file nests deeper than {limit} levels at line {line}, position {position}");

    public static string MarkupTooDeep(int limit, long line, long position) =>
        Invariant($"file nests elements deeper than {limit} levels at line {line}, position {position}");

    public static string NotJson(char found, long line, long position) =>
        Invariant($"file is not JSON: expected '{{' or '[' but found '{found}' at line {line}, position {position}");

    public static string NotJsonLines(char found, long line, long position) =>
        Invariant($"file is not JSON Lines: expected '{{' but found '{found}' at line {line}, position {position}");

    public static string NotValidXml(long line, long position) => Invariant($"file is not valid XML at line {line}, position {position}");

    public static string NotValidJson(long line, long position) => Invariant($"file is not valid JSON at line {line}, position {position}");

    public static string NotXml(string expected) => $"file is not {expected}: it does not start with an XML element";

    public static string WrongRoot(string expected, string root) => $"file is not {expected}: its root element is <{root}>";

    public static string XmlNotFeed(string root) => $"file is XML whose root element <{root}> is neither an RSS nor an Atom feed";

    public const string FeedWithoutAtomNamespace = "file has a <feed> root element outside the Atom namespace";
}
