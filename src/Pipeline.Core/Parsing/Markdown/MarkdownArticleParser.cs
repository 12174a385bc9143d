using Pipeline.Core.Model;

namespace Pipeline.Core.Parsing.Markdown;

/// <summary>Reads a Markdown article with optional YAML front matter. Placeholder until the parser lands.</summary>
internal static class MarkdownArticleParser
{
    public static ArticleDocument Parse(string markdown) =>
        throw new ArticleFormatException(ArticleErrorCode.UnsupportedFormat, "Markdown input is not supported yet");
}
