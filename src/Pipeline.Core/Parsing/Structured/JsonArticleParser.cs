namespace Pipeline.Core.Parsing.Structured;

/// <summary>Reads articles from Json. Placeholder until the parser lands.</summary>
internal static class JsonArticleParser
{
    public static IReadOnlyList<ParsedEntry> Parse(string text, ParseLimits limits) =>
        throw new ArticleFormatException(ArticleErrorCode.UnsupportedFormat, "Json input is not supported yet");
}
