using System.Text;
using System.Xml;

namespace Pipeline.Core.Parsing.Feeds;

/// <summary>
/// An <see cref="XmlReader"/> that enforces a nesting limit on every element it passes, with the few ways a feed
/// parser reads an element: its text, its content as HTML source, one child's text, or nothing (skipped). Each of
/// those consumes the element through its end tag, node by node, so no subtree escapes the depth check.
/// </summary>
internal sealed class FeedXmlReader(XmlReader reader, int maxDepth)
{
    public XmlReader Xml => reader;

    /// <summary>The 1-based line of the current node.</summary>
    public int Line => ((IXmlLineInfo)reader).LineNumber;

    public bool Read()
    {
        if (!reader.Read())
        {
            return false;
        }

        if (reader.NodeType == XmlNodeType.Element && reader.Depth >= maxDepth)
        {
            var info = (IXmlLineInfo)reader;
            throw new ArticleFormatException(
                ArticleErrorCode.TooLarge, $"file nests deeper than {maxDepth} levels at {EntryErrors.At(info.LineNumber, info.LinePosition)}");
        }

        return true;
    }

    /// <summary>Moves to the next child element of the element at <paramref name="parentDepth"/>; false at its end.</summary>
    public bool ReadChild(int parentDepth)
    {
        while (Read())
        {
            if (reader.Depth <= parentDepth)
            {
                return false;
            }

            if (reader.NodeType == XmlNodeType.Element)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>All text inside the current element, markup ignored.</summary>
    public string Text()
    {
        if (reader.IsEmptyElement)
        {
            return string.Empty;
        }

        var depth = reader.Depth;
        var text = new StringBuilder();
        while (Read() && reader.Depth > depth)
        {
            if (IsText(reader.NodeType))
            {
                text.Append(reader.Value);
            }
        }

        return text.ToString();
    }

    /// <summary>
    /// The current element's content as HTML source. Text directly inside it is HTML already (escaped or in CDATA,
    /// as RSS and Atom <c>type="html"</c> carry it); child elements (Atom <c>type="xhtml"</c>, or HTML left
    /// unescaped in a description) are written back as tags around their escaped text.
    /// </summary>
    public string Markup()
    {
        if (reader.IsEmptyElement)
        {
            return string.Empty;
        }

        var depth = reader.Depth;
        var html = new StringBuilder();
        while (Read() && reader.Depth > depth)
        {
            switch (reader.NodeType)
            {
                case XmlNodeType.Element:
                    AppendStartTag(html);
                    break;
                case XmlNodeType.EndElement:
                    html.Append("</").Append(reader.LocalName).Append('>');
                    break;
                case var type when IsText(type):
                    if (reader.Depth == depth + 1)
                    {
                        html.Append(reader.Value);
                    }
                    else
                    {
                        AppendEscaped(html, reader.Value);
                    }

                    break;
            }
        }

        return html.ToString();
    }

    /// <summary>The text of the first child element named <paramref name="localName"/> (Atom's author name, source title).</summary>
    public string? ChildText(string localName)
    {
        if (reader.IsEmptyElement)
        {
            return null;
        }

        var depth = reader.Depth;
        string? found = null;
        while (ReadChild(depth))
        {
            if (found is null && reader.LocalName == localName)
            {
                found = Text();
            }
            else
            {
                Skip();
            }
        }

        return found;
    }

    /// <summary>Passes over the current element and everything inside it.</summary>
    public void Skip()
    {
        if (reader.IsEmptyElement)
        {
            return;
        }

        var depth = reader.Depth;
        while (Read() && reader.Depth > depth)
        {
        }
    }

    private static bool IsText(XmlNodeType type) =>
        type is XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace;

    private void AppendStartTag(StringBuilder html)
    {
        html.Append('<').Append(reader.LocalName);
        var empty = reader.IsEmptyElement;
        while (reader.MoveToNextAttribute())
        {
            if (reader.Prefix != "xmlns" && reader.LocalName != "xmlns")
            {
                html.Append(' ').Append(reader.LocalName).Append("=\"");
                AppendEscaped(html, reader.Value);
                html.Append('"');
            }
        }

        reader.MoveToElement();
        html.Append(empty ? "/>" : ">");
    }

    private static void AppendEscaped(StringBuilder html, string text)
    {
        foreach (var c in text)
        {
            _ = c switch
            {
                '&' => html.Append("&amp;"),
                '<' => html.Append("&lt;"),
                '>' => html.Append("&gt;"),
                '"' => html.Append("&quot;"),
                _ => html.Append(c),
            };
        }
    }
}
