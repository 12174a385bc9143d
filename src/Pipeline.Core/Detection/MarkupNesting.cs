namespace Pipeline.Core.Detection;

/// <summary>
/// Measures how deep the elements of an HTML or XML text nest, with a linear scan that counts start and end tags
/// (void elements, self-closing tags and elements whose end tag HTML lets one omit do not nest; comments and the
/// content of script, style and the like are skipped). HTML tree builders check scope by walking the stack of open
/// elements, so a page nested 100,000 deep costs minutes to parse; real pages stay far below the limit.
/// </summary>
internal static class MarkupNesting
{
    private static readonly HashSet<string> NonNesting = new(StringComparer.OrdinalIgnoreCase)
    {
        // Void elements.
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr", "keygen",

        // Elements whose end tag may be omitted, so a naive count would see them pile up.
        "p", "li", "dt", "dd", "tr", "td", "th", "option", "optgroup", "thead", "tbody", "tfoot", "colgroup", "caption",
        "rb", "rt", "rtc", "rp", "html", "head", "body",
    };

    private static readonly HashSet<string> RawText = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes",
    };

    /// <exception cref="ArticleFormatException">Elements nest deeper than <paramref name="limit"/> (<see cref="ArticleErrorCode.TooLarge"/>).</exception>
    public static void Check(ReadOnlySpan<char> text, int limit)
    {
        var nonNesting = NonNesting.GetAlternateLookup<ReadOnlySpan<char>>();
        var rawText = RawText.GetAlternateLookup<ReadOnlySpan<char>>();
        var depth = 0;
        var i = 0;
        while (i < text.Length)
        {
            var next = text[i..].IndexOf('<');
            if (next < 0)
            {
                return;
            }

            i += next;
            var rest = text[i..];
            if (rest.StartsWith("<!--", StringComparison.Ordinal))
            {
                i = SkipPast(text, i, "-->");
            }
            else if (rest.Length > 1 && rest[1] is '!' or '?')
            {
                i = SkipPast(text, i, ">");
            }
            else if (rest.Length > 2 && rest[1] == '/' && char.IsAsciiLetter(rest[2]))
            {
                var name = ReadName(rest[2..]);
                if (depth > 0 && !nonNesting.Contains(name))
                {
                    depth--;
                }

                i = SkipPast(text, i, ">");
            }
            else if (rest.Length > 1 && char.IsAsciiLetter(rest[1]))
            {
                var name = ReadName(rest[1..]);
                var end = EndOfTag(text, i + 1 + name.Length);
                if (end >= text.Length)
                {
                    return;
                }

                var selfClosing = text[end - 1] == '/';
                if (!selfClosing && !nonNesting.Contains(name) && ++depth > limit)
                {
                    throw new ArticleFormatException(ArticleErrorCode.TooLarge, ArticleErrors.MarkupTooDeep(limit, LineOf(text, i), i - text[..i].LastIndexOf('\n')));
                }

                i = end + 1;
                if (!selfClosing && rawText.Contains(name))
                {
                    var close = text[i..].IndexOf($"</{name}", StringComparison.OrdinalIgnoreCase);
                    i = close < 0 ? text.Length : i + close;
                }
            }
            else
            {
                i++;
            }
        }
    }

    private static ReadOnlySpan<char> ReadName(ReadOnlySpan<char> span)
    {
        var length = 0;
        while (length < span.Length && (char.IsAsciiLetterOrDigit(span[length]) || span[length] is '-' or ':' or '_' or '.'))
        {
            length++;
        }

        return span[..length];
    }

    // The '>' that ends a start tag, outside quoted attribute values (which may hold '>' themselves).
    private static int EndOfTag(ReadOnlySpan<char> text, int i)
    {
        var quote = '\0';
        for (; i < text.Length; i++)
        {
            var c = text[i];
            if (quote != '\0')
            {
                if (c == quote)
                {
                    quote = '\0';
                }
            }
            else if (c is '"' or '\'')
            {
                quote = c;
            }
            else if (c == '>')
            {
                return i;
            }
        }

        return text.Length;
    }

    private static int SkipPast(ReadOnlySpan<char> text, int i, string terminator)
    {
        var end = text[i..].IndexOf(terminator, StringComparison.Ordinal);
        return end < 0 ? text.Length : i + end + terminator.Length;
    }

    private static int LineOf(ReadOnlySpan<char> text, int i) => text[..i].Count('\n') + 1;
}
