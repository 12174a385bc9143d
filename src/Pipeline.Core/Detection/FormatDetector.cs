using Pipeline.Core.Model;

namespace Pipeline.Core.Detection;

/// <summary>
/// Tells a decoded file's format from its content, with the file name as a hint that only breaks ties. Looks at a
/// bounded window from the start of the content, so it costs the same on a 16 MiB file as on a small one (JSON Lines
/// also looks at where its first two lines end).
/// </summary>
internal static class FormatDetector
{
    private const string AtomNamespace = "http://www.w3.org/2005/Atom";

    /// <summary>
    /// The format of <paramref name="text"/>, or null for the plain-text family (prose, tokenized or scraped text),
    /// which the plain-text parser tells apart itself.
    /// </summary>
    /// <exception cref="ArticleFormatException">The file is XML of some other kind than a feed or a page.</exception>
    public static ArticleFormat? Detect(string text, string? fileName)
    {
        ArgumentNullException.ThrowIfNull(text);
        var hint = FileNameHint.From(fileName);
        var start = new TextStart(text);
        var window = start.Window;
        switch (start.First)
        {
            case '<':
                if (FromMarkup(window, hint) is { } markup)
                {
                    return markup;
                }

                break;
            case '{' or '[':
                if (FromJson(text, start, hint) is { } json)
                {
                    return json;
                }

                break;
        }

        if (MarkdownShape.Looks(window, start.IsWhole))
        {
            return ArticleFormat.Markdown;
        }

        if (HtmlShape.Looks(window))
        {
            return ArticleFormat.Html;
        }

        return hint switch
        {
            ArticleFormat.Markdown => ArticleFormat.Markdown,
            ArticleFormat.Html when window.Contains('<') => ArticleFormat.Html,
            _ => null,
        };
    }

    /// <summary>Checks that a format the caller forces can describe the content at all.</summary>
    /// <exception cref="ArticleFormatException">The content cannot be read in <paramref name="format"/>.</exception>
    public static void EnsureFits(string text, ArticleFormat format)
    {
        ArgumentNullException.ThrowIfNull(text);
        var start = new TextStart(text);
        switch (format)
        {
            case ArticleFormat.Json when start.First is not ('{' or '['):
                var (jsonLine, jsonPosition) = LinePosition(text, start.Offset);
                throw new ArticleFormatException(ArticleErrorCode.Malformed, ArticleErrors.NotJson(start.First, jsonLine, jsonPosition));
            case ArticleFormat.JsonLines when start.First != '{':
                var (line, position) = LinePosition(text, start.Offset);
                throw new ArticleFormatException(ArticleErrorCode.Malformed, ArticleErrors.NotJsonLines(start.First, line, position));
            case ArticleFormat.Rss:
            case ArticleFormat.Atom:
                EnsureFeedRoot(start.Window, format);
                break;
        }
    }

    private static ArticleFormat? FromJson(string text, TextStart start, ArticleFormat? hint)
    {
        var objectPerLine = start.First == '{' && JsonShape.FirstLineIsObject(text, start.Offset);
        if (objectPerLine && JsonShape.LooksLikeJsonLines(text, start.Offset))
        {
            return ArticleFormat.JsonLines;
        }

        if (JsonShape.IsJsonPrefix(start.Window, start.IsWhole))
        {
            // One object on one line is a JSON Lines file of one entry when the name says so.
            return objectPerLine && hint == ArticleFormat.JsonLines ? ArticleFormat.JsonLines : ArticleFormat.Json;
        }

        // Broken JSON in a file named for it is still that format, so its parser can say where it breaks.
        return hint switch
        {
            ArticleFormat.JsonLines when start.First == '{' => ArticleFormat.JsonLines,
            ArticleFormat.Json => ArticleFormat.Json,
            _ => null,
        };
    }

    private static ArticleFormat? FromMarkup(ReadOnlySpan<char> window, ArticleFormat? hint)
    {
        var markup = MarkupStart.Read(window);
        if (markup.Doctype == "html" || (markup.Root is not null && HtmlShape.IsElementName(markup.RootLocalName)))
        {
            return ArticleFormat.Html;
        }

        if (IsRssRoot(markup))
        {
            return ArticleFormat.Rss;
        }

        if (markup.RootLocalName.SequenceEqual("feed"))
        {
            var declaresAtom = markup.RootTag.Contains(AtomNamespace, StringComparison.Ordinal)
                || window.Contains(AtomNamespace, StringComparison.Ordinal);
            return declaresAtom || hint == ArticleFormat.Atom
                ? ArticleFormat.Atom
                : throw new ArticleFormatException(ArticleErrorCode.UnsupportedFormat, ArticleErrors.FeedWithoutAtomNamespace);
        }

        // XML that is neither a page nor a feed is no article format; an unknown tag without a declaration may
        // still open a page or prose, which the checks after this one judge.
        if (markup.HasXmlDeclaration && markup.Root is { } root)
        {
            throw new ArticleFormatException(ArticleErrorCode.UnsupportedFormat, ArticleErrors.XmlNotFeed(root));
        }

        return null;
    }

    // RSS 2.0 has an <rss> root; RSS 1.0 (RDF Site Summary) an <rdf:RDF> one.
    private static bool IsRssRoot(MarkupStart markup) =>
        markup.RootLocalName.SequenceEqual("rss") || markup.RootLocalName.SequenceEqual("RDF");

    private static void EnsureFeedRoot(ReadOnlySpan<char> window, ArticleFormat feed)
    {
        var markup = MarkupStart.Read(window);
        var expected = feed == ArticleFormat.Rss ? "an RSS feed" : "an Atom feed";
        if (markup.Root is null)
        {
            throw new ArticleFormatException(ArticleErrorCode.Malformed, ArticleErrors.NotXml(expected));
        }

        if (feed == ArticleFormat.Rss ? !IsRssRoot(markup) : !markup.RootLocalName.SequenceEqual("feed"))
        {
            throw new ArticleFormatException(ArticleErrorCode.UnsupportedFormat, ArticleErrors.WrongRoot(expected, markup.Root));
        }
    }

    private static (int Line, int Position) LinePosition(string text, int offset)
    {
        var before = text.AsSpan(0, offset);
        var lineStart = before.LastIndexOf('\n') + 1;
        return (before.Count('\n') + 1, offset - lineStart + 1);
    }
}
