using System.Buffers;
using System.Text;

namespace Pipeline.Core.Parsing.Structured;

/// <summary>
/// Reads articles from JSON Lines: one article object per line, blank lines skipped. A bad line (not JSON, too
/// long, too deep, not an article) is an error for that line only. An entry's index is its line number minus one,
/// so indexes have gaps where blank lines are, and an error message's "line N" is always index + 1.
/// </summary>
internal static class JsonLinesArticleParser
{
    /// <exception cref="ArticleFormatException">The file has more non-blank lines than <see cref="ParseLimits.MaxEntries"/>.</exception>
    public static IReadOnlyList<ParsedEntry> Parse(string text, ParseLimits limits)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(limits);
        var lines = SplitLines(text, limits.MaxEntries);
        var entries = new List<ParsedEntry>(lines.Count);
        byte[]? buffer = null;
        try
        {
            foreach (var (index, range) in lines)
            {
                var line = text.AsSpan(range);
                if (line.Length > limits.MaxLineChars)
                {
                    entries.Add(ParsedEntry.Failed(index, ArticleErrorCode.TooLarge, EntryErrors.LineTooLong(index + 1, line.Length, limits.MaxLineChars)));
                    continue;
                }

                var needed = Encoding.UTF8.GetMaxByteCount(line.Length);
                if (buffer is null || buffer.Length < needed)
                {
                    if (buffer is not null)
                    {
                        ArrayPool<byte>.Shared.Return(buffer);
                    }

                    buffer = ArrayPool<byte>.Shared.Rent(needed);
                }

                var length = Encoding.UTF8.GetBytes(line, buffer);
                entries.Add(ParseLine(index, line, buffer.AsMemory(0, length), limits.MaxDepth));
            }
        }
        finally
        {
            if (buffer is not null)
            {
                ArrayPool<byte>.Shared.Return(buffer);
            }
        }

        return entries;
    }

    private static ParsedEntry ParseLine(int index, ReadOnlySpan<char> line, ReadOnlyMemory<byte> utf8, int maxDepth)
    {
        var number = index + 1;
        using var document = JsonSyntax.TryParse(line, utf8, maxDepth, out var error);
        if (document is null)
        {
            var message = error.Code == ArticleErrorCode.TooLarge
                ? $"line {number} {error.Reason} at position {error.Position}"
                : $"line {number} is not valid JSON: {error.Reason} at position {error.Position}";
            return ParsedEntry.Failed(index, error.Code, message);
        }

        var article = JsonArticleFields.Map(document.RootElement, null, out var problem);
        return article is null ? ParsedEntry.Failed(index, problem.Code, $"line {number} {problem.Predicate}") : ParsedEntry.Ok(index, article);
    }

    // The non-blank lines with their zero-based line numbers, without a trailing '\r' or a leading byte order mark.
    private static List<(int Index, Range Range)> SplitLines(string text, int maxEntries)
    {
        var lines = new List<(int, Range)>();
        var start = text.Length > 0 && text[0] == '\uFEFF' ? 1 : 0;
        for (var index = 0; start <= text.Length; index++)
        {
            var newline = text.IndexOf('\n', start);
            var end = newline < 0 ? text.Length : newline;
            var lineEnd = end > start && text[end - 1] == '\r' ? end - 1 : end;
            if (!text.AsSpan(start, lineEnd - start).IsWhiteSpace())
            {
                if (lines.Count == maxEntries)
                {
                    throw new ArticleFormatException(ArticleErrorCode.TooLarge, EntryErrors.TooManyEntries("lines of JSON", maxEntries));
                }

                lines.Add((index, start..lineEnd));
            }

            start = end + 1;
        }

        return lines;
    }
}
