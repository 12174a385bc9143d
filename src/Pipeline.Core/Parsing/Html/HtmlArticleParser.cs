using AngleSharp.Html.Parser;
using Pipeline.Core.Model;

namespace Pipeline.Core.Parsing.Html;

/// <summary>Extracts the main article and its metadata from an HTML page.</summary>
internal static class HtmlArticleParser
{
    private static readonly HtmlParser Parser = new(new HtmlParserOptions { IsScripting = false });

    /// <exception cref="ArticleFormatException">The page holds no article text.</exception>
    public static ArticleDocument Parse(string html, string? url)
    {
        ArgumentNullException.ThrowIfNull(html);
        using var document = Parser.ParseDocument(html);
        var body = MainContentExtractor.Extract(document);
        if (string.IsNullOrWhiteSpace(body))
        {
            throw new ArticleFormatException(ArticleErrorCode.NoArticleText, "page has no article text after boilerplate removal");
        }

        var firstBreak = body.IndexOf('\n', StringComparison.Ordinal);
        return new ArticleDocument(firstBreak > 0 ? body[..firstBreak] : body, body) { Url = url };
    }
}
