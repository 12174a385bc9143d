namespace Pipeline.Core.Parsing.Structured;

/// <summary>Reads articles from JsonLines. Placeholder until the parser lands.</summary>
internal static class JsonLinesArticleParser
{
    public static IReadOnlyList<ParsedEntry> Parse(string text, ParseLimits limits) =>
        throw new ArticleFormatException(ArticleErrorCode.UnsupportedFormat, "JsonLines input is not supported yet");
}
