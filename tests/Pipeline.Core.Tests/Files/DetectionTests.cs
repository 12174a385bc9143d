using System.Text;
using Pipeline.Core.Detection;
using Pipeline.Core.Model;

namespace Pipeline.Core.Tests.Files;

public sealed class DetectionTests
{
    private const string Prose = "The city council met on Tuesday to discuss the budget.\n\nMayor Ana Ruiz said the plan would pass.";

    private static readonly string?[] Names = [null, "file", "article.txt", "article.html", "article.json", "articles.jsonl", "feed.xml", "feed.rss", "article.md", "x.gz"];

    public static TheoryData<string, ArticleFormat> SampleFormats()
    {
        var data = new TheoryData<string, ArticleFormat>();
        foreach (var (name, format) in Samples.All)
        {
            data.Add(name, format);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(SampleFormats))]
    public void Content_decides_whatever_the_file_is_called(string sample, ArticleFormat expected)
    {
        var text = Samples.Text(sample);
        foreach (var name in Names)
        {
            Assert.True(expected == FormatDetector.Detect(text, name), $"{sample} named {name ?? "(none)"}");
        }
    }

    [Theory]
    [InlineData(null)]
    [InlineData("article.txt")]
    [InlineData("article.json")]
    [InlineData("story")]
    public void Prose_is_the_plain_text_family(string? name) => Assert.Null(FormatDetector.Detect(Prose, name));

    [Theory]
    [InlineData("article.md", ArticleFormat.Markdown)]
    [InlineData("article.MARKDOWN", ArticleFormat.Markdown)]
    [InlineData("article.md.gz", ArticleFormat.Markdown)]
    [InlineData("dir.md/article.txt", null)]
    public void Name_breaks_the_tie_for_prose(string name, ArticleFormat? expected) => Assert.Equal(expected, FormatDetector.Detect(Prose, name));

    [Theory]
    [InlineData("<!DOCTYPE html><html><body><p>Hello</p></body></html>")]
    [InlineData("<!-- saved page --><html lang=\"en\"><p>Hello</p></html>")]
    [InlineData("<?xml version=\"1.0\"?><html xmlns=\"http://www.w3.org/1999/xhtml\"><body/></html>")]
    [InlineData("<div class=\"story\"><p>The council met.</p></div>")]
    [InlineData("<p>The council met.</p>\n<p>It voted.</p>")]
    [InlineData("Saved from the web\n<html><body><p>The council met.</p></body></html>")]
    [InlineData("Headline\nThe council met.</p> It voted.</p> Then it adjourned.</p>")]
    public void Html_pages_and_fragments_are_html(string text) => Assert.Equal(ArticleFormat.Html, FormatDetector.Detect(text, "article.txt"));

    [Theory]
    [InlineData("<rss version=\"2.0\"><channel></channel></rss>")]
    [InlineData("<?xml version=\"1.0\"?>\n<!-- feed -->\n<?xml-stylesheet href=\"s.xsl\"?>\n<rss version=\"2.0\"><channel/></rss>")]
    [InlineData("<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY a \"b\">]><rss><channel/></rss>")]
    [InlineData("<?xml version=\"1.0\"?><rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\" xmlns=\"http://purl.org/rss/1.0/\"></rdf:RDF>")]
    public void Rss_and_rdf_feeds_are_rss(string text) => Assert.Equal(ArticleFormat.Rss, FormatDetector.Detect(text, "feed.txt"));

    [Theory]
    [InlineData("<feed xmlns=\"http://www.w3.org/2005/Atom\"><entry/></feed>")]
    [InlineData("<?xml version=\"1.0\"?><atom:feed xmlns:atom=\"http://www.w3.org/2005/Atom\"></atom:feed>")]
    public void Atom_feeds_are_atom(string text) => Assert.Equal(ArticleFormat.Atom, FormatDetector.Detect(text, null));

    [Fact]
    public void Feed_outside_the_atom_namespace_is_unsupported_unless_named_atom()
    {
        const string text = "<?xml version=\"1.0\"?><feed><entry><title>x</title></entry></feed>";
        var error = Assert.Throws<ArticleFormatException>(() => FormatDetector.Detect(text, "feed.xml"));
        Assert.Equal(ArticleErrorCode.UnsupportedFormat, error.Code);
        Assert.Equal("file has a <feed> root element outside the Atom namespace", error.Message);
        Assert.Equal(ArticleFormat.Atom, FormatDetector.Detect(text, "feed.atom"));
    }

    [Fact]
    public void Other_xml_is_unsupported()
    {
        var error = Assert.Throws<ArticleFormatException>(() => FormatDetector.Detect("<?xml version=\"1.0\"?><catalog><book/></catalog>", "books.xml"));
        Assert.Equal(ArticleErrorCode.UnsupportedFormat, error.Code);
        Assert.Equal("file is XML whose root element <catalog> is neither an RSS nor an Atom feed", error.Message);
    }

    [Theory]
    [InlineData("{\"title\": \"A\", \"body\": \"B\"}", null, ArticleFormat.Json)]
    [InlineData("  [ {\"title\": \"A\"}, {\"title\": \"B\"} ]  ", "a.txt", ArticleFormat.Json)]
    [InlineData("[\n{\"title\": \"A\"},\n{\"title\": \"B\"}\n]", null, ArticleFormat.Json)]
    [InlineData("{\"title\": \"A\"}\n{\"title\": \"B\"}\n", null, ArticleFormat.JsonLines)]
    [InlineData("{\"title\": \"A\"}\r\n\r\n{\"title\": \"B\"}", "a.json", ArticleFormat.JsonLines)]
    [InlineData("{\"title\": \"A\"}", "a.jsonl", ArticleFormat.JsonLines)]
    [InlineData("{\"title\": \"A\", broken", "a.json", ArticleFormat.Json)]
    [InlineData("{\"title\": \"A\", broken", "a.txt", null)]
    [InlineData("[CNN] The council met on Tuesday.", null, null)]
    [InlineData("[1] The council met on Tuesday.", null, null)]
    [InlineData("{ Editor's note: this story was updated. }\n\nThe council met.", null, null)]
    public void Json_and_json_lines_need_the_shape_not_just_a_brace(string text, string? name, ArticleFormat? expected) =>
        Assert.Equal(expected, FormatDetector.Detect(text, name));

    [Fact]
    public void Json_that_continues_past_the_window_is_judged_by_its_beginning()
    {
        var text = new StringBuilder("[");
        while (text.Length < 3 * TextStart.WindowChars)
        {
            text.Append("{\"title\": \"A headline\", \"body\": \"Some words of the body.\"},");
        }

        text.Append("{}]");
        Assert.Equal(ArticleFormat.Json, FormatDetector.Detect(text.ToString(), null));
    }

    [Theory]
    [InlineData("---\ntitle: A\n---\nThe council met.")]
    [InlineData("# The council met\n\nIt voted on Tuesday.")]
    [InlineData("Intro line\n\n## Background\n\nText.\n\n## Reaction\n\nMore text.")]
    [InlineData("# Headline with <b>inline HTML</b>\n\n<p>and a paragraph</p> </p> </p>")]
    public void Markdown_is_recognized_by_front_matter_and_headings(string text) => Assert.Equal(ArticleFormat.Markdown, FormatDetector.Detect(text, "a.txt"));

    [Theory]
    [InlineData("#BlackFriday sales started early this year.\n\nStores opened at 5 a.m.")]
    [InlineData("Scores\n# 1 seed lost on Sunday.\n\nThe upset surprised fans.")]
    [InlineData("---\nNot front matter, just a rule.")]
    public void Prose_with_a_stray_hash_or_rule_is_not_markdown(string text) => Assert.Null(FormatDetector.Detect(text, null));

    [Fact]
    public void Detection_looks_only_at_the_start_of_a_large_file()
    {
        var text = new StringBuilder();
        while (text.Length < 8 * 1024 * 1024)
        {
            text.Append(Prose).Append("\n\n");
        }

        text.Append("<!DOCTYPE html><html><body><p>late markup</p></body></html>");
        Assert.Null(FormatDetector.Detect(text.ToString(), null));
    }

    [Theory]
    [InlineData(ArticleFormat.Json, "Plain words.", "file is not JSON: expected '{' or '[' but found 'P' at line 1, position 1")]
    [InlineData(ArticleFormat.Json, "\n\n   <html></html>", "file is not JSON: expected '{' or '[' but found '<' at line 3, position 4")]
    [InlineData(ArticleFormat.JsonLines, "[{\"a\": 1}]", "file is not JSON Lines: expected '{' but found '[' at line 1, position 1")]
    public void Forced_json_that_does_not_fit_is_malformed(ArticleFormat format, string text, string message)
    {
        var error = Assert.Throws<ArticleFormatException>(() => FormatDetector.EnsureFits(text, format));
        Assert.Equal(ArticleErrorCode.Malformed, error.Code);
        Assert.Equal(message, error.Message);
    }

    [Fact]
    public void Forced_feed_of_the_other_kind_is_unsupported()
    {
        var error = Assert.Throws<ArticleFormatException>(() => FormatDetector.EnsureFits(Samples.Text(Samples.Atom), ArticleFormat.Rss));
        Assert.Equal(ArticleErrorCode.UnsupportedFormat, error.Code);
        Assert.Equal("file is not an RSS feed: its root element is <feed>", error.Message);

        error = Assert.Throws<ArticleFormatException>(() => FormatDetector.EnsureFits(Samples.Text(Samples.Html), ArticleFormat.Atom));
        Assert.Equal("file is not an Atom feed: its root element is <html>", error.Message);
    }

    [Fact]
    public void Forced_feed_on_prose_is_malformed()
    {
        var error = Assert.Throws<ArticleFormatException>(() => FormatDetector.EnsureFits(Prose, ArticleFormat.Atom));
        Assert.Equal(ArticleErrorCode.Malformed, error.Code);
        Assert.Equal("file is not an Atom feed: it does not start with an XML element", error.Message);
    }

    [Theory]
    [InlineData(ArticleFormat.Text)]
    [InlineData(ArticleFormat.Tokenized)]
    [InlineData(ArticleFormat.Scraped)]
    [InlineData(ArticleFormat.Html)]
    [InlineData(ArticleFormat.Markdown)]
    public void Lenient_formats_fit_any_text(ArticleFormat format)
    {
        FormatDetector.EnsureFits(Prose, format);
        FormatDetector.EnsureFits(Samples.Text(Samples.Rss), format);
    }

    [Fact]
    public async Task Analyzer_reports_the_detected_format()
    {
        var analyzer = new ArticleAnalyzer();
        Assert.Equal(ArticleFormat.Text, analyzer.AnalyzeFile(Prose).Format);
        Assert.Equal(ArticleFormat.Tokenized, analyzer.AnalyzeFile(Seeds.Text(Seeds.Ptb)).Format);
        Assert.Equal(ArticleFormat.Html, (await analyzer.AnalyzeFileAsync(File.OpenRead(Samples.Path(Samples.Html)), "page.txt")).Format);
    }

    [Fact]
    public void Forced_format_overrides_detection()
    {
        var analyzer = new ArticleAnalyzer();
        Assert.Equal(ArticleFormat.Scraped, analyzer.AnalyzeFile(Prose, format: ArticleFormat.Scraped).Format);

        var asText = analyzer.AnalyzeFile(Samples.Text(Samples.Html), format: ArticleFormat.Text);
        Assert.Equal(ArticleFormat.Text, asText.Format);
    }
}
