namespace Pipeline.Core.Detection;

/// <summary>Recognizes Markdown by the marks prose never has at a line start: front matter and ATX headings.</summary>
internal static class MarkdownShape
{
    private const int HeadingsForMarkdown = 2;

    public static bool Looks(ReadOnlySpan<char> window, bool isWholeText)
    {
        if (HasFrontMatter(window))
        {
            return true;
        }

        var headings = 0;
        var first = true;
        var rest = window;
        while (!rest.IsEmpty)
        {
            var end = rest.IndexOf('\n');

            // The window's last line may be cut short; only whole lines count.
            if (end < 0 && !isWholeText)
            {
                break;
            }

            var line = end < 0 ? rest : rest[..end];
            rest = end < 0 ? default : rest[(end + 1)..];
            if (line.IsWhiteSpace())
            {
                continue;
            }

            if (IsAtxHeading(line))
            {
                // A heading as the very first line is enough; further down it takes two, as a stray "# " can occur.
                if (first || ++headings >= HeadingsForMarkdown)
                {
                    return true;
                }
            }

            first = false;
        }

        return false;
    }

    // "---" on the first line, closed by "---" or "..." on a later one: YAML front matter.
    private static bool HasFrontMatter(ReadOnlySpan<char> window)
    {
        var end = window.IndexOf('\n');
        if (end < 0 || !window[..end].TrimEnd().SequenceEqual("---"))
        {
            return false;
        }

        var rest = window[(end + 1)..];
        while (!rest.IsEmpty)
        {
            var lineEnd = rest.IndexOf('\n');
            var line = (lineEnd < 0 ? rest : rest[..lineEnd]).TrimEnd();
            if (line.SequenceEqual("---") || line.SequenceEqual("..."))
            {
                return true;
            }

            if (lineEnd < 0)
            {
                break;
            }

            rest = rest[(lineEnd + 1)..];
        }

        return false;
    }

    // One to six '#', a space or tab, then text.
    private static bool IsAtxHeading(ReadOnlySpan<char> line)
    {
        var hashes = 0;
        while (hashes < line.Length && line[hashes] == '#')
        {
            hashes++;
        }

        return hashes is >= 1 and <= 6 && hashes < line.Length && line[hashes] is ' ' or '\t' && !line[hashes..].IsWhiteSpace();
    }
}
