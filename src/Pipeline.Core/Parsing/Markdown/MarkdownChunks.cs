namespace Pipeline.Core.Parsing.Markdown;

/// <summary>
/// Cuts a long Markdown text into pieces that Markdig parses one at a time. Markdig's syntax tree costs a hundred
/// bytes or more per input character for many short blocks, so a 16 MB file of one-word paragraphs would need
/// gigabytes at once; piece by piece the tree of one piece at most is alive. Pieces end at a blank line followed by
/// an unindented line outside a fenced code block, where Markdig would start a new top-level block anyway. Text
/// shorter than <see cref="TargetChars"/> is one piece, so an ordinary article is parsed exactly as a whole; in a
/// longer one, reference-style links whose definition sits in another piece stay unresolved (their text is kept).
/// </summary>
internal static class MarkdownChunks
{
    /// <summary>A piece ends at the first safe boundary after this many characters.</summary>
    internal const int TargetChars = 64 * 1024;

    /// <summary>A piece with no safe boundary is cut at the next line break after this many characters regardless.</summary>
    internal const int MaxChars = 256 * 1024;

    public static IEnumerable<string> Split(string markdown)
    {
        var start = 0;
        while (markdown.Length - start > TargetChars)
        {
            var end = FindCut(markdown, start);
            if (end < 0)
            {
                break;
            }

            yield return markdown[start..end];
            start = end;
        }

        yield return markdown[start..];
    }

    // The start of the line where the piece that begins at start should end, or -1 when the rest is one piece.
    private static int FindCut(string text, int start)
    {
        var fence = '\0';
        var fenceLength = 0;
        var previousBlank = false;
        for (var line = start; line < text.Length;)
        {
            var newline = text.IndexOf('\n', line);
            var next = newline < 0 ? text.Length : newline + 1;
            var content = text.AsSpan(line, next - line).TrimEnd("\r\n");
            var length = line - start;
            if (length >= MaxChars)
            {
                return line;
            }

            if (length >= TargetChars && fence == '\0' && previousBlank && content.Length > 0 && !char.IsWhiteSpace(content[0]))
            {
                return line;
            }

            TrackFence(content, ref fence, ref fenceLength);
            previousBlank = content.IsWhiteSpace();
            line = next;
        }

        return -1;
    }

    // A fence opens with three or more backticks or tildes (indented at most three spaces) and closes with at
    // least as many of the same character.
    private static void TrackFence(ReadOnlySpan<char> line, ref char fence, ref int fenceLength)
    {
        var trimmed = line.TrimStart(' ');
        if (line.Length - trimmed.Length > 3 || trimmed.Length < 3 || trimmed[0] is not '`' and not '~')
        {
            return;
        }

        var marker = trimmed[0];
        var run = trimmed.Length - trimmed.TrimStart(marker).Length;
        if (run < 3)
        {
            return;
        }

        if (fence == '\0')
        {
            fence = marker;
            fenceLength = run;
        }
        else if (marker == fence && run >= fenceLength && trimmed[run..].IsWhiteSpace())
        {
            fence = '\0';
        }
    }
}
