using AngleSharp.Dom;

namespace Pipeline.Core.Parsing.Html;

/// <summary>
/// Finds what is never article text on a parsed page before the content is looked for: invisible elements,
/// navigation, page headers and footers, asides, search and comment forms, figures with short captions, time stamps,
/// landmark roles, and blocks whose class or id names page furniture (share bars, related links, newsletters, cookie
/// notices, comments) unless they hold most of the page's running text. The page is not changed: removing many
/// children one by one costs AngleSharp a search of the parent's list each time, so every later walk skips the set.
/// </summary>
internal static class BoilerplateFinder
{
    // A furniture-named block with this much running text that also carries a content word ("content sidebar-left",
    // "td-post-content td-pb-border-top") is the page's content wrapper, not furniture.
    private const int ProtectedProseChars = 800;
    private const double ContentShare = 0.5;
    private const int LongCaptionChars = 200;
    private const double CommentsAsContentShare = 0.8;

    /// <summary>The outermost boilerplate elements under <paramref name="root"/> (their descendants are not listed).</summary>
    public static HashSet<IElement> Find(IElement root)
    {
        var stats = TextStats.Measure(root);
        var pageProse = stats.Of(root).ProseChars;
        var pageChars = stats.Chars(root);
        var pageText = pageChars - stats.Of(root).LinkChars;
        var boilerplate = new HashSet<IElement>();
        var stack = new Stack<IElement>();
        stack.Push(root);
        while (stack.Count > 0)
        {
            var element = stack.Pop();
            if (element != root && IsBoilerplate(element, stats, pageProse, pageChars, pageText))
            {
                boilerplate.Add(element);
                continue;
            }

            DomChildren.PushElements(stack, element);
        }

        return boilerplate;    }

    /// <summary>Whether one element is boilerplate; internal so that the quality tool can explain a page's losses.</summary>
    internal static bool IsBoilerplate(IElement element, TextStats stats, int pageProse, int pageChars, int pageText)
    {
        if (HtmlText.IsInvisible(element) || IsHiddenByAttribute(element))
        {
            return true;
        }

        switch (element.LocalName)
        {
            case "nav" or "aside" or "footer" or "menu" or "dialog" or "time" or "label" or "option":
                return true;
            case "figure":
                // Image credits and short captions are furniture; a slideshow's long captions are its text.
                return stats.Chars(element) - stats.Of(element).LinkChars < LongCaptionChars;
            case "header":
                // A page header is logo and menu; an article header holds the headline or the lead's running text.
                return stats.Of(element).Headlines == 0 && stats.Of(element).ProseChars < ProtectedProseChars;
            case "form":
                // ASP.NET pages wrap the whole page in one form; a search or comment form holds no paragraphs.
                return stats.Of(element).Paragraphs == 0 && stats.Chars(element) * 2 < pageChars;
            case "html" or "body" or "article" or "main" or "a":
                return false;
            default:
                break;
        }

        if (element.GetAttribute("role") is { } role && IsFurnitureRole(role))
        {
            return true;
        }

        var names = ElementNames.ClassAndId(element);
        if (names.Length == 0 || !BoilerplatePatterns.IsFurniture(names))
        {
            return false;
        }

        // Whatever its name, a block holding most of the page's running text is the article (or, on a forum, the
        // posts, which their software calls comments).
        var figures = stats.Of(element);
        var share = Math.Max(
            pageProse == 0 ? 0 : (double)figures.ProseChars / pageProse,
            pageText == 0 ? 0 : (double)(figures.Chars - figures.LinkChars) / pageText);
        if (BoilerplatePatterns.IsComments(names))
        {
            return share < CommentsAsContentShare;
        }

        return figures.Headlines == 0 && share < ContentShare
            && !(figures.ProseChars >= ProtectedProseChars && BoilerplatePatterns.MayBeContent(names));
    }

    private static bool IsFurnitureRole(string role) => role.Trim().ToLowerInvariant() switch
    {
        "navigation" or "banner" or "contentinfo" or "complementary" or "search" or "menu" or "menubar" or "dialog"
            or "alertdialog" or "toolbar" => true,
        _ => false,
    };

    private static bool IsHiddenByAttribute(IElement element)
    {
        if (string.Equals(element.GetAttribute("aria-hidden"), "true", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        var style = element.GetAttribute("style");
        if (string.IsNullOrEmpty(style))
        {
            return false;
        }

        var bounded = ElementNames.Bounded(style);
        Span<char> compact = stackalloc char[bounded.Length];
        var length = 0;
        foreach (var c in bounded)
        {
            if (!char.IsWhiteSpace(c))
            {
                compact[length++] = char.ToLowerInvariant(c);
            }
        }

        var text = compact[..length];
        return text.Contains("display:none", StringComparison.Ordinal) || text.Contains("visibility:hidden", StringComparison.Ordinal);
    }
}
