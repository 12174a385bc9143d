using System.Text;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Pipeline.Core.Parsing.Html;

namespace Pipeline.Core.Parsing.Markdown;

/// <summary>
/// Renders a parsed Markdown document as plain paragraphs: headings, paragraphs, list items, quoted paragraphs and
/// code blocks each become one; link text stays but link URLs, images, emphasis markers and HTML tags do not.
/// </summary>
internal static class MarkdownText
{
    /// <summary>The text of every block, in document order, with the heading level of headings (0 for other blocks).</summary>
    public static List<(string Text, int HeadingLevel)> Blocks(MarkdownDocument document)
    {
        var blocks = new List<(string, int)>();

        // An explicit stack: Markdig bounds its own nesting, but this walk should not depend on it.
        var stack = new Stack<Block>();
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
                case HeadingBlock heading:
                    Add(blocks, Inlines(heading.Inline), heading.Level);
                    break;
                case HtmlBlock html:
                    foreach (var paragraph in HtmlText.ToPlainText(html.Lines.ToString()).Split("\n\n"))
                    {
                        Add(blocks, paragraph, 0);
                    }

                    break;
                case CodeBlock code:
                    Add(blocks, code.Lines.ToString(), 0);
                    break;
                case LeafBlock leaf when leaf.Inline is not null:
                    Add(blocks, Inlines(leaf.Inline), 0);
                    break;
            }
        }

        return blocks;
    }

    private static void Add(List<(string, int)> blocks, string text, int headingLevel)
    {
        var trimmed = text.Trim();
        if (trimmed.Length > 0)
        {
            blocks.Add((trimmed, headingLevel));
        }
    }

    private static string Inlines(ContainerInline? root)
    {
        if (root is null)
        {
            return string.Empty;
        }

        var text = new StringBuilder();
        var stack = new Stack<Inline>();
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
                    text.Append(lineBreak.IsHard ? '\n' : ' ');
                    break;
            }
        }

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
        while (text.Length > 0 && text[^1] == ' ')
        {
            text.Length--;
        }
    }
}
