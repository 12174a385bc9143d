using System.Text;

namespace Pipeline.Core.Parsing.Html;

/// <summary>
/// Caps how deeply a page's elements nest before the HTML parser sees it. The parser's tree construction costs time
/// in proportion to the depth of open elements for every tag, so a page of 100,000 nested or unclosed tags takes
/// minutes; real pages stay below a few hundred levels. Opening tags past the cap are dropped together with as many
/// closing tags, which leaves their text in the innermost kept element. One linear scan; the input is returned
/// unchanged (not copied) when it stays under the cap.
/// </summary>
internal static class NestingLimiter
{
    public const int MaxDepth = 400;

    public static string Limit(string html, int maxDepth = MaxDepth)
    {
        ArgumentNullException.ThrowIfNull(html);
        StringBuilder? output = null;
        var copiedUpTo = 0;
        var depth = 0;
        var dropped = 0;
        var i = html.IndexOf('<', StringComparison.Ordinal);
        while (i >= 0 && i < html.Length - 1)
        {
            var next = html[i + 1];
            int end;
            var drop = false;
            if (next == '!' || next == '?')
            {
                end = SkipMarkup(html, i);
            }
            else if (next == '/' && i + 2 < html.Length && char.IsAsciiLetter(html[i + 2]))
            {
                var name = TagName(html, i + 2);
                end = SkipTag(html, i + 2 + name.Length);
                if (Counts(name))
                {
                    if (dropped > 0)
                    {
                        dropped--;
                        drop = true;
                    }
                    else if (depth > 0)
                    {
                        depth--;
                    }
                }
            }
            else if (char.IsAsciiLetter(next))
            {
                var name = TagName(html, i + 1);
                end = SkipTag(html, i + 1 + name.Length);
                var selfClosing = end - 2 > i && html[end - 2] == '/';
                if (IsRawText(name))
                {
                    end = SkipRawText(html, end, name);
                }
                else if (Counts(name) && !selfClosing)
                {
                    if (depth >= maxDepth)
                    {
                        dropped++;
                        drop = true;
                    }
                    else
                    {
                        depth++;
                    }
                }
            }
            else
            {
                end = i + 1;
            }

            if (drop)
            {
                output ??= new StringBuilder(html.Length);
                output.Append(html, copiedUpTo, i - copiedUpTo);
                copiedUpTo = end;
            }

            i = end < html.Length ? html.IndexOf('<', end) : -1;
        }

        if (output is null)
        {
            return html;
        }

        output.Append(html, copiedUpTo, html.Length - copiedUpTo);
        return output.ToString();
    }

    private static ReadOnlySpan<char> TagName(string html, int start)
    {
        var end = start;
        while (end < html.Length && (char.IsAsciiLetterOrDigit(html[end]) || html[end] == '-'))
        {
            end++;
        }

        return html.AsSpan(start, end - start);
    }

    /// <summary>Index just past the tag's closing <c>&gt;</c>, skipping quoted attribute values.</summary>
    private static int SkipTag(string html, int from)
    {
        var quote = '\0';
        for (var i = from; i < html.Length; i++)
        {
            var c = html[i];
            if (quote != '\0')
            {
                quote = c == quote ? '\0' : quote;
            }
            else if (c is '"' or '\'' && i > from && html[i - 1] == '=')
            {
                quote = c;
            }
            else if (c == '>')
            {
                return i + 1;
            }
        }

        return html.Length;
    }

    private static int SkipMarkup(string html, int start)
    {
        if (html.AsSpan(start).StartsWith("<!--", StringComparison.Ordinal))
        {
            var close = html.IndexOf("-->", start + 4, StringComparison.Ordinal);
            return close < 0 ? html.Length : close + 3;
        }

        var end = html.IndexOf('>', start);
        return end < 0 ? html.Length : end + 1;
    }

    private static int SkipRawText(string html, int from, ReadOnlySpan<char> name)
    {
        for (var close = html.IndexOf("</", from, StringComparison.Ordinal); close >= 0; close = html.IndexOf("</", close + 2, StringComparison.Ordinal))
        {
            if (html.AsSpan(close + 2).StartsWith(name, StringComparison.OrdinalIgnoreCase))
            {
                return SkipTag(html, close + 2 + name.Length);
            }
        }

        return html.Length;
    }

    private static bool IsRawText(ReadOnlySpan<char> name) =>
        name.Equals("script", StringComparison.OrdinalIgnoreCase) || name.Equals("style", StringComparison.OrdinalIgnoreCase)
        || name.Equals("textarea", StringComparison.OrdinalIgnoreCase) || name.Equals("title", StringComparison.OrdinalIgnoreCase)
        || name.Equals("xmp", StringComparison.OrdinalIgnoreCase) || name.Equals("plaintext", StringComparison.OrdinalIgnoreCase)
        || name.Equals("iframe", StringComparison.OrdinalIgnoreCase) || name.Equals("noembed", StringComparison.OrdinalIgnoreCase)
        || name.Equals("noframes", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Whether the element adds a level that stays open: void elements never do, and elements whose end tag is
    /// optional (paragraphs, list items, table cells) are closed by their next sibling, so they are not counted.
    /// </summary>
    private static bool Counts(ReadOnlySpan<char> name)
    {
        Span<char> lower = stackalloc char[12];
        if (name.Length > lower.Length)
        {
            return true;
        }

        var length = name.ToLowerInvariant(lower);
        return lower[..length] switch
        {
            "area" or "base" or "br" or "col" or "embed" or "hr" or "img" or "input" or "link" or "meta" or "param"
                or "source" or "track" or "wbr" or "keygen" or "p" or "li" or "dt" or "dd" or "option" or "optgroup" or "tr"
                or "td" or "th" or "tbody" or "thead" or "tfoot" or "colgroup" or "rb" or "rt" or "rp" or "html" or "head"
                or "body" => false,
            _ => true,
        };
    }
}
