using Pipeline.Core.Model;

namespace Pipeline.Core.Parsing.Html;

/// <summary>Extracts the main article and its metadata from an HTML page. Placeholder until the extractor lands.</summary>
internal static class HtmlArticleParser
{
    /// <exception cref="ArticleFormatException">The page holds no article text.</exception>
    public static ArticleDocument Parse(string html, string? url)
    {
        var text = HtmlText.ToPlainText(html);
        var firstBreak = text.IndexOf('\n', StringComparison.Ordinal);
        return string.IsNullOrWhiteSpace(text)
            ? throw new ArticleFormatException(ArticleErrorCode.NoArticleText, "page has no article text")
            : new ArticleDocument(firstBreak > 0 ? text[..firstBreak] : text, text) { Url = url };
    }
}
