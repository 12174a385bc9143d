using Pipeline.Core.Parsing.Metadata;

namespace Pipeline.Core.Parsing.Html;

/// <summary>
/// An HTML page's article metadata, each field from the most explicit source the page has: Open Graph and article
/// meta tags, schema.org JSON-LD, then the page's own elements, then the URL.
/// </summary>
internal sealed record HtmlMetadata(string? Title, IReadOnlyList<string> Authors, DateTimeOffset? PublishedAt, string? Source, string? Url, string? Language)
{
    private const int MaxTitleSuffixChars = 60;

    private static readonly string[] TitleSeparators = [" | ", " - ", " – ", " — ", " :: ", " · ", " « ", " » "];

    private static readonly string[] DateMetaKeys =
    [
        "article:published_time", "og:published_time", "datePublished", "date", "pubdate", "publishdate", "publish-date",
        "dc.date", "dc.date.issued", "dcterms.date", "dcterms.created", "sailthru.date", "parsely-pub-date", "article.published",
    ];

    public static HtmlMetadata From(PageSignals page, string? url)
    {
        var jsonLd = JsonLdArticle.Read(page.JsonLdScripts);
        var canonical = Absolute(page.CanonicalUrl, url) ?? Absolute(page.Meta("og:url"), url);
        var articleUrl = canonical ?? Blank(url);
        var source = SourceNames.Clean(page.Meta("og:site_name")) ?? SourceNames.Clean(jsonLd?.PublisherName) ?? SourceNames.FromUrl(articleUrl);

        var title = Blank(page.Meta("og:title")) ?? Blank(page.Meta("twitter:title")) ?? Blank(jsonLd?.Headline)
            ?? page.ArticleHeadline ?? WithoutSiteSuffix(page.TitleElement) ?? page.FirstHeadline;

        return new HtmlMetadata(
            title is null ? null : Collapse(title),
            AuthorsOf(page, jsonLd, source),
            PublishedAtOf(page, jsonLd),
            source,
            articleUrl,
            LanguageOf(page));
    }

    private static IReadOnlyList<string> AuthorsOf(PageSignals page, JsonLdArticle? jsonLd, string? source)
    {
        IEnumerable<string?> candidates =
        [
            page.Meta("author"),
            page.Meta("article:author"),
            jsonLd is { AuthorNames.Count: > 0 } ? string.Join(", ", jsonLd.AuthorNames) : null,
            .. page.Bylines,
        ];
        foreach (var candidate in candidates)
        {
            var names = Bylines.Split(candidate, source);
            if (names.Count > 0)
            {
                return names;
            }
        }

        return [];
    }

    private static DateTimeOffset? PublishedAtOf(PageSignals page, JsonLdArticle? jsonLd)
    {
        if (PublishedDates.Parse(page.Meta("article:published_time")) is { } published)
        {
            return published;
        }

        if (jsonLd?.PublishedAt is { } stated)
        {
            return stated;
        }

        if (PublishedDates.Parse(page.TimeDateTime) is { } time)
        {
            return time;
        }

        foreach (var key in DateMetaKeys)
        {
            if (PublishedDates.Parse(page.Meta(key)) is { } date)
            {
                return date;
            }
        }

        return null;
    }

    /// <summary>The two-letter code of <c>&lt;html lang&gt;</c> or a content-language meta tag (<c>en-US</c> → <c>en</c>).</summary>
    private static string? LanguageOf(PageSignals page)
    {
        foreach (var value in (ReadOnlySpan<string?>)[page.HtmlLanguage, page.Meta("content-language"), page.Meta("language"), page.Meta("og:locale")])
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                continue;
            }

            var code = value.AsSpan().Trim();
            var end = code.IndexOfAny('-', '_', ',');
            code = end >= 0 ? code[..end] : code;
            if (code.Length == 2 && char.IsAsciiLetter(code[0]) && char.IsAsciiLetter(code[1]))
            {
                return code.ToString().ToLowerInvariant();
            }
        }

        return null;
    }

    /// <summary>"Headline | Site" → "Headline": the last separated part is dropped when it is short enough to be a name.</summary>
    internal static string? WithoutSiteSuffix(string? title)
    {
        if (Blank(title) is not { } text)
        {
            return null;
        }

        var cut = -1;
        foreach (var separator in TitleSeparators)
        {
            cut = Math.Max(cut, text.LastIndexOf(separator, StringComparison.Ordinal));
        }

        return cut > 0 && text.Length - cut <= MaxTitleSuffixChars ? text[..cut].Trim() : text;
    }

    private static string? Absolute(string? href, string? baseUrl)
    {
        if (Blank(href) is not { } value)
        {
            return null;
        }

        if (Uri.TryCreate(value, UriKind.Absolute, out var absolute) && (absolute.Scheme == Uri.UriSchemeHttp || absolute.Scheme == Uri.UriSchemeHttps))
        {
            return absolute.ToString();
        }

        return Uri.TryCreate(baseUrl, UriKind.Absolute, out var root) && Uri.TryCreate(root, value, out var resolved)
            && (resolved.Scheme == Uri.UriSchemeHttp || resolved.Scheme == Uri.UriSchemeHttps)
            ? resolved.ToString()
            : null;
    }

    private static string Collapse(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
