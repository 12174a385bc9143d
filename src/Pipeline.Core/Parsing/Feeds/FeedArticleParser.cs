using System.Xml;
using Pipeline.Core.Parsing.Structured;

namespace Pipeline.Core.Parsing.Feeds;

/// <summary>
/// Reads the items of an RSS 2.0 (or 0.9x / 1.0 RDF) feed or the entries of an Atom feed as articles; an entry's
/// index is its position among the feed's items. The XML reader never processes a DTD or resolves an entity beyond
/// the five predefined ones, so entity expansion bombs and external entities (XXE) fail as malformed instead.
/// </summary>
internal static class FeedArticleParser
{
    private const string AtomNamespace = "http://www.w3.org/2005/Atom";

    private static readonly XmlReaderSettings Settings = new()
    {
        // Ignore, not Prohibit: old RSS 0.91 feeds carry a DOCTYPE and are otherwise fine. Ignored DTDs declare no
        // entities, so a reference to one is an error rather than an expansion.
        DtdProcessing = DtdProcessing.Ignore,
        XmlResolver = null,
        MaxCharactersFromEntities = 1024,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        CloseInput = true,
    };

    /// <exception cref="ArticleFormatException">The XML is malformed or too deep, is not a feed, or holds too many items.</exception>
    public static IReadOnlyList<ParsedEntry> Parse(string xml, ParseLimits limits)
    {
        ArgumentNullException.ThrowIfNull(xml);
        ArgumentNullException.ThrowIfNull(limits);
        using var xmlReader = XmlReader.Create(new StringReader(xml), Settings);
        var reader = new FeedXmlReader(xmlReader, limits.MaxDepth);
        var channel = new FeedChannel();
        var items = new List<FeedItem>();
        bool atom;
        try
        {
            if (xmlReader.MoveToContent() != XmlNodeType.Element)
            {
                throw new ArticleFormatException(ArticleErrorCode.Malformed, "file is not an XML document");
            }

            atom = xmlReader.LocalName == "feed";
            if (!atom && xmlReader.LocalName is not "rss" and not "RDF")
            {
                throw new ArticleFormatException(
                    ArticleErrorCode.UnsupportedFormat, $"file is XML with root element <{xmlReader.LocalName}>, not an RSS or Atom feed");
            }

            channel.Language = NullIfEmpty(xmlReader.XmlLang);
            ReadContainer(reader, atom, nested: false, channel, items, limits.MaxEntries);
        }
        catch (XmlException exception)
        {
            throw new ArticleFormatException(
                ArticleErrorCode.Malformed,
                $"file is not valid XML: {Reason(exception.Message)} at {EntryErrors.At(exception.LineNumber, exception.LinePosition)}",
                exception);
        }

        var missingText = atom ? "no content or summary" : "no content:encoded or description";
        return items.ConvertAll(item => item.ToEntry(channel, missingText));
    }

    // The children of the root (<rss>, <rdf:RDF>, <feed>) or of an RSS <channel>: feed metadata and the items.
    private static void ReadContainer(FeedXmlReader reader, bool atom, bool nested, FeedChannel channel, List<FeedItem> items, int maxEntries)
    {
        var xml = reader.Xml;
        var depth = xml.Depth;
        if (xml.IsEmptyElement)
        {
            return;
        }

        while (reader.ReadChild(depth))
        {
            switch (xml.LocalName)
            {
                case "item" or "entry":
                    if (items.Count == maxEntries)
                    {
                        throw new ArticleFormatException(ArticleErrorCode.TooLarge, EntryErrors.TooManyEntries("feed items", maxEntries));
                    }

                    items.Add(ReadItem(reader, atom, items.Count));
                    break;
                case "channel" when !nested:
                    channel.Language ??= NullIfEmpty(xml.XmlLang);
                    ReadContainer(reader, atom, nested: true, channel, items, maxEntries);
                    break;
                case "title" when channel.Title is null:
                    channel.Title = FieldText.Line(atom ? TextOrMarkup(reader) : reader.Text());
                    break;
                case "link" when channel.Link is null:
                    channel.Link = Link(reader);
                    break;
                case "language" when channel.Language is null:
                    channel.Language = NullIfEmpty(reader.Text().Trim());
                    break;
                case "author" when atom:
                    AddByline(channel.Bylines, reader.ChildText("name"));
                    break;
                default:
                    reader.Skip();
                    break;
            }
        }
    }

    private static FeedItem ReadItem(FeedXmlReader reader, bool atom, int index)
    {
        var xml = reader.Xml;
        var item = new FeedItem(index, reader.Line) { Language = NullIfEmpty(xml.XmlLang) };
        var depth = xml.Depth;
        if (xml.IsEmptyElement)
        {
            return item;
        }

        while (reader.ReadChild(depth))
        {
            var isAtom = atom || xml.NamespaceURI == AtomNamespace;
            switch (xml.LocalName)
            {
                case "title":
                    item.Title ??= isAtom ? AtomLine(reader) : FieldText.Line(reader.Text());
                    break;
                case "link":
                    item.Link ??= Link(reader);
                    break;
                case "guid":
                    var permalink = xml.GetAttribute("isPermaLink") is not "false";
                    var guid = reader.Text();
                    item.Guid ??= permalink ? guid : null;
                    break;
                case "encoded":
                    item.Content ??= NonBlank(FieldText.Body(reader.Markup()));
                    break;
                case "content" when isAtom:
                    item.Content ??= NonBlank(AtomBody(reader));
                    break;
                case "description":
                    item.Summary ??= NonBlank(FieldText.Body(reader.Markup()));
                    break;
                case "summary" when isAtom:
                    item.Summary ??= NonBlank(AtomBody(reader));
                    break;
                case "pubDate" or "published" or "date" or "issued":
                    item.Published ??= reader.Text();
                    break;
                case "updated" or "modified":
                    item.Updated ??= reader.Text();
                    break;
                case "author" when isAtom:
                    AddByline(item.Bylines, reader.ChildText("name"));
                    break;
                case "author":
                    AddByline(item.Bylines, RssAuthor(reader.Text()));
                    break;
                case "creator":
                    AddByline(item.Bylines, reader.Text());
                    break;
                case "source":
                    item.Source ??= NonBlank(isAtom ? reader.ChildText("title") : reader.Text());
                    break;
                case "language":
                    item.Language ??= NonBlank(reader.Text());
                    break;
                default:
                    reader.Skip();
                    break;
            }
        }

        return item;
    }

    // RSS <link>text</link>, or Atom <link rel="alternate" href="…"/> (a missing rel means alternate).
    private static string? Link(FeedXmlReader reader)
    {
        var xml = reader.Xml;
        var href = xml.GetAttribute("href");
        if (href is null)
        {
            return NonBlank(reader.Text().Trim());
        }

        var rel = xml.GetAttribute("rel");
        reader.Skip();
        return rel is null or "alternate" ? NonBlank(href.Trim()) : null;
    }

    // Atom text constructs: type="text" (the default) is plain text; "html" is escaped HTML; "xhtml" is inline XHTML.
    private static string? AtomBody(FeedXmlReader reader)
    {
        var xml = reader.Xml;
        if (xml.GetAttribute("src") is not null)
        {
            reader.Skip();
            return null; // Out-of-line content: the text is elsewhere.
        }

        return xml.GetAttribute("type") is "html" or "xhtml" or "text/html"
            ? FieldText.Html(reader.Markup())
            : FieldText.Plain(reader.Text());
    }

    private static string AtomLine(FeedXmlReader reader) => FieldText.Line(TextOrMarkup(reader));

    private static string TextOrMarkup(FeedXmlReader reader) =>
        reader.Xml.GetAttribute("type") is "html" or "xhtml" ? Html.HtmlText.ToPlainText(reader.Markup()) : reader.Text();

    // RSS 2.0's author is an e-mail address, conventionally followed by the name: "jane@example.com (Jane Doe)".
    private static string? RssAuthor(string text)
    {
        var value = text.Trim();
        var open = value.IndexOf('(', StringComparison.Ordinal);
        var close = value.LastIndexOf(')');
        if (open >= 0 && close > open && value.AsSpan(0, open).Contains('@'))
        {
            return value[(open + 1)..close];
        }

        return value.Contains('@', StringComparison.Ordinal) && !value.Contains(' ', StringComparison.Ordinal) ? null : value;
    }

    private static void AddByline(List<string> bylines, string? byline)
    {
        if (!string.IsNullOrWhiteSpace(byline))
        {
            bylines.Add(byline);
        }
    }

    // "Unexpected end tag. Line 3, position 5." → "unexpected end tag"; the location is added by the caller.
    private static string Reason(string message)
    {
        var end = message.LastIndexOf(" Line ", StringComparison.Ordinal);
        var text = (end > 0 ? message[..end] : message).Trim().TrimEnd('.');
        return text.Length > 1 && char.IsUpper(text[0]) && char.IsLower(text[1])
            ? string.Concat(char.ToLowerInvariant(text[0]).ToString(), text.AsSpan(1))
            : text;
    }

    private static string? NonBlank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text;

    private static string? NullIfEmpty(string? text) => string.IsNullOrEmpty(text) ? null : text;
}
