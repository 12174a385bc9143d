using Pipeline.Core.Model;
using Pipeline.Core.Parsing.Metadata;

namespace Pipeline.Core.Parsing.Structured;

/// <summary>
/// The fields a structured input (JSON object, feed item, front matter) gave for one article, before they become
/// an <see cref="ArticleDocument"/>. Only <see cref="Body"/> is required; a missing title is taken from the body.
/// </summary>
internal sealed record ArticleFields(string Body)
{
    public string? Title { get; init; }

    public string? Url { get; init; }

    public DateTimeOffset? PublishedAt { get; init; }

    public IReadOnlyList<string> Authors { get; init; } = [];

    public string? Source { get; init; }

    public string? Language { get; init; }

    public ArticleDocument ToDocument()
    {
        var title = string.IsNullOrWhiteSpace(Title) ? TitleFromBody(Body) : Title;
        return new ArticleDocument(title, Body)
        {
            Url = Url,
            PublishedAt = PublishedAt,
            Authors = Authors,
            Source = Source,
            Language = Language,
        };
    }

    /// <summary>The URL when it is absolute http(s); a relative or other-scheme link names no article page.</summary>
    public static string? AbsoluteUrl(string? value)
    {
        var text = value?.Trim();
        return Uri.TryCreate(text, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
            ? text
            : null;
    }

    /// <summary>Adds the names in <paramref name="byline"/> that <paramref name="authors"/> does not hold yet.</summary>
    public static void AddAuthors(List<string> authors, string? byline, string? source)
    {
        foreach (var name in Bylines.Split(byline, source))
        {
            if (!authors.Contains(name, StringComparer.OrdinalIgnoreCase))
            {
                authors.Add(name);
            }
        }
    }

    private static string TitleFromBody(string body)
    {
        var end = body.IndexOf('\n', StringComparison.Ordinal);
        return TitleSelector.FromFirstSentence(end < 0 ? body : body.AsSpan(0, end));
    }
}
