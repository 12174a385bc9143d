using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Pipeline.Core.Parsing.Html;

/// <summary>
/// Renders HTML (a whole page's chosen node, or a fragment such as a feed item's <c>content:encoded</c>) as plain
/// text: paragraphs separated by a blank line, whitespace collapsed as a browser would, and nothing from scripts,
/// styles, templates or comments.
/// </summary>
internal static class HtmlText
{
    private static readonly HtmlParser FragmentParser = new(new HtmlParserOptions { IsScripting = false });

    /// <summary>Parses <paramref name="html"/> as a fragment and renders its text.</summary>
    public static string ToPlainText(string html)
    {
        ArgumentNullException.ThrowIfNull(html);
        if (html.IndexOf('<', StringComparison.Ordinal) < 0 && html.IndexOf('&', StringComparison.Ordinal) < 0)
        {
            return html.Trim();
        }

        using var document = FragmentParser.ParseDocument(NestingLimiter.Limit(html));
        return Render(document.Body ?? (INode)document);
    }

    /// <summary>Renders the text of one node of an already parsed document.</summary>
    public static string Render(INode node) => Render(node, excluded: null);

    /// <summary>Renders the text of one node, leaving out the <paramref name="excluded"/> elements and their content.</summary>
    public static string Render(INode node, IReadOnlySet<IElement>? excluded)
    {
        ArgumentNullException.ThrowIfNull(node);
        var writer = new Writer(excluded);
        writer.Walk(node);
        return writer.ToString();
    }

    /// <summary>Elements whose content is never article text.</summary>
    public static bool IsInvisible(IElement element) => element.LocalName switch
    {
        "script" or "style" or "noscript" or "template" or "head" or "title" or "svg" or "math" or "iframe" or "object"
            or "embed" or "canvas" or "select" or "button" or "input" or "textarea" or "datalist" => true,
        _ => element.HasAttribute("hidden"),
    };

    /// <summary>Elements that start a new line or paragraph when rendered.</summary>
    public static bool IsBlock(IElement element) => element.LocalName switch
    {
        "p" or "div" or "section" or "article" or "main" or "header" or "footer" or "aside" or "nav" or "blockquote"
            or "pre" or "ul" or "ol" or "li" or "dl" or "dt" or "dd" or "table" or "tr" or "td" or "th" or "caption"
            or "figure" or "figcaption" or "h1" or "h2" or "h3" or "h4" or "h5" or "h6" or "hr" or "address"
            or "form" or "fieldset" or "details" or "summary" or "body" => true,
        _ => false,
    };

    private sealed class Writer(IReadOnlySet<IElement>? excluded)
    {
        private readonly StringBuilder _text = new();
        private int _pendingBreaks;
        private bool _pendingSpace;

        public void Walk(INode node)
        {
            // An explicit stack rather than recursion: hostile pages nest thousands of levels deep.
            var stack = new Stack<(INode Node, bool Exit)>();
            stack.Push((node, false));
            while (stack.Count > 0)
            {
                var (current, exit) = stack.Pop();
                if (current is IElement element)
                {
                    if (exit)
                    {
                        Break(element);
                        continue;
                    }

                    if (IsInvisible(element) || (excluded?.Contains(element) ?? false))
                    {
                        continue;
                    }

                    if (element.LocalName == "br")
                    {
                        RequestBreaks(1);
                        continue;
                    }

                    Break(element);
                    stack.Push((element, true));
                }
                else if (current is IText text)
                {
                    Append(text.Data);
                    continue;
                }
                else if (current is not IDocument and not IDocumentFragment)
                {
                    continue;
                }

                // Indexed rather than walked by PreviousSibling, which AngleSharp answers by searching the parent's children.
                var children = current.ChildNodes;
                for (var i = children.Length - 1; i >= 0; i--)
                {
                    stack.Push((children[i], false));
                }
            }
        }

        public override string ToString() => _text.ToString();

        private void Break(IElement element)
        {
            if (IsBlock(element))
            {
                RequestBreaks(element.LocalName is "li" or "tr" or "dt" or "dd" or "td" or "th" ? 1 : 2);
            }
        }

        private void RequestBreaks(int count)
        {
            _pendingBreaks = Math.Max(_pendingBreaks, count);
            _pendingSpace = false;
        }

        private void Append(string data)
        {
            foreach (var c in data)
            {
                if (char.IsWhiteSpace(c))
                {
                    _pendingSpace = _text.Length > 0 && _pendingBreaks == 0;
                    continue;
                }

                if (_text.Length > 0 && _pendingBreaks > 0)
                {
                    _text.Append('\n', _pendingBreaks);
                }
                else if (_pendingSpace)
                {
                    _text.Append(' ');
                }

                _pendingBreaks = 0;
                _pendingSpace = false;
                _text.Append(c == '\u00A0' ? ' ' : c);
            }
        }
    }
}
