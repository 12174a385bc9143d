using Markdig;
using Pipeline.Core.Model;
using Pipeline.Core.Parsing.Metadata;
using Pipeline.Core.Parsing.Structured;

namespace Pipeline.Core.Parsing.Markdown;

/// <summary>
/// Reads a Markdown article with optional YAML front matter. The title is the front matter's, else the first
/// level-1 heading, else a heading that opens the document (either is then removed from the body), else the start
/// of the first sentence.
/// </summary>
internal static class MarkdownArticleParser
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().Build();

    /// <exception cref="ArticleFormatException">No text is left, or the Markdown nests deeper than Markdig allows.</exception>
    public static ArticleDocument Parse(string markdown)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        var (matter, bodyStart) = FrontMatter.Split(markdown);
        var collected = new MarkdownBody(matter?.Scalar("title", "headline") is { } given ? FieldText.Line(given) : null);
        var renderer = new MarkdownText();
        foreach (var chunk in MarkdownChunks.Split(markdown[bodyStart..]))
        {
            foreach (var (text, headingLevel) in renderer.Blocks(ParseMarkdown(chunk)))
            {
                collected.Add(text, headingLevel);
            }
        }

        var (title, body) = collected.Finish();
        if (body.Length == 0)
        {
            throw new ArticleFormatException(ArticleErrorCode.NoArticleText, ArticleErrors.NoArticleText);
        }

        return matter is null ? new ArticleFields(body) { Title = title }.ToDocument() : WithFrontMatter(matter, body, title);
    }

    private static Markdig.Syntax.MarkdownDocument ParseMarkdown(string markdown)
    {
        try
        {
            return Markdig.Markdown.Parse(markdown, Pipeline);
        }
        catch (ArgumentException exception)
        {
            // Markdig refuses nesting it cannot handle safely (thousands of "> " or "[") with an ArgumentException.
            throw new ArticleFormatException(ArticleErrorCode.TooLarge, "file nests Markdown blocks or links deeper than can be read", exception);
        }
    }

    private static ArticleDocument WithFrontMatter(FrontMatter matter, string body, string? title)
    {
        var url = ArticleFields.AbsoluteUrl(matter.Scalar("url", "link", "canonical_url", "canonicalURL", "canonical", "permalink"));
        var source = SourceNames.Clean(matter.Scalar("source", "publisher", "site", "site_name", "source.name", "publisher.name"))
            ?? SourceNames.FromUrl(url);
        var authors = new List<string>();
        foreach (var byline in matter.List("authors", "author", "byline", "creator", "author.name"))
        {
            ArticleFields.AddAuthors(authors, byline, source);
        }

        return new ArticleFields(body)
        {
            Title = title,
            Url = url,
            PublishedAt = PublishedDates.Parse(matter.Scalar("date", "published", "publishDate", "published_at", "pubDate", "datePublished", "created")),
            Authors = authors,
            Source = source,
            Language = LanguageTags.ToIso6391(matter.Scalar("lang", "language", "locale", "inLanguage")),
        }.ToDocument();
    }
}
