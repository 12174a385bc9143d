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
        var blocks = MarkdownText.Blocks(ParseMarkdown(markdown[bodyStart..]));

        var title = matter?.Scalar("title", "headline") is { } given ? FieldText.Line(given) : null;
        var titleBlock = TitleBlock(blocks, title);
        if (titleBlock >= 0)
        {
            title ??= blocks[titleBlock].Text.Replace('\n', ' ');
            blocks.RemoveAt(titleBlock);
        }

        if (blocks.Count == 0)
        {
            throw new ArticleFormatException(ArticleErrorCode.NoArticleText, ArticleErrors.NoArticleText);
        }

        var body = string.Join("\n\n", blocks.Select(block => block.Text));
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

    // The block that is the title: a front-matter title repeated as the opening heading, else the first "# heading",
    // else an opening heading of any level. -1 when there is none.
    private static int TitleBlock(List<(string Text, int HeadingLevel)> blocks, string? title)
    {
        if (blocks.Count == 0)
        {
            return -1;
        }

        if (title is not null)
        {
            return blocks[0].HeadingLevel > 0 && string.Equals(FieldText.Line(blocks[0].Text), title, StringComparison.OrdinalIgnoreCase) ? 0 : -1;
        }

        var first = blocks.FindIndex(block => block.HeadingLevel == 1);
        return first >= 0 ? first : blocks[0].HeadingLevel > 0 ? 0 : -1;
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
