using Pipeline.Core.Parsing.Metadata;
using Pipeline.Core.Parsing.Structured;

namespace Pipeline.Core.Parsing.Feeds;

/// <summary>
/// What one RSS item or Atom entry said, gathered while reading; it becomes an entry only once the whole feed is
/// read, because the channel's title and language may come after the items.
/// </summary>
internal sealed class FeedItem(int index, int line)
{
    public int Index => index;

    public int Line => line;

    /// <summary>The full text (content:encoded, Atom content), already rendered to paragraphs.</summary>
    public string? Content { get; set; }

    /// <summary>The short text (RSS description, Atom summary), already rendered to paragraphs.</summary>
    public string? Summary { get; set; }

    public string? Title { get; set; }

    public string? Link { get; set; }

    public string? Guid { get; set; }

    public string? Published { get; set; }

    public string? Updated { get; set; }

    public List<string> Bylines { get; } = [];

    public string? Source { get; set; }

    public string? Language { get; set; }

    public ParsedEntry ToEntry(FeedChannel channel, string missingText)
    {
        var body = NonBlank(Content) ?? NonBlank(Summary);
        if (body is null)
        {
            return ParsedEntry.Failed(index, ArticleErrorCode.NoArticleText, $"the item at line {line} has no article text ({missingText})");
        }

        var url = ArticleFields.AbsoluteUrl(Link) ?? ArticleFields.AbsoluteUrl(Guid);
        var source = SourceNames.Clean(Source) ?? SourceNames.Clean(channel.Title) ?? SourceNames.FromUrl(url) ?? SourceNames.FromUrl(channel.Link);
        var authors = new List<string>();
        // Atom: an entry without authors has the feed's.
        foreach (var byline in Bylines.Count > 0 ? Bylines : channel.Bylines)
        {
            ArticleFields.AddAuthors(authors, byline, source);
        }

        return ParsedEntry.Ok(index, new ArticleFields(body)
        {
            Title = NonBlank(Title),
            Url = url,
            PublishedAt = PublishedDates.Parse(Published) ?? PublishedDates.Parse(Updated),
            Authors = authors,
            Source = source,
            Language = LanguageTags.ToIso6391(Language) ?? LanguageTags.ToIso6391(channel.Language),
        }.ToDocument());
    }

    private static string? NonBlank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text;
}

/// <summary>What the channel (RSS) or feed (Atom) says about all its items.</summary>
internal sealed class FeedChannel
{
    public string? Title { get; set; }

    public string? Link { get; set; }

    public string? Language { get; set; }

    public List<string> Bylines { get; } = [];
}
