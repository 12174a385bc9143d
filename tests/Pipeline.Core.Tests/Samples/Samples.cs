using System.IO.Compression;
using System.Text;
using Pipeline.Core.Model;

namespace Pipeline.Core.Tests;

/// <summary>
/// Small, valid, hand-written files of each structured format (in <c>Samples/</c>, copied next to the test
/// binaries), with the format each must be detected as. Reusable by any test that needs a well-formed input.
/// </summary>
public static class Samples
{
    public const string Html = "article.html";
    public const string Json = "article.json";
    public const string JsonArray = "articles.json";
    public const string JsonLines = "articles.jsonl";
    public const string Rss = "feed.rss";
    public const string Atom = "feed.atom";
    public const string Markdown = "article.md";

    /// <summary>Every sample with the format its content says it is.</summary>
    public static IReadOnlyList<(string Name, ArticleFormat Format)> All { get; } =
    [
        (Html, ArticleFormat.Html),
        (Json, ArticleFormat.Json),
        (JsonArray, ArticleFormat.Json),
        (JsonLines, ArticleFormat.JsonLines),
        (Rss, ArticleFormat.Rss),
        (Atom, ArticleFormat.Atom),
        (Markdown, ArticleFormat.Markdown),
    ];

    public static string Path(string name) => System.IO.Path.Combine(AppContext.BaseDirectory, "Samples", name);

    public static byte[] Bytes(string name) => File.ReadAllBytes(Path(name));

    public static string Text(string name) => File.ReadAllText(Path(name), Encoding.UTF8);

    /// <summary>gzip-compresses <paramref name="data"/> in memory.</summary>
    public static byte[] Gzip(byte[] data, CompressionLevel level = CompressionLevel.Optimal)
    {
        ArgumentNullException.ThrowIfNull(data);

        // GZipStream writes nothing at all for empty input; a real empty member is a header, an empty final block
        // and a zero trailer.
        if (data.Length == 0)
        {
            return [0x1F, 0x8B, 0x08, 0, 0, 0, 0, 0, 0, 0xFF, 0x03, 0x00, 0, 0, 0, 0, 0, 0, 0, 0];
        }

        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, level, leaveOpen: true))
        {
            gzip.Write(data);
        }

        return output.ToArray();
    }
}
