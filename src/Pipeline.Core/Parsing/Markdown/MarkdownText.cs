using System.Text;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Pipeline.Core.Parsing.Html;

namespace Pipeline.Core.Parsing.Markdown;

/// <summary>
/// Renders a parsed Markdown document as plain paragraphs: headings, paragraphs, list items, quoted paragraphs and
/// code blocks each become one; link text stays but link URLs, images, emphasis markers and HTML tags do not.
/// </summary>
internal sealed class MarkdownText
{
    // Reused across blocks and documents: a large file has millions of blocks, each too small to deserve its own.
    private readonly Stack<Block> _blocks = new();
    private readonly Stack<Inline> _inlines = new();
    private readonly StringBuilder _text = new();

    /// <summary>The text of every block, in document order, with the heading level of headings (0 for other blocks).</summary>
    public IEnumerable<(string Text, int HeadingLevel)> Blocks(MarkdownDocument document)
    {
        // An explicit stack: Markdig bounds its own nesting, but this walk should not depend on it.
        var stack = _blocks;
        stack.Clear();
        stack.Push(document);
        while (stack.Count > 0)
        {
            switch (stack.Pop())
            {
                case ContainerBlock container:
                    for (var i = container.Count - 1; i >= 0; i--)
                    {
                        stack.Push(container[i]);
                    }

                    break;
                case HeadingBlock heading when Inlines(heading.Inline) is { Length: > 0 } text:
                    yield return (text, heading.Level);
                    break;
                case HtmlBlock html:
                    foreach (var paragraph in HtmlText.ToPlainText(html.Lines.ToString()).Split("\n\n"))
                    {
                        if (paragraph.Trim() is { Length: > 0 } text)
                        {
                            yield return (text, 0);
                        }
                    }

                    break;
                case CodeBlock code when code.Lines.ToString().Trim() is { Length: > 0 } text:
                    yield return (text, 0);
                    break;
                case LeafBlock leaf when leaf is not HeadingBlock and not CodeBlock && Inlines(leaf.Inline) is { Length: > 0 } text:
                    yield return (text, 0);
                    break;
            }
        }
    }

    // The inline text, trimmed.
    private string Inlines(ContainerInline? root)
    {
        if (root is null)
        {
            return string.Empty;
        }

        var text = _text.Clear();
        var stack = _inlines;
        stack.Clear();
        stack.Push(root);
        while (stack.Count > 0)
        {
            switch (stack.Pop())
            {
                case LinkInline { IsImage: true }:
                    break; // Alt text describes a picture; it is not article text.
                case ContainerInline container:
                    for (var child = container.LastChild; child is not null; child = child.PreviousSibling)
                    {
                        stack.Push(child);
                    }

                    break;
                case LiteralInline literal:
                    AppendCollapsed(text, literal.Content.AsSpan());
                    break;
                case CodeInline code:
                    AppendCollapsed(text, code.Content);
                    break;
                case HtmlEntityInline entity:
                    AppendCollapsed(text, entity.Transcoded.AsSpan());
                    break;
                case LineBreakInline lineBreak:
                    TrimEndSpace(text);
                    if (text.Length > 0)
                    {
                        text.Append(lineBreak.IsHard ? '\n' : ' ');
                    }

                    break;
            }
        }

        TrimEndSpace(text);
        return text.ToString();
    }

    private static void AppendCollapsed(StringBuilder text, ReadOnlySpan<char> value)
    {
        foreach (var c in value)
        {
            if (char.IsWhiteSpace(c))
            {
                if (text.Length > 0 && !char.IsWhiteSpace(text[^1]))
                {
                    text.Append(' ');
                }
            }
            else
            {
                text.Append(c);
            }
        }
    }

    private static void TrimEndSpace(StringBuilder text)
    {
        while (text.Length > 0 && char.IsWhiteSpace(text[^1]))
        {
            text.Length--;
        }
    }
}
