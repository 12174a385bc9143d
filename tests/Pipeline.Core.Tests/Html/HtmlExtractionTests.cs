using System.Text;
using Pipeline.Core.Parsing.Html;

namespace Pipeline.Core.Tests.Html;

public sealed class HtmlExtractionTests
{
    [Fact]
    public void Article_paragraphs_are_kept_and_separated_by_a_blank_line()
    {
        var body = HtmlArticleParser.Parse(HtmlPages.Article(), "https://news.example.com/a").Body;

        Assert.Contains(
            string.Join("\n\n", HtmlPages.FirstParagraph, HtmlPages.SecondParagraph, HtmlPages.ThirdParagraph),
            body,
            StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("SCRIPT-LEAK")]
    [InlineData("STYLE-LEAK")]
    [InlineData("COMMENT-LEAK")]
    [InlineData("TEMPLATE-LEAK")]
    [InlineData("NOSCRIPT-LEAK")]
    [InlineData("TITLE-LEAK")]
    [InlineData("color: red")]
    public void Scripts_styles_comments_and_templates_never_reach_the_body(string leak)
    {
        var body = HtmlArticleParser.Parse(HtmlPages.Article(), null).Body;
        Assert.DoesNotContain(leak, body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Politics")]
    [InlineData("Share on Facebook")]
    [InlineData("cookies")]
    [InlineData("Bridge repairs delayed")]
    [InlineData("Local bakery")]
    [InlineData("Great news, finally")]
    [InlineData("Copyright Daily Example")]
    public void Navigation_share_bars_related_links_sidebars_comments_and_footers_are_removed(string furniture)
    {
        var body = HtmlArticleParser.Parse(HtmlPages.Article(), null).Body;
        Assert.DoesNotContain(furniture, body, StringComparison.Ordinal);
    }

    [Fact]
    public void A_page_without_article_or_main_still_yields_its_text_block()
    {
        var html = $"""
            <div id="top"><a href="/">Home</a> <a href="/news">News</a> <a href="/contact">Contact</a></div>
            <div class="wrapper"><div class="text">
              <p>{HtmlPages.FirstParagraph}</p><p>{HtmlPages.SecondParagraph}</p><p>{HtmlPages.ThirdParagraph}</p>
            </div></div>
            <div class="footer">Imprint and privacy</div>
            """;

        var body = HtmlArticleParser.Parse(html, null).Body;

        Assert.StartsWith(HtmlPages.FirstParagraph, body, StringComparison.Ordinal);
        Assert.EndsWith(HtmlPages.ThirdParagraph, body, StringComparison.Ordinal);
    }

    [Fact]
    public void Unclosed_tags_and_a_missing_body_are_tolerated()
    {
        var html = $"<title>T</title><p>{HtmlPages.FirstParagraph}<p>{HtmlPages.SecondParagraph}<div><b>{HtmlPages.ThirdParagraph}";

        var body = HtmlArticleParser.Parse(html, null).Body;

        Assert.Contains(HtmlPages.FirstParagraph, body, StringComparison.Ordinal);
        Assert.Contains(HtmlPages.ThirdParagraph, body, StringComparison.Ordinal);
    }

    [Fact]
    public void Hundred_thousand_nested_elements_neither_overflow_the_stack_nor_throw()
    {
        const int depth = 100_000;
        var html = new StringBuilder();
        html.Append("<html><body>");
        html.Insert(html.Length, "<div>", depth);
        html.Append("<p>").Append(HtmlPages.FirstParagraph).Append("</p>");
        html.Insert(html.Length, "</div>", depth);
        html.Append("</body></html>");

        var document = HtmlArticleParser.Parse(html.ToString(), null);

        Assert.Contains(HtmlPages.FirstParagraph, document.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void Hundred_thousand_unclosed_inline_elements_are_handled()
    {
        var html = new StringBuilder("<p>").Append(HtmlPages.FirstParagraph);
        html.Insert(html.Length, "<span><b>x", 50_000);

        var document = HtmlArticleParser.Parse(html.ToString(), null);

        Assert.Contains(HtmlPages.FirstParagraph, document.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void Hundred_thousand_sibling_paragraphs_are_all_kept()
    {
        // AngleSharp's sibling navigation searches the parent's child list: walking siblings would be quadratic here.
        const int count = 100_000;
        var html = new StringBuilder("<html><body><div class='entry-content'>");
        for (var i = 0; i < count; i++)
        {
            html.Append("<p>Paragraph ").Append(i).Append(", with a comma and a full stop.</p>");
        }

        var body = HtmlArticleParser.Parse(html.Append("</div></body></html>").ToString(), null).Body;

        Assert.Equal(count, body.Split("\n\n").Length);
        Assert.EndsWith("Paragraph 99999, with a comma and a full stop.", body, StringComparison.Ordinal);
    }

    [Fact]
    public void A_megabyte_attribute_is_handled()
    {
        var huge = new string('a', 1 << 20);
        var html = $"""<div class="{huge}" id="{huge}" style="{huge}"><p title="{huge}">{HtmlPages.FirstParagraph}</p></div>""";

        var document = HtmlArticleParser.Parse(html, null);

        Assert.Contains(HtmlPages.FirstParagraph, document.Body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("<html><head><title>Empty</title></head><body></body></html>")]
    [InlineData("<html><body><script>document.write('x')</script><style>p{}</style><!-- nothing --></body></html>")]
    [InlineData("<nav><a href='/'>Home</a></nav><footer>Imprint</footer>")]
    public void A_page_without_text_is_NoArticleText(string html)
    {
        var error = Assert.Throws<ArticleFormatException>(() => HtmlArticleParser.Parse(html, null));
        Assert.Equal(ArticleErrorCode.NoArticleText, error.Code);
        Assert.Equal(char.ToLowerInvariant(error.Message[0]), error.Message[0]);
    }

    [Fact]
    public void Content_inside_a_block_named_like_furniture_survives_when_it_is_the_page_text()
    {
        var html = $"""
            <body><div class="page sidebar-layout td-pb-border-top">
              <p>{HtmlPages.FirstParagraph}</p><p>{HtmlPages.SecondParagraph}</p><p>{HtmlPages.ThirdParagraph}</p>
            </div></body>
            """;

        var body = HtmlArticleParser.Parse(html, null).Body;

        Assert.Contains(HtmlPages.SecondParagraph, body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<p>Foto: Jane Doe / Example Agency</p>", "Jane Doe")]
    [InlineData("<p>© 2024 Daily Example Media</p>", "Daily Example Media")]
    [InlineData("<p>23.10.2018, 08:30 Uhr</p>", "23.10.2018")]
    public void Photo_credits_copyright_lines_and_date_stamps_are_dropped(string line, string residue)
    {
        var body = HtmlArticleParser.Parse(HtmlPages.Article(articleExtras: line), null).Body;

        Assert.DoesNotContain(residue, body, StringComparison.Ordinal);
        Assert.Contains(HtmlPages.ThirdParagraph, body, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_more_lines_and_trailing_headings_are_dropped()
    {
        const string extras = """
            <p><strong>Read more:</strong> <a href="/c">City budget passes after a long night of debate in the chamber</a></p>
            <h3>You might also like</h3>
            """;

        var body = HtmlArticleParser.Parse(HtmlPages.Article(articleExtras: extras), null).Body;

        Assert.DoesNotContain("City budget passes", body, StringComparison.Ordinal);
        Assert.DoesNotContain("You might also like", body, StringComparison.Ordinal);
        Assert.EndsWith(HtmlPages.ThirdParagraph, body, StringComparison.Ordinal);
    }
}
