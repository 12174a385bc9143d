using System.Buffers;

namespace Pipeline.Core.Parsing.Html;

/// <summary>
/// What an element's class and id say about it. The word lists follow trafilatura's discard expressions and
/// Readability's candidate patterns, adjusted on the evaluation set (docs/quality.md).
/// </summary>
internal static class BoilerplatePatterns
{
    // Page furniture wherever the fragment appears in a class or id ("social-links", "relatedPosts").
    private static readonly string[] FurnitureFragments =
    [
        "footer", "related", "viral", "share", "sharing", "social", "sociable", "syndication", "newsletter", "subnav",
        "cookie", "sidebar", "banner", "menu", "navigation", "navbar", "navbox", "breadcrumb", "bread-crumb", "byline",
        "attachment", "timestamp", "user-info", "user-profile", "-ad-", "outbrain", "taboola", "criteo", "consent",
        "modal", "paywall", "next-post", "prev-post", "side-stories", "most-popular", "mostread", "most-read",
        "sponsor", "skyscraper", "pagination", "popup", "masthead", "toolbar", "tagcloud", "disqus", "signup",
        "subscribe", "newsticker", "advert", "teaser-list", "recommend", "empfehlung", "skiplink", "skip-link",
        "jump-link", "author-bio", "authorbox", "author-box", "about-author", "postmeta", "post-meta", "entry-meta",
        "article-meta", "meta-info", "metadata", "dateline", "copyright", "shariff", "slider", "carousel", "lightbox",
        "overlay", "bottom-bar", "topbar", "top-bar", "flyout", "dropdown", "offcanvas", "off-canvas", "infobox",
        "linklist", "link-list", "schlagwort", "caption", "credit", "bildunterschrift",
    ];

    // Short words that only count as whole words, between non-letters ("nav" must not match "canvas").
    private static readonly string[] FurnitureTokens =
    [
        "nav", "pager", "login", "logo", "tag", "tags", "categories", "keywords", "search", "rating", "werbung",
        "anzeige", "meta", "author", "extra", "aside", "promo",
    ];

    // Starts of a single class or id value: "widget-area", "ad-slot", but not "elementor-widget" or "Section--Ads".
    private static readonly string[] FurniturePrefixes = ["widget", "ad-", "ads-", "ad_", "ads_", "adv-", "adslot"];

    // Whole class or id values.
    private static readonly string[] FurnitureValues = ["ad", "ads", "advertisement", "adsbygoogle"];

    // Words that mark the content container; Readability's "maybe candidate" and positive classes.
    private static readonly string[] ContentFragments =
    [
        "article", "body", "content", "entry", "main", "post", "story", "text", "blog", "column",
    ];

    private static readonly string[] CommentFragments = ["disqus", "kommentar"];

    private static readonly string[] NegativeFragments =
    [
        "hidden", "banner", "combx", "comment", "com-", "contact", "footer", "gdpr", "masthead", "media", "meta",
        "outbrain", "promo", "related", "scroll", "share", "shoutbox", "sidebar", "skyscraper", "sponsor", "shopping",
        "tags", "widget", "teaser", "social", "nav", "menu",
    ];

    private static readonly string[] PositiveFragments =
    [
        "article", "body", "content", "entry", "hentry", "h-entry", "main", "page", "post", "text", "blog", "story",
        "artikel", "inhalt",
    ];

    private static readonly SearchValues<string> FurnitureSearch = SearchValues.Create(FurnitureFragments, StringComparison.Ordinal);
    private static readonly SearchValues<string> ContentSearch = SearchValues.Create(ContentFragments, StringComparison.Ordinal);
    private static readonly SearchValues<string> CommentSearch = SearchValues.Create(CommentFragments, StringComparison.Ordinal);
    private static readonly SearchValues<string> NegativeSearch = SearchValues.Create(NegativeFragments, StringComparison.Ordinal);
    private static readonly SearchValues<string> PositiveSearch = SearchValues.Create(PositiveFragments, StringComparison.Ordinal);

    public static bool IsFurniture(string names)
    {
        if (names.Length == 0)
        {
            return false;
        }

        if (IsComments(names))
        {
            return true;
        }

        if (names.AsSpan().ContainsAny(FurnitureSearch))
        {
            return true;
        }

        foreach (var token in FurnitureTokens)
        {
            if (ElementNames.HasToken(names, token))
            {
                return true;
            }
        }

        foreach (var value in names.AsSpan().Split(' '))
        {
            var word = names.AsSpan()[value];
            foreach (var prefix in FurniturePrefixes)
            {
                if (word.StartsWith(prefix, StringComparison.Ordinal))
                {
                    return true;
                }
            }

            foreach (var whole in FurnitureValues)
            {
                if (word.SequenceEqual(whole))
                {
                    return true;
                }
            }
        }

        return false;
    }

    public static bool MayBeContent(string names) => names.AsSpan().ContainsAny(ContentSearch);

    public static bool IsComments(string names) => names.AsSpan().ContainsAny(CommentSearch) || MentionsComments(names)
        || ElementNames.HasToken(names, "respond") || ElementNames.HasToken(names, "reply") || ElementNames.HasToken(names, "replies");

    // "comment", "comments", "commentlist", but not "commentary", which is an opinion piece.
    private static bool MentionsComments(string names)
    {
        var at = names.IndexOf("comment", StringComparison.Ordinal);
        while (at >= 0)
        {
            if (!names.AsSpan(at + "comment".Length).StartsWith("ary", StringComparison.Ordinal))
            {
                return true;
            }

            at = names.IndexOf("comment", at + 1, StringComparison.Ordinal);
        }

        return false;
    }

    /// <summary>Readability's class weight: −25 for a negative word, +25 for a positive one (both may apply).</summary>
    public static int ClassWeight(string names)
    {
        if (names.Length == 0)
        {
            return 0;
        }

        var weight = 0;
        if (names.AsSpan().ContainsAny(NegativeSearch))
        {
            weight -= 25;
        }

        if (names.AsSpan().ContainsAny(PositiveSearch))
        {
            weight += 25;
        }

        return weight;
    }
}
