using System.IO.Compression;
using System.Text;
using Pipeline.Core.Model;

namespace Pipeline.Core.Tests.Hostile;

/// <summary>What a hostile input must come to. Every outcome must also arrive within the deadline.</summary>
/// <param name="Code">The error the file must fail with, or null when it must be read.</param>
/// <param name="Format">The format the file must be read as, when it is read.</param>
/// <param name="EveryEntryFails">The file is read, but each of its entries is an error of its own (a batch file of bad lines).</param>
public sealed record HostileExpectation(ArticleErrorCode? Code, ArticleFormat? Format, bool EveryEntryFails = false)
{
    public static HostileExpectation Fails(ArticleErrorCode code) => new(code, null);

    public static HostileExpectation Yields(ArticleFormat format) => new(null, format);

    public static HostileExpectation EntriesFail(ArticleFormat format) => new(null, format, EveryEntryFails: true);

    public override string ToString() =>
        Code is { } code ? $"fails with {code}" : EveryEntryFails ? $"reads as {Format} with every entry failed" : $"yields {Format} articles";
}

/// <summary>One named hostile input, built in memory when asked for.</summary>
/// <param name="Check">Further checks on a successful analysis (returns a complaint, or null when all is well).</param>
public sealed record HostileInput(string Name, Func<byte[]> Build, string? FileName, HostileExpectation Expected, Func<FileAnalysis, string?>? Check = null)
{
    public override string ToString() => Name;
}

/// <summary>
/// Inputs built to break a file reader: empty and binary files, bombs, encodings gone wrong, absurd nesting and
/// sizes, entity expansion and external entities, invisible characters. Each has the outcome it must come to.
/// </summary>
public static class HostileCorpus
{
    private const string Sentence = "The council met on Tuesday in Springfield and voted to repair the old bridge. ";

    public static IReadOnlyList<HostileInput> All { get; } =
    [
        new("empty file", () => [], "article.txt", HostileExpectation.Fails(ArticleErrorCode.Empty)),
        new("whitespace only", () => Utf8("  \n\t\r\n   \u00A0\u3000 "), null, HostileExpectation.Fails(ArticleErrorCode.Empty)),
        new("byte order mark only", () => [0xEF, 0xBB, 0xBF], null, HostileExpectation.Fails(ArticleErrorCode.Empty)),
        new("zero-width characters only", () => Utf8("\u200B\u200C\u200D\uFEFF\u2060\u200B"), null, HostileExpectation.Fails(ArticleErrorCode.Empty)),
        new("4 KiB of NUL bytes", () => new byte[4096], "article.txt", HostileExpectation.Fails(ArticleErrorCode.Binary)),
        new("PNG header", () => [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52], "photo.txt", HostileExpectation.Fails(ArticleErrorCode.Binary)),
        new("JPEG header", () => [0xFF, 0xD8, 0xFF, 0xE0, 0, 16, 0x4A, 0x46, 0x49, 0x46, 0, 1], null, HostileExpectation.Fails(ArticleErrorCode.Binary)),
        new("GIF header", () => [.. "GIF89a"u8, 1, 0, 1, 0, 0x80, 0, 0], null, HostileExpectation.Fails(ArticleErrorCode.Binary)),
        new("ELF executable", () => [0x7F, 0x45, 0x4C, 0x46, 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 0, 0x3E, 0], null, HostileExpectation.Fails(ArticleErrorCode.Binary)),
        new("PE executable", () => [0x4D, 0x5A, 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, 0xFF, 0xFF, .. "This program cannot be run in DOS mode."u8], "setup.exe", HostileExpectation.Fails(ArticleErrorCode.Binary)),
        new("zip archive", () => [0x50, 0x4B, 0x03, 0x04, 20, 0, 0, 0, 8, 0, .. "article.txt"u8], "articles.zip", HostileExpectation.Fails(ArticleErrorCode.Binary)),
        new("PDF document", () => [.. "%PDF-1.7\n%"u8, 0xE2, 0xE3, 0xCF, 0xD3, .. "\n1 0 obj\n<< /Type /Catalog >>\nendobj\n"u8], "story.txt", HostileExpectation.Fails(ArticleErrorCode.Binary)),
        new("control character soup", ControlSoup, null, HostileExpectation.Fails(ArticleErrorCode.Binary)),
        new("64 KiB of random bytes", () => RandomBytes(64 * 1024, seed: 7), null, HostileExpectation.Fails(ArticleErrorCode.Binary)),
        new("20 MB of text", () => Utf8(Repeat(Sentence, 20_000_000)), "big.txt", HostileExpectation.Fails(ArticleErrorCode.TooLarge)),
        new("gzip bomb of 10 GiB in 160 members", TenGigabyteBomb, "bomb.txt.gz", HostileExpectation.Fails(ArticleErrorCode.TooLarge)),
        new("gzip bomb of 64 MiB of zeros", () => Samples.Gzip(new byte[64 * 1024 * 1024], CompressionLevel.Fastest), null, HostileExpectation.Fails(ArticleErrorCode.TooLarge)),
        new("gzip inside gzip inside gzip", () => Samples.Gzip(Samples.Gzip(Samples.Gzip(Utf8(Sentence)))), null, HostileExpectation.Fails(ArticleErrorCode.UnsupportedFormat)),
        new("gzip inside gzip", () => Samples.Gzip(Samples.Gzip(Utf8(Sentence))), null, HostileExpectation.Yields(ArticleFormat.Text)),
        new("truncated gzip", () => HalfOf(Samples.Gzip(Utf8(Repeat(Sentence, 20_000)))), "a.gz", HostileExpectation.Fails(ArticleErrorCode.Malformed)),
        new("gzip magic bytes only", () => [0x1F, 0x8B], null, HostileExpectation.Fails(ArticleErrorCode.Malformed)),
        new("100,000 empty gzip members", () => [.. Enumerable.Repeat(Samples.Gzip([]), 100_000).SelectMany(m => m)], null, HostileExpectation.Fails(ArticleErrorCode.Empty)),
        new("JSON arrays nested 100,000 deep", () => Utf8(new string('[', 100_000) + new string(']', 100_000)), null, HostileExpectation.Fails(ArticleErrorCode.TooLarge)),
        new("JSON objects nested 100,000 deep", () => Utf8(Times("{\"a\":", 100_000) + "1" + new string('}', 100_000)), "deep.json", HostileExpectation.Fails(ArticleErrorCode.TooLarge)),
        new("JSON array of 10,001 articles", () => Utf8("[" + string.Join(",", Enumerable.Repeat("{\"title\":\"t\",\"body\":\"b\"}", 10_001)) + "]"), null, HostileExpectation.Fails(ArticleErrorCode.TooLarge)),
        new("JSON Lines with 100,000 lines", () => Utf8(Times("{\"title\":\"t\",\"body\":\"Some body text.\"}\n", 100_000)), "many.jsonl", HostileExpectation.Fails(ArticleErrorCode.TooLarge)),
        new("JSON Lines with a 2 MiB line", () => Utf8("{\"title\":\"t\"}\n{\"body\":\"" + new string('x', 2 * 1024 * 1024) + "\"}\n"), null, HostileExpectation.Fails(ArticleErrorCode.TooLarge)),
        new("HTML with an unclosed script tag at the end", () => Utf8("<!DOCTYPE html><html><body><p>" + Sentence + "</p><script src=\"a.js\""), "page.html", HostileExpectation.Yields(ArticleFormat.Html)),
        new("invalid UTF-8: lone continuation bytes", () => [.. Utf8("Some text "), 0x80, 0xBF, 0x80, 0xBF, 0x80, .. Utf8(" more")], null, HostileExpectation.Fails(ArticleErrorCode.Undecodable)),
        new("invalid UTF-8: overlong slash", () => [.. Utf8("path "), 0xC0, 0xAF, .. Utf8(" etc passwd")], null, HostileExpectation.Fails(ArticleErrorCode.Undecodable)),
        new("invalid UTF-8: encoded surrogate", () => [.. Utf8("A surrogate "), 0xED, 0xA0, 0x80, .. Utf8(" in UTF-8")], null, HostileExpectation.Fails(ArticleErrorCode.Undecodable)),
        new("UTF-8 with a stray Windows-1252 byte", () => [.. Utf8("Café in Zürich, naïve résumé. "), 0xE9, .. Utf8(" end of the story about the council.")], null, HostileExpectation.Yields(ArticleFormat.Text)),
        new("UTF-8 with a cut-off sequence", () => [.. Utf8("Café in Zürich, naïve résumé. “Quote"), 0xE2, 0x80, .. Utf8(" end")], null, HostileExpectation.Fails(ArticleErrorCode.Undecodable)),
        new("UTF-16 LE without byte order mark", () => Encoding.Unicode.GetBytes(Repeat(Sentence, 2000)), "utf16.txt", HostileExpectation.Yields(ArticleFormat.Text)),
        new("UTF-16 BE without byte order mark", () => Encoding.BigEndianUnicode.GetBytes(Repeat(Sentence, 2000)), null, HostileExpectation.Yields(ArticleFormat.Text)),
        new("UTF-16 with a lone surrogate", () => [0xFF, 0xFE, .. Encoding.Unicode.GetBytes("Lone "), 0x00, 0xD8, .. Encoding.Unicode.GetBytes(" surrogate")], null, HostileExpectation.Fails(ArticleErrorCode.Undecodable)),
        new("UTF-32 with byte order mark", () => [0xFF, 0xFE, 0, 0, .. Encoding.UTF32.GetBytes(Sentence)], null, HostileExpectation.Yields(ArticleFormat.Text)),
        new("Windows-1252 prose", () => CodePagesEncodingProvider.Instance.GetEncoding(1252)!.GetBytes("Le café — “quotes” and naïve résumés in Zürich."), null, HostileExpectation.Yields(ArticleFormat.Text)),
        new("right-to-left and zero-width characters", RightToLeftAndInvisible, null, HostileExpectation.Yields(ArticleFormat.Text)),
        new("1 MB single line of prose", () => Utf8(Repeat(Sentence, 1_000_000)), null, HostileExpectation.Yields(ArticleFormat.Text)),
        new("1 MB word without a space", () => Utf8(new string('a', 1_000_000)), null, HostileExpectation.Yields(ArticleFormat.Text)),
        new("combining marks piled on letters", () => Utf8(Times("e\u0301\u0302\u0303\u0304\u0305\u0306\u0307\u0308\u0309 ", 20_000)), null, HostileExpectation.Yields(ArticleFormat.Text)),
        new("carriage returns only as line ends", () => Utf8(string.Concat(Enumerable.Range(1, 60).Select(i => $"Paragraph {i}: {Sentence}\r\r"))), null, HostileExpectation.Yields(ArticleFormat.Text)),
        new("XML that is not a feed", () => Utf8("<?xml version=\"1.0\"?><catalog><book id=\"1\"/></catalog>"), "data.xml", HostileExpectation.Fails(ArticleErrorCode.UnsupportedFormat)),
        new("RSS with 10,001 items", () => Utf8("<rss><channel>" + Times("<item><title>t</title><description>d</description></item>", 10_001) + "</channel></rss>"), null, HostileExpectation.Fails(ArticleErrorCode.TooLarge)),
        new("HTML with a 1 MB attribute and scripts", HugeAttributeHtml, "page.html", HostileExpectation.Yields(ArticleFormat.Html), static analysis => BodyLacks(analysis, "alert(", "AAAAAAAAAA")),
        new("HTML nested 100,000 divs deep", () => Utf8("<html><body>" + Times("<div>", 100_000) + "Deep text about the council." + Times("</div>", 100_000) + "</body></html>"), null, HostileExpectation.Fails(ArticleErrorCode.TooLarge)),
        new("HTML with 100,000 unclosed formatting tags", () => Utf8("<html><body><p>" + Times("<b><i>", 50_000) + "Text.</p></body></html>"), null, HostileExpectation.Fails(ArticleErrorCode.TooLarge)),
        new("RSS billion laughs", BillionLaughs, "feed.rss", HostileExpectation.Fails(ArticleErrorCode.Malformed), static analysis => BodyLacks(analysis, "lollollollollollollollollollol")),
        new("RSS external entity", ExternalEntity, "feed.xml", HostileExpectation.Fails(ArticleErrorCode.Malformed), static analysis => BodyLacks(analysis, "root:", "daemon:")),
        new("RSS with an external DTD", () => Utf8("<?xml version=\"1.0\"?><!DOCTYPE rss SYSTEM \"http://rss.invalid/rss-0.91.dtd\"><rss version=\"0.91\"><channel><title>T</title><item><title>A</title><description>" + Sentence + "</description></item></channel></rss>"), null, HostileExpectation.Yields(ArticleFormat.Rss)),
        new("RSS nested 100,000 elements deep", () => Utf8("<rss><channel><item><description>" + Times("<x>", 100_000) + Times("</x>", 100_000) + "</description></item></channel></rss>"), null, HostileExpectation.Fails(ArticleErrorCode.TooLarge)),
        new("JSON Lines of broken objects", () => Utf8(Times("{\"title\": \"t\", \"body\": }\n", 2500)), "x.jsonl", HostileExpectation.EntriesFail(ArticleFormat.JsonLines)),
        new("JSON with a 5 MB string", () => Utf8("{\"title\":\"t\",\"body\":\"" + Repeat("word ", 5_000_000) + "\"}"), null, HostileExpectation.Yields(ArticleFormat.Json)),
        new("Markdown blockquotes nested 10,000 deep", () => Utf8("# Title\n\n" + new string('>', 10_000) + " quoted text\n"), "deep.md", HostileExpectation.Fails(ArticleErrorCode.TooLarge)),
        new("Markdown with 100,000 unmatched emphasis marks", () => Utf8("# Title\n\n" + Times("*_[`", 25_000) + " text\n"), "marks.md", HostileExpectation.Fails(ArticleErrorCode.TooLarge)),
    ];

    private static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);

    private static string Times(string unit, int count) => string.Concat(Enumerable.Repeat(unit, count));

    // Repeats (and cuts) a unit to exactly the given length.
    private static string Repeat(string unit, int length)
    {
        var text = new StringBuilder(length);
        while (text.Length < length)
        {
            text.Append(unit, 0, Math.Min(unit.Length, length - text.Length));
        }

        return text.ToString();
    }

    private static byte[] HalfOf(byte[] bytes) => bytes[..(bytes.Length / 2)];

    private static byte[] RandomBytes(int length, int seed)
    {
        var bytes = new byte[length];
        new Random(seed).NextBytes(bytes);
        return bytes;
    }

    private static byte[] ControlSoup()
    {
        var random = new Random(11);
        var bytes = new byte[8192];
        for (var i = 0; i < bytes.Length; i++)
        {
            bytes[i] = i % 3 == 0 ? (byte)random.Next(1, 32) : (byte)random.Next('a', 'z' + 1);
        }

        return bytes;
    }

    private static byte[] TenGigabyteBomb()
    {
        var member = Samples.Gzip(new byte[64 * 1024 * 1024], CompressionLevel.SmallestSize);
        return [.. Enumerable.Repeat(member, 160).SelectMany(m => m)];
    }

    private static byte[] RightToLeftAndInvisible() => Utf8(
        "\u202EThe council met on Tuesday.\u202C Officials in \u200FCairo\u200F and \u2067القاهرة\u2069 said\u200B the\u200D plan\u2060 " +
        "would\uFEFF pass.\n\nשלום and مرحبا appeared \u061Cin the \u200Ereport about Springfield.");

    private static byte[] HugeAttributeHtml() => Utf8(
        "<!DOCTYPE html><html><head><title>Bridge vote</title><script>" + Repeat("alert(1);", 200_000) + "</script></head><body>" +
        "<div data-blob=\"" + new string('A', 1024 * 1024) + "\"></div><article><h1>Bridge vote</h1><p>" + Sentence + Sentence + "</p>" +
        "<script>document.write('<p>injected</p>'); alert(2);</script><p>" + Sentence + "</p></article></body></html>");

    private static byte[] BillionLaughs() => Utf8(
        """
        <?xml version="1.0"?>
        <!DOCTYPE rss [
          <!ENTITY lol "lol">
          <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
          <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
          <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
          <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
          <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
          <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
          <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
          <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
          <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
        ]>
        <rss version="2.0"><channel><title>Laughs</title>
        <item><title>&lol9;</title><description>The council met on Tuesday. &lol9;</description></item>
        </channel></rss>
        """);

    private static byte[] ExternalEntity() => Utf8(
        """
        <?xml version="1.0"?>
        <!DOCTYPE rss [
          <!ENTITY passwd SYSTEM "file:///etc/passwd">
          <!ENTITY remote SYSTEM "http://attacker.invalid/steal">
        ]>
        <rss version="2.0"><channel><title>XXE</title>
        <item><title>Leak</title><description>The council met on Tuesday. &passwd; &remote;</description></item>
        </channel></rss>
        """);

    private static string? BodyLacks(FileAnalysis analysis, params string[] forbidden)
    {
        foreach (var entry in analysis.Entries)
        {
            var document = entry.Analysis?.Document;
            foreach (var text in forbidden)
            {
                if (document is not null && (document.Body.Contains(text, StringComparison.Ordinal) || document.Title.Contains(text, StringComparison.Ordinal)))
                {
                    return $"entry {entry.Index} contains \"{text}\"";
                }
            }
        }

        return null;
    }
}
