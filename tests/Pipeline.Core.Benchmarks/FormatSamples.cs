using System.IO.Compression;
using System.Net;
using System.Text;
using System.Text.Json;

namespace Pipeline.Core.Benchmarks;

/// <summary>
/// One realistic input file per format, built from the seed articles so every format carries the same prose:
/// an HTML page with navigation, scripts and a footer around the article, feeds and batch files of the three
/// seeds, Markdown with front matter, and the HTML page gzipped.
/// </summary>
internal static class FormatSamples
{
    public static IReadOnlyList<string> Names { get; } = ["text", "tokenized", "scraped", "html", "json", "jsonl", "rss", "atom", "markdown", "html.gz"];

    public static (string FileName, byte[] Bytes) Build(string name)
    {
        var ptb = SeedText.Read("000_f8b8f606e1205c8f.txt");
        var scraped = SeedText.Read("001_4e0d7657024b0922.txt");
        var clean = SeedText.Read("002_08ed150cadca3ac4.txt");
        var seeds = new[] { clean, Detokenized(ptb), clean };
        return name switch
        {
            "text" => ("article.txt", Utf8(clean)),
            "tokenized" => ("article.txt", Utf8(ptb)),
            "scraped" => ("article.txt", Utf8(scraped)),
            "html" => ("article.html", Utf8(Html(clean))),
            "json" => ("article.json", Utf8(JsonSerializer.Serialize(seeds.Select(Record).ToArray()))),
            "jsonl" => ("articles.jsonl", Utf8(string.Join('\n', seeds.Select(s => JsonSerializer.Serialize(Record(s)))))),
            "rss" => ("feed.xml", Utf8(Rss(seeds))),
            "atom" => ("feed.atom", Utf8(Atom(seeds))),
            "markdown" => ("article.md", Utf8(Markdown(clean))),
            "html.gz" => ("article.html.gz", Gzip(Utf8(Html(clean)))),
            _ => throw new ArgumentOutOfRangeException(nameof(name), name, "unknown sample"),
        };
    }

    private static string[] Paragraphs(string text) =>
        text.Split(["\n\n", "\r\n\r\n"], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    // The structured samples carry clean prose: a feed never holds PTB tokens.
    private static string Detokenized(string ptb) => ptb.Replace(" 's", "'s", StringComparison.Ordinal).Replace(" , ", ", ", StringComparison.Ordinal);

    private static Dictionary<string, string> Record(string body) => new()
    {
        ["headline"] = Paragraphs(body)[0][..Math.Min(80, Paragraphs(body)[0].Length)],
        ["articleBody"] = body,
        ["url"] = "https://news.example.com/2024/01/20/story",
        ["datePublished"] = "2024-01-20T08:30:00Z",
        ["author"] = "Jane Doe and John Roe",
        ["publisher"] = "Example News",
    };

    private static string Html(string body)
    {
        var page = new StringBuilder();
        page.Append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Mass deportations - Example News</title>")
            .Append("<meta property=\"og:title\" content=\"Mass deportations\"><meta property=\"og:site_name\" content=\"Example News\">")
            .Append("<meta property=\"article:published_time\" content=\"2024-01-20T08:30:00Z\"><meta name=\"author\" content=\"Jane Doe\">")
            .Append("<style>").Append(string.Concat(Enumerable.Repeat(".nav a{color:#333;margin:0 4px} ", 200))).Append("</style>")
            .Append("<script>").Append(string.Concat(Enumerable.Repeat("window.dataLayer=window.dataLayer||[];dataLayer.push({event:'x'});", 300))).Append("</script>")
            .Append("</head><body><header><nav class=\"nav\"><ul>");
        for (var i = 0; i < 60; i++)
        {
            page.Append("<li><a href=\"/section/").Append(i).Append("\">Section ").Append(i).Append("</a></li>");
        }

        page.Append("</ul></nav></header><main><article><h1>Mass deportations</h1><p class=\"byline\">By Jane Doe</p>");
        foreach (var paragraph in Paragraphs(body))
        {
            page.Append("<p>").Append(WebUtility.HtmlEncode(paragraph)).Append("</p>");
        }

        page.Append("</article><aside class=\"related\"><h2>Related</h2><ul>");
        for (var i = 0; i < 20; i++)
        {
            page.Append("<li><a href=\"/story/").Append(i).Append("\">Another story headline number ").Append(i).Append("</a></li>");
        }

        return page.Append("</ul></aside></main><footer><p>© 2024 Example News. All rights reserved.</p><a href=\"/privacy\">Privacy</a></footer></body></html>").ToString();
    }

    private static string Rss(IEnumerable<string> bodies)
    {
        var feed = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?><rss version=\"2.0\" xmlns:content=\"http://purl.org/rss/1.0/modules/content/\"><channel><title>Example News</title><link>https://news.example.com/</link><language>en</language>");
        var i = 0;
        foreach (var body in bodies)
        {
            feed.Append("<item><title>Story ").Append(++i).Append("</title><link>https://news.example.com/story/").Append(i)
                .Append("</link><pubDate>Sat, 20 Jan 2024 08:30:00 GMT</pubDate><content:encoded><![CDATA[")
                .Append(string.Concat(Paragraphs(body).Select(p => "<p>" + WebUtility.HtmlEncode(p) + "</p>")))
                .Append("]]></content:encoded></item>");
        }

        return feed.Append("</channel></rss>").ToString();
    }

    private static string Atom(IEnumerable<string> bodies)
    {
        var feed = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?><feed xmlns=\"http://www.w3.org/2005/Atom\"><title>Example News</title>");
        var i = 0;
        foreach (var body in bodies)
        {
            feed.Append("<entry><title>Story ").Append(++i).Append("</title><link href=\"https://news.example.com/story/").Append(i)
                .Append("\"/><published>2024-01-20T08:30:00Z</published><author><name>Jane Doe</name></author><content type=\"html\">")
                .Append(WebUtility.HtmlEncode(string.Concat(Paragraphs(body).Select(p => "<p>" + WebUtility.HtmlEncode(p) + "</p>"))))
                .Append("</content></entry>");
        }

        return feed.Append("</feed>").ToString();
    }

    private static string Markdown(string body) =>
        "---\ntitle: \"Mass deportations\"\ndate: 2024-01-20\nauthor: [Jane Doe, John Roe]\nsource: Example News\n---\n\n# Mass deportations\n\n"
        + string.Join("\n\n", Paragraphs(body));

    private static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);

    private static byte[] Gzip(byte[] bytes)
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.Optimal))
        {
            gzip.Write(bytes);
        }

        return output.ToArray();
    }
}
