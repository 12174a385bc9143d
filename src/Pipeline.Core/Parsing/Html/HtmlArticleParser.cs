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
        using var document = Parser.ParseDocument(NestingLimiter.Limit(html));

        // Metadata reads the whole page, header, time stamps and bylines included, which extraction treats as boilerplate.
        var metadata = HtmlMetadata.From(PageSignals.Collect(document), url);
        var body = MainContentExtractor.Extract(document);
        if (string.IsNullOrWhiteSpace(body))
        {
            throw new ArticleFormatException(ArticleErrorCode.NoArticleText, "page has no article text after boilerplate removal");
        }

        return new ArticleDocument(metadata.Title ?? FirstLine(body), body)
        {
            Source = metadata.Source,
            Url = metadata.Url,
            PublishedAt = metadata.PublishedAt,
            Authors = metadata.Authors,
            Language = metadata.Language,
        };
    }

    private static string FirstLine(string body)
    {
        var end = body.IndexOf('\n', StringComparison.Ordinal);
        return end > 0 ? body[..end] : body;
    }
}
