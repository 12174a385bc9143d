using Pipeline.Core;
using Pipeline.Core.Parsing.Html;
using SmartReader;

namespace Pipeline.Quality;

/// <summary>Something that turns a page into the text it considers the article.</summary>
internal interface IPageExtractor
{
    string Name { get; }

    string Extract(string html, string url);
}

/// <summary>The product's extractor.</summary>
internal sealed class PipelineExtractor : IPageExtractor
{
    public string Name => "Pipeline (HtmlArticleParser)";

    public string Extract(string html, string url)
    {
        try
        {
            return HtmlArticleParser.Parse(html, url).Body;
        }
        catch (ArticleFormatException)
        {
            return string.Empty;
        }
    }
}

/// <summary>Baseline: SmartReader 0.11.1, a port of Mozilla's Readability.</summary>
internal sealed class SmartReaderExtractor : IPageExtractor
{
    public string Name => "SmartReader 0.11.1";

    public string Extract(string html, string url)
    {
        // Two strings bind to (uri, text): the page is given, nothing is fetched. ParseArticle(url, html) would fetch.
        var text = Run(url, html);
        if (text.Length == 0 && Uri.TryCreate(url, UriKind.Absolute, out var uri))
        {
            // A path that looks like a date makes SmartReader fail inside and return an empty article.
            text = Run(uri.GetLeftPart(UriPartial.Authority), html);
        }

        return text;
    }

    private static string Run(string url, string html)
    {
        try
        {
            return new Reader(url, html).GetArticle().TextContent ?? string.Empty;
        }
#pragma warning disable CA1031 // A baseline's failure on one page scores as empty output, as the published comparison did.
        catch (Exception)
#pragma warning restore CA1031
        {
            return string.Empty;
        }
    }
}

/// <summary>Baseline: all visible text of the page.</summary>
internal sealed class PageTextExtractor : IPageExtractor
{
    public string Name => "text of the whole page (HtmlText)";

    public string Extract(string html, string url) => HtmlText.ToPlainText(html);
}
