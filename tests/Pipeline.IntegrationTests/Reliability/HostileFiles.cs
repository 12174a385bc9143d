using System.Globalization;
using System.IO.Compression;
using System.Text;
using Pipeline.IntegrationTests.Cli;
using Pipeline.IntegrationTests.Infrastructure;
using Pipeline.Storage.Files;
using static Pipeline.IntegrationTests.Reliability.HostileFile;

namespace Pipeline.IntegrationTests.Reliability;

/// <summary>One hostile file: the blob name it is dropped under, its content, and the fate it must come to.</summary>
/// <param name="Code">The error code a failed file must carry (<c>binary</c>, <c>tooLarge</c>, …); null for a processed one.</param>
/// <param name="Format">The format a processed file must be read as.</param>
internal sealed record HostileFile(string Name, Func<byte[]> Content, string State, string? Code, string? Format = null)
{
    public static HostileFile Fails(string name, Func<byte[]> content, string code) => new(name, content, FileStates.Failed, code);

    public static HostileFile Reads(string name, Func<byte[]> content, string format) => new(name, content, FileStates.Processed, null, format);

    public override string ToString() => Name;
}

/// <summary>
/// The end-to-end hostile corpus: the small files committed under <c>HostileFiles/</c> (see its README), the large
/// ones generated here at test time, always the same bytes (a 100 MB text is not something to commit), and good
/// articles under blob names with every odd character. The table below is the expected state and code of each.
/// </summary>
internal static class HostileFiles
{
    private const string Sentence = "The council met on Tuesday in Springfield and voted to repair the old bridge. ";

    public static IReadOnlyList<HostileFile> All { get; } =
    [
        // Committed (tests/Pipeline.IntegrationTests/Reliability/HostileFiles/).
        Fails("empty.txt", Committed("empty.txt"), "empty"),
        Fails("whitespace-only.txt", Committed("whitespace-only.txt"), "empty"),
        Fails("bom-only.txt", Committed("bom-only.txt"), "empty"),
        Fails("photo.png", Committed("photo.png"), "binary"),
        Fails("photo-named-as-text.txt", Committed("photo-named-as-text.txt"), "binary"),
        Fails("picture.jpg", Committed("picture.jpg"), "binary"),
        Fails("program.elf", Committed("program.elf"), "binary"),
        Fails("setup.exe", Committed("setup.exe"), "binary"),
        Fails("story.pdf", Committed("story.pdf"), "binary"),
        Fails("articles.zip", Committed("articles.zip"), "binary"),
        Fails("nul-bytes.txt", Committed("nul-bytes.txt"), "binary"),
        Fails("random-bytes.bin", Committed("random-bytes.bin"), "binary"),
        Fails("invalid-utf8-continuation.txt", Committed("invalid-utf8-continuation.txt"), "undecodable"),
        Fails("invalid-utf8-overlong.txt", Committed("invalid-utf8-overlong.txt"), "undecodable"),
        Reads("utf16le-no-bom.txt", Committed("utf16le-no-bom.txt"), "text"),
        Reads("utf16be-no-bom.txt", Committed("utf16be-no-bom.txt"), "text"),
        Reads("windows-1252.txt", Committed("windows-1252.txt"), "text"),
        Reads("right-to-left.txt", Committed("right-to-left.txt"), "text"),
        Fails("truncated.json", Committed("truncated.json"), "malformed"),
        Fails("not-a-feed.xml", Committed("not-a-feed.xml"), "unsupportedFormat"),
        Fails("billion-laughs.rss", Committed("billion-laughs.rss"), "malformed"),
        Fails("external-entity.rss", Committed("external-entity.rss"), "malformed"),
        Fails("broken-lines.jsonl", Committed("broken-lines.jsonl"), "malformed"),
        Reads("scripts.html", Committed("scripts.html"), "html"),
        Fails("no-article.html", Committed("no-article.html"), "noArticleText"),
        Fails("deep-quotes.md", Committed("deep-quotes.md"), "tooLarge"),
        Fails("gzip-in-gzip-in-gzip.txt.gz", Committed("gzip-in-gzip-in-gzip.txt.gz"), "unsupportedFormat"),
        Fails("truncated.txt.gz", Committed("truncated.txt.gz"), "malformed"),

        // Generated at test time.
        Fails("generated/text-100mb.txt", () => Prose(100_000_000), "tooLarge"),
        Fails("generated/text-20mb.txt", () => Prose(20_000_000), "tooLarge"),
        Fails("generated/bomb-10gib.txt.gz", TenGibibyteBomb, "tooLarge"),
        Fails("generated/bomb-64mib.gz", () => Gzip(new byte[64 * 1024 * 1024], CompressionLevel.SmallestSize), "tooLarge"),
        Fails("generated/deep-arrays.json", () => Utf8(new string('[', 100_000) + new string(']', 100_000)), "tooLarge"),
        Fails("generated/deep-objects.json", () => Utf8(Times("{\"a\":", 100_000) + "1" + new string('}', 100_000)), "tooLarge"),
        Fails("generated/lines-100000.jsonl", () => Utf8(Times("{\"title\":\"t\",\"body\":\"Some body text.\"}\n", 100_000)), "tooLarge"),
        Fails("generated/line-2mib.jsonl", () => Utf8("{\"title\":\"t\",\"body\":\"x\"}\n{\"body\":\"" + new string('x', 2 * 1024 * 1024) + "\"}\n"), "tooLarge"),
        Fails("generated/rss-10001-items.rss", () => Utf8("<rss><channel>" + Times("<item><title>t</title><description>d</description></item>", 10_001) + "</channel></rss>"), "tooLarge"),
        Fails("generated/divs-100000-deep.html", () => Utf8("<html><body>" + Times("<div>", 100_000) + "Deep text about the council." + Times("</div>", 100_000) + "</body></html>"), "tooLarge"),
        Reads("generated/megabyte-attribute.html", MegabyteAttributeHtml, "html"),

        // Good articles under odd blob names.
        Reads("names/with spaces  and   runs of them.txt", () => Article(0), "text"),
        Reads("names/hash#question?percent%.txt", () => Article(1), "text"),
        Reads("names/looks%2Fencoded%20already.txt", () => Article(2), "text"),
        Reads("names/unicode-日本語-Ελληνικά-ñü-ß.txt", () => Article(3), "text"),
        Reads("names/emoji-📰🗞️-🇪🇺.txt", () => Article(4), "text"),
        Reads("names/rtl-مرحبا-שלום.txt", () => Article(5), "text"),
        Reads("names/punctuation +=;,@!$&'()[]{}~^`.txt", () => Article(6), "text"),
        Reads("names/quotes \"double\" <angle> back\\slash|pipe*star.txt", () => Article(7), "text"),
        Reads("names/deep/folders with space/and#hash/and?question/article.txt", () => Article(8), "text"),
        Reads("names/long-" + new string('n', 1000) + ".txt", () => Article(9), "text"),
    ];

    private static Func<byte[]> Committed(string file) =>
        () => File.ReadAllBytes(Path.Combine(Repository.Root.FullName, "tests", "Pipeline.IntegrationTests", "Reliability", "HostileFiles", file));

    private static byte[] Article(int i) => Utf8(GeneratedArticles.Article(900 + i));

    private static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);

    private static string Times(string unit, int count) => string.Concat(Enumerable.Repeat(unit, count));

    /// <summary>Exactly <paramref name="length"/> bytes of plain English prose.</summary>
    private static byte[] Prose(int length)
    {
        var unit = Encoding.ASCII.GetBytes(Sentence);
        var bytes = new byte[length];
        for (var offset = 0; offset < length; offset += unit.Length)
        {
            unit.AsSpan(0, Math.Min(unit.Length, length - offset)).CopyTo(bytes.AsSpan(offset));
        }

        return bytes;
    }

    private static byte[] Gzip(byte[] data, CompressionLevel level)
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, level))
        {
            gzip.Write(data);
        }

        return output.ToArray();
    }

    /// <summary>160 gzip members of 64 MiB of zeros each: 10 GiB once decompressed, about 10 MB as stored.</summary>
    private static byte[] TenGibibyteBomb()
    {
        var member = Gzip(new byte[64 * 1024 * 1024], CompressionLevel.SmallestSize);
        var bomb = new byte[member.Length * 160];
        for (var i = 0; i < 160; i++)
        {
            member.CopyTo(bomb, i * member.Length);
        }

        return bomb;
    }

    private static byte[] MegabyteAttributeHtml() => Utf8(
        "<!DOCTYPE html><html><head><title>Bridge vote</title><script>" + Times("alert(1);", 200_000) + "</script></head><body>" +
        "<div data-blob=\"" + new string('A', 1024 * 1024) + "\" onclick=\"" + Times("alert(2);", 100_000) + "\"></div><article><h1>Bridge vote</h1><p>" +
        Sentence + Sentence + "</p><script>document.write('<p>injected</p>'); alert(3);</script><p>" + Sentence + "</p></article></body></html>");

    public static string Describe(HostileFile file) =>
        file.Code is null ? $"processed as {file.Format}" : string.Create(CultureInfo.InvariantCulture, $"failed: {file.Code}");
}
