namespace Pipeline.Core.Detection;

/// <summary>
/// The opening of a document that starts with <c>&lt;</c>: whether it has an XML declaration, its doctype's name and
/// its root element's name and start tag. Read by hand within the detection window, skipping comments, processing
/// instructions and the doctype (its internal subset too, where entity bombs live, without reading it).
/// </summary>
internal readonly ref struct MarkupStart
{
    private const int LongestName = 128;

    private MarkupStart(bool hasXmlDeclaration, string? doctype, string? root, ReadOnlySpan<char> rootTag)
    {
        HasXmlDeclaration = hasXmlDeclaration;
        Doctype = doctype;
        Root = root;
        RootTag = rootTag;
    }

    public bool HasXmlDeclaration { get; }

    /// <summary>The doctype's name, lower-cased (<c>html</c>, <c>rss</c>), or null.</summary>
    public string? Doctype { get; }

    /// <summary>The root element's qualified name as written (<c>rss</c>, <c>rdf:RDF</c>, <c>atom:feed</c>), or null.</summary>
    public string? Root { get; }

    /// <summary>The root's start tag, up to its <c>&gt;</c> or the end of the window.</summary>
    public ReadOnlySpan<char> RootTag { get; }

    /// <summary>The root's name without its namespace prefix.</summary>
    public ReadOnlySpan<char> RootLocalName
    {
        get
        {
            var name = Root.AsSpan();
            var colon = name.LastIndexOf(':');
            return colon >= 0 ? name[(colon + 1)..] : name;
        }
    }

    public static MarkupStart Read(ReadOnlySpan<char> window)
    {
        var hasXmlDeclaration = false;
        string? doctype = null;
        var rest = window;
        while (true)
        {
            rest = rest.TrimStart();
            if (rest.Length < 2 || rest[0] != '<')
            {
                return new MarkupStart(hasXmlDeclaration, doctype, null, default);
            }

            if (rest.StartsWith("<?", StringComparison.Ordinal))
            {
                hasXmlDeclaration |= rest.StartsWith("<?xml", StringComparison.OrdinalIgnoreCase);
                if (!SkipPast(ref rest, "?>"))
                {
                    return new MarkupStart(hasXmlDeclaration, doctype, null, default);
                }
            }
            else if (rest.StartsWith("<!--", StringComparison.Ordinal))
            {
                if (!SkipPast(ref rest, "-->"))
                {
                    return new MarkupStart(hasXmlDeclaration, doctype, null, default);
                }
            }
            else if (rest.StartsWith("<!doctype", StringComparison.OrdinalIgnoreCase))
            {
                var afterKeyword = rest["<!doctype".Length..].TrimStart();
                doctype = ReadName(afterKeyword).ToString().ToLowerInvariant();
                if (!SkipDoctype(ref rest))
                {
                    return new MarkupStart(hasXmlDeclaration, doctype, null, default);
                }
            }
            else
            {
                var name = ReadName(rest[1..]);
                if (name.IsEmpty)
                {
                    return new MarkupStart(hasXmlDeclaration, doctype, null, default);
                }

                var close = rest.IndexOf('>');
                return new MarkupStart(hasXmlDeclaration, doctype, name.ToString(), close >= 0 ? rest[..(close + 1)] : rest);
            }
        }
    }

    private static ReadOnlySpan<char> ReadName(ReadOnlySpan<char> span)
    {
        var length = 0;
        while (length < span.Length && length < LongestName && IsNameChar(span[length], length == 0))
        {
            length++;
        }

        return span[..length];
    }

    private static bool IsNameChar(char c, bool first) =>
        char.IsAsciiLetter(c) || c == '_' || (!first && (char.IsAsciiDigit(c) || c is '-' or '.' or ':'));

    private static bool SkipPast(ref ReadOnlySpan<char> rest, string terminator)
    {
        var end = rest.IndexOf(terminator, StringComparison.Ordinal);
        if (end < 0)
        {
            return false;
        }

        rest = rest[(end + terminator.Length)..];
        return true;
    }

    // A doctype ends at the first '>' outside its internal subset; the subset runs from '[' to the matching ']'.
    private static bool SkipDoctype(ref ReadOnlySpan<char> rest)
    {
        var end = rest.IndexOfAny('[', '>');
        if (end < 0)
        {
            return false;
        }

        if (rest[end] == '[')
        {
            var subsetEnd = rest[end..].IndexOf(']');
            if (subsetEnd < 0)
            {
                return false;
            }

            end += subsetEnd;
            var close = rest[end..].IndexOf('>');
            if (close < 0)
            {
                return false;
            }

            end += close;
        }

        rest = rest[(end + 1)..];
        return true;
    }
}
