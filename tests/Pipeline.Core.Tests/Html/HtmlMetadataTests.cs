using Pipeline.Core.Parsing.Html;

namespace Pipeline.Core.Tests.Html;

public sealed class HtmlMetadataTests
{
    private const string PageUrl = "https://www.news.example.com/2024/05/01/council-bikes";

    private static Model.ArticleDocument Parse(string head, string articleExtras = "", string? url = PageUrl) =>
        HtmlArticleParser.Parse(HtmlPages.Article(head, articleExtras), url);

    private static string JsonLd(string json) => $"""<script type="application/ld+json">{json}</script>""";

    [Fact]
    public void Title_prefers_open_graph()
    {
        var document = Parse("""<meta property="og:title" content="OG headline"><meta name="twitter:title" content="Twitter headline"><title>Page | Site</title>""");
        Assert.Equal("OG headline", document.Title);
    }

    [Fact]
    public void Title_falls_back_to_twitter_then_json_ld()
    {
        Assert.Equal("Twitter headline", Parse("""<meta name="twitter:title" content="Twitter headline">""").Title);
        Assert.Equal("LD headline", Parse(JsonLd("""{"@type":"NewsArticle","headline":"LD headline"}""")).Title);
    }

    [Fact]
    public void Title_falls_back_to_the_articles_h1_before_the_title_element()
    {
        Assert.Equal("Council expands the bicycle network", Parse("<title>Something else | Daily Example</title>").Title);
    }

    [Theory]
    [InlineData("Bikes win the vote | Daily Example", "Bikes win the vote")]
    [InlineData("Bikes win the vote - Daily Example", "Bikes win the vote")]
    [InlineData("Bikes win the vote – Daily Example", "Bikes win the vote")]
    [InlineData("Bikes win the vote", "Bikes win the vote")]
    public void Title_element_loses_its_site_suffix(string title, string expected)
    {
        var html = $"<html><head><title>{title}</title></head><body><p>{HtmlPages.FirstParagraph}</p><p>{HtmlPages.SecondParagraph}</p></body></html>";
        Assert.Equal(expected, HtmlArticleParser.Parse(html, null).Title);
    }

    [Fact]
    public void Title_without_any_metadata_is_the_first_line_of_the_body()
    {
        var html = $"<p>{HtmlPages.FirstParagraph}</p><p>{HtmlPages.SecondParagraph}</p>";
        Assert.Equal(HtmlPages.FirstParagraph, HtmlArticleParser.Parse(html, null).Title);
    }

    [Theory]
    [InlineData("""<meta name="author" content="Jane Doe and John Roe">""")]
    [InlineData("""<meta property="article:author" content="Jane Doe, John Roe">""")]
    [InlineData("""<script type="application/ld+json">{"@type":"NewsArticle","author":[{"@type":"Person","name":"Jane Doe"},"John Roe"]}</script>""")]
    public void Authors_come_from_meta_tags_and_json_ld(string head)
    {
        Assert.Equal(["Jane Doe", "John Roe"], Parse(head).Authors);
    }

    [Theory]
    [InlineData("""{"@type":"NewsArticle","author":"Jane Doe"}""")]
    [InlineData("""{"@type":"NewsArticle","author":{"@type":"Person","name":"Jane Doe"}}""")]
    [InlineData("""[{"@type":"WebSite","name":"Daily"},{"@type":"Article","author":{"name":"Jane Doe"}}]""")]
    [InlineData("""{"@context":"https://schema.org","@graph":[{"@type":"WebPage"},{"@type":["ReportageNewsArticle"],"author":[{"name":"Jane Doe"}]}]}""")]
    [InlineData("""{"@type":["BlogPosting","CreativeWork"],"author":"Jane Doe"}""")]
    public void Json_ld_author_may_be_a_string_an_object_or_an_array_in_any_container(string json)
    {
        Assert.Equal(["Jane Doe"], Parse(JsonLd(json)).Authors);
    }

    [Fact]
    public void Authors_come_from_rel_author_and_byline_elements()
    {
        Assert.Equal(["Jane Doe"], Parse(string.Empty, """<a rel="author" href="/staff/jd">Jane Doe</a>""").Authors);
        Assert.Equal(["Jane Doe", "John Roe"], Parse(string.Empty, """<span class="byline">By Jane Doe and John Roe</span>""").Authors);
    }

    [Fact]
    public void Author_that_is_only_the_publisher_is_not_a_person()
    {
        var head = """<meta property="og:site_name" content="Daily Example"><meta name="author" content="Daily Example">""";
        Assert.Empty(Parse(head).Authors);
    }

    [Theory]
    [InlineData("""<meta property="article:published_time" content="2024-05-01T08:30:00+02:00">""")]
    [InlineData("""<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2024-05-01T08:30:00+02:00"}</script>""")]
    [InlineData("""<meta name="date" content="2024-05-01T08:30:00+02:00">""")]
    [InlineData("""<meta name="pubdate" content="2024-05-01T08:30:00+02:00">""")]
    [InlineData("""<meta name="DC.date.issued" content="2024-05-01T08:30:00+02:00">""")]
    public void Published_date_comes_from_meta_tags_and_json_ld(string head)
    {
        Assert.Equal(new DateTimeOffset(2024, 5, 1, 8, 30, 0, TimeSpan.FromHours(2)), Parse(head).PublishedAt);
    }

    [Fact]
    public void Published_date_comes_from_a_time_element()
    {
        var document = Parse(string.Empty, """<p>Posted <time datetime="2024-05-01T06:30:00Z">May 1</time></p>""");
        Assert.Equal(new DateTimeOffset(2024, 5, 1, 6, 30, 0, TimeSpan.Zero), document.PublishedAt);
    }

    [Fact]
    public void Article_published_time_wins_over_json_ld()
    {
        var head = """<meta property="article:published_time" content="2024-05-01"><script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2023-01-01"}</script>""";
        Assert.Equal(2024, Parse(head).PublishedAt?.Year);
    }

    [Fact]
    public void Source_comes_from_og_site_name_then_json_ld_publisher_then_the_url()
    {
        Assert.Equal("Daily Example", Parse("""<meta property="og:site_name" content=" Daily  Example ">""").Source);
        Assert.Equal("Example Media", Parse(JsonLd("""{"@type":"NewsArticle","publisher":{"@type":"Organization","name":"Example Media"}}""")).Source);
        Assert.Equal("news.example.com", Parse(string.Empty).Source);
        Assert.Null(Parse(string.Empty, url: null).Source);
    }

    [Fact]
    public void Url_comes_from_the_canonical_link_then_og_url_then_the_argument()
    {
        Assert.Equal("https://news.example.com/council-bikes", Parse("""<link rel="canonical" href="https://news.example.com/council-bikes">""").Url);
        Assert.Equal("https://www.news.example.com/c/42", Parse("""<link rel="canonical" href="/c/42">""").Url);
        Assert.Equal("https://news.example.com/og", Parse("""<meta property="og:url" content="https://news.example.com/og">""").Url);
        Assert.Equal(PageUrl, Parse(string.Empty).Url);
    }

    [Theory]
    [InlineData("<html lang=\"de-DE\">", "de")]
    [InlineData("<html lang=\"EN\">", "en")]
    [InlineData("<html><head><meta http-equiv=\"content-language\" content=\"fr\"></head>", "fr")]
    [InlineData("<html lang=\"x-klingon\">", null)]
    [InlineData("<html>", null)]
    public void Language_comes_from_html_lang_or_content_language(string opening, string? expected)
    {
        var html = $"{opening}<body><p>{HtmlPages.FirstParagraph}</p><p>{HtmlPages.SecondParagraph}</p></body></html>";
        Assert.Equal(expected, HtmlArticleParser.Parse(html, null).Language);
    }

    [Theory]
    [InlineData("""{"@type":"NewsArticle","headline":"Broken""")]
    [InlineData("""not json at all""")]
    [InlineData("""[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]""")]
    [InlineData("""{"@type":"Recipe","name":"Not an article"}""")]
    public void Malformed_or_foreign_json_ld_is_ignored(string json)
    {
        var document = Parse(JsonLd(json) + """<meta name="author" content="Jane Doe">""");
        Assert.Equal("Council expands the bicycle network", document.Title);
        Assert.Equal(["Jane Doe"], document.Authors);
    }
}
