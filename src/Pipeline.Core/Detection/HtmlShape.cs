using System.Buffers;

namespace Pipeline.Core.Detection;

/// <summary>Recognizes HTML: a page's own marks (doctype, html, head, body) or a fragment built of common tags.</summary>
internal static class HtmlShape
{
    // Closing tags of elements every article page uses; three of them in the window make a fragment HTML.
    private const int ClosingTagsForFragment = 3;

    private static readonly string[] PageMarks = ["<!doctype html", "<html", "<head>", "<head ", "<body"];

    private static readonly SearchValues<string> CommonClosingTags = SearchValues.Create(
        ["</p>", "</div>", "</a>", "</span>", "</li>", "</h1>", "</h2>", "</h3>", "</article>", "</section>", "</td>",
         "</em>", "</strong>", "</b>", "</i>", "</blockquote>", "</figure>", "</title>", "</script>"],
        StringComparison.OrdinalIgnoreCase);

    private static readonly HashSet<string> ElementNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "html", "head", "body", "div", "p", "span", "article", "section", "main", "header", "footer", "nav", "aside",
        "h1", "h2", "h3", "h4", "h5", "h6", "table", "ul", "ol", "li", "a", "img", "meta", "title", "script", "style",
        "link", "br", "hr", "em", "strong", "b", "i", "u", "figure", "figcaption", "blockquote", "pre", "form",
        "iframe", "noscript", "base", "picture", "time", "center", "font", "small", "sup", "sub", "dl", "dt", "dd",
        "template", "label", "button", "video", "audio", "abbr", "cite", "code", "q", "mark", "address", "details",
    };

    /// <summary>True when <paramref name="name"/> is an HTML element a page or fragment might open with.</summary>
    public static bool IsElementName(ReadOnlySpan<char> name) => ElementNames.GetAlternateLookup<ReadOnlySpan<char>>().Contains(name);

    /// <summary>True when the window holds a page's marks or several common closing tags.</summary>
    public static bool Looks(ReadOnlySpan<char> window)
    {
        foreach (var mark in PageMarks)
        {
            if (window.Contains(mark, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        var closingTags = 0;
        var rest = window;
        while (closingTags < ClosingTagsForFragment)
        {
            var at = rest.IndexOfAny(CommonClosingTags);
            if (at < 0)
            {
                return false;
            }

            closingTags++;
            rest = rest[(at + 2)..];
        }

        return true;
    }
}
