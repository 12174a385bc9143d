namespace Pipeline.Core.Parsing.Feeds;

/// <summary>Reads the items of an RSS 2.0 or Atom feed as articles. Placeholder until the parser lands.</summary>
internal static class FeedArticleParser
{
    public static IReadOnlyList<ParsedEntry> Parse(string xml, ParseLimits limits) =>
        throw new ArticleFormatException(ArticleErrorCode.UnsupportedFormat, "feeds are not supported yet");
}
