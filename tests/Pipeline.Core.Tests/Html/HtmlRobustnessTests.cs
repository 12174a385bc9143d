using CsCheck;
using Pipeline.Core.Parsing.Html;

namespace Pipeline.Core.Tests.Html;

public sealed class HtmlRobustnessTests
{
    // Fragments that exercise the cleaner, the scorers, the metadata reader and the nesting cap in any order,
    // including broken ones (unclosed comments, stray brackets, JSON-LD cut short).
    private static readonly Gen<string> Markup = Gen.OneOf(
        "<div>", "</div>", "<p>", "</p>", "<span class='share'>", "<article>", "</article>", "<main>", "<nav>", "<footer>",
        "<header>", "<aside>", "<ul><li><a href='/x'>link</a>", "</li></ul>", "<h1>", "</h1>", "<table><tr><td>", "<form>",
        "<script>", "</script>", "<style>", "<!--", "-->", "<", ">", "&amp;", "&#x1F600;", "<br>", "<time datetime='2020-01-01'>",
        "<div class='entry-content'>", "<div id='comments'>", "<body>", "<html lang='de'>", "<title>", "</title>",
        "<meta property='og:title' content='T'>", "<meta name='author' content='A B'>", "<link rel='canonical' href='/c'>",
        "<script type='application/ld+json'>{\"@type\":\"NewsArticle\",\"author\":[", "]}</script>",
        "Words of running text, with commas, in a sentence. ", "Kurzer Text. ", "\u00a0", " ");

    private static readonly Gen<string> Pages = Markup.Array[0, 300].Select(parts => string.Concat(parts));

    [Fact]
    public void Any_markup_yields_an_article_or_NoArticleText_and_never_another_exception()
    {
        Pages.Sample(html =>
        {
            try
            {
                var document = HtmlArticleParser.Parse(html, "https://example.com/a");
                return document.Body.Trim().Length > 0 && !document.Body.Contains("\n\n\n", StringComparison.Ordinal);
            }
            catch (ArticleFormatException error)
            {
                return error.Code == ArticleErrorCode.NoArticleText;
            }
        }, iter: 2_000);
    }
}
