using AngleSharp.Dom;

namespace Pipeline.Core.Parsing.Html;

/// <summary>
/// The raw metadata a page carries, collected in one walk of the whole document before any cleaning: meta tags,
/// canonical link, JSON-LD scripts, the title, the first headline, the first <c>&lt;time datetime&gt;</c> and
/// byline elements.
/// </summary>
internal sealed class PageSignals
{
    private const int MaxBylineChars = 200;
    private const int MaxScripts = 16;
    private const int MaxBylines = 8;

    private readonly Dictionary<string, string> _meta = new(StringComparer.OrdinalIgnoreCase);

    public List<string> JsonLdScripts { get; } = [];

    public List<string> Bylines { get; } = [];

    public string? TitleElement { get; private set; }

    public string? ArticleHeadline { get; private set; }

    public string? FirstHeadline { get; private set; }

    public string? TimeDateTime { get; private set; }

    public string? CanonicalUrl { get; private set; }

    public string? HtmlLanguage { get; private set; }

    /// <summary>The content of the first meta tag whose name, property, itemprop or http-equiv is <paramref name="key"/>.</summary>
    public string? Meta(string key) => _meta.GetValueOrDefault(key);

    public static PageSignals Collect(IDocument document)
    {
        var signals = new PageSignals { HtmlLanguage = document.DocumentElement?.GetAttribute("lang") };
        var stack = new Stack<(IElement Element, bool InArticle)>();
        if (document.DocumentElement is { } html)
        {
            stack.Push((html, false));
        }

        while (stack.Count > 0)
        {
            var (element, inArticle) = stack.Pop();
            signals.Take(element, inArticle);
            var childInArticle = inArticle || element.LocalName == "article";
            var children = element.ChildNodes;
            for (var i = children.Length - 1; i >= 0; i--)
            {
                if (children[i] is IElement child)
                {
                    stack.Push((child, childInArticle));
                }
            }
        }

        return signals;
    }

    private void Take(IElement element, bool inArticle)
    {
        switch (element.LocalName)
        {
            case "meta":
                TakeMeta(element);
                return;
            case "link":
                if (IsRel(element, "canonical"))
                {
                    CanonicalUrl ??= Blank(element.GetAttribute("href"));
                }

                return;
            case "script":
                if (JsonLdScripts.Count < MaxScripts
                    && string.Equals(element.GetAttribute("type")?.Trim(), "application/ld+json", StringComparison.OrdinalIgnoreCase))
                {
                    JsonLdScripts.Add(element.TextContent);
                }

                return;
            case "title":
                TitleElement ??= Blank(element.TextContent);
                return;
            case "h1":
                if (FirstHeadline is null || (inArticle && ArticleHeadline is null))
                {
                    var headline = Blank(HtmlText.Render(element));
                    FirstHeadline ??= headline;
                    ArticleHeadline ??= inArticle ? headline : null;
                }

                return;
            case "time":
                TimeDateTime ??= Blank(element.GetAttribute("datetime"));
                break;
            default:
                break;
        }

        if (Bylines.Count < MaxBylines && IsByline(element))
        {
            var text = HtmlText.Render(element);
            if (text.Length is > 0 and <= MaxBylineChars)
            {
                Bylines.Add(text);
            }
        }
    }

    private void TakeMeta(IElement element)
    {
        var content = Blank(element.GetAttribute("content"));
        if (content is null)
        {
            return;
        }

        foreach (var attribute in (ReadOnlySpan<string>)["property", "name", "itemprop", "http-equiv"])
        {
            if (Blank(element.GetAttribute(attribute)) is { } key)
            {
                _meta.TryAdd(key, content);
            }
        }
    }

    private static bool IsByline(IElement element)
    {
        if (element.LocalName == "a" && IsRel(element, "author"))
        {
            return true;
        }

        if (string.Equals(element.GetAttribute("itemprop"), "author", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        if (!MentionsAuthor(element.GetAttribute("class")) && !MentionsAuthor(element.GetAttribute("id")))
        {
            return false;
        }

        var names = ElementNames.ClassAndId(element);
        return ElementNames.HasToken(names, "byline") || ElementNames.HasToken(names, "author");
    }

    private static bool MentionsAuthor(string? value) =>
        value is not null && (ElementNames.Bounded(value).Contains("author", StringComparison.OrdinalIgnoreCase)
            || ElementNames.Bounded(value).Contains("byline", StringComparison.OrdinalIgnoreCase));

    private static bool IsRel(IElement element, string value)
    {
        var rel = element.GetAttribute("rel");
        if (string.IsNullOrEmpty(rel))
        {
            return false;
        }

        foreach (var range in rel.AsSpan().Split(' '))
        {
            if (rel.AsSpan()[range].Equals(value, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
