using System.Buffers;
using Pipeline.Core.Model;
using Pipeline.Core.Parsing;

namespace Pipeline.Core.Detection;

/// <summary>
/// Enforces the per-file limits on a batch file with cheap linear scans before any parser runs, so that no parser
/// ever builds a tree 100,000 levels deep, a list of a million entries or a 16 MiB line: JSON nesting depth and
/// top-level array length, JSON Lines line count and line length, feed item count, HTML and feed element nesting.
/// </summary>
internal static class StructureLimits
{
    /// <summary>
    /// Deepest element nesting of a page or feed. Browsers stop nesting at 512 too; real pages stay below a hundred.
    /// (<see cref="ParseLimits.MaxDepth"/> is for data formats, whose documents are much shallower.)
    /// </summary>
    public const int MaxMarkupDepth = 512;

    private static readonly SearchValues<char> JsonStructural = SearchValues.Create("{}[]\",\n");
    private static readonly SearchValues<char> JsonStringSpecial = SearchValues.Create("\"\\\n");
    private static readonly SearchValues<string> FeedEntryTags = SearchValues.Create(["<item", "<entry", ":entry"], StringComparison.Ordinal);

    /// <exception cref="ArticleFormatException">A limit is exceeded (<see cref="ArticleErrorCode.TooLarge"/>).</exception>
    public static void Check(string text, ArticleFormat format, ParseLimits limits)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(limits);
        switch (format)
        {
            case ArticleFormat.Json:
                CheckJson(text, limits);
                break;
            case ArticleFormat.JsonLines:
                CheckJsonLines(text, limits);
                break;
            case ArticleFormat.Rss or ArticleFormat.Atom:
                CheckFeed(text, limits);
                MarkupNesting.Check(text, MaxMarkupDepth);
                break;
            case ArticleFormat.Html:
                MarkupNesting.Check(text, MaxMarkupDepth);
                break;
        }
    }

    private static void CheckJson(ReadOnlySpan<char> span, ParseLimits limits)
    {
        var depth = 0;
        var line = 1;
        var lineStart = 0;
        var topLevelIsArray = (bool?)null;
        long entries = 1;
        var i = 0;
        while (true)
        {
            var next = span[i..].IndexOfAny(JsonStructural);
            if (next < 0)
            {
                return;
            }

            i += next;
            switch (span[i])
            {
                case '\n':
                    line++;
                    lineStart = i + 1;
                    break;
                case '"':
                    i = SkipString(span, i + 1, ref line, ref lineStart);
                    break;
                case '{' or '[':
                    depth++;
                    topLevelIsArray ??= span[i] == '[';
                    if (depth > limits.MaxDepth)
                    {
                        throw new ArticleFormatException(ArticleErrorCode.TooLarge, ArticleErrors.TooDeep(limits.MaxDepth, line, i - lineStart + 1));
                    }

                    break;
                case '}' or ']':
                    depth = Math.Max(0, depth - 1);
                    break;
                case ',' when depth == 1 && topLevelIsArray == true:
                    if (++entries > limits.MaxEntries)
                    {
                        throw new ArticleFormatException(ArticleErrorCode.TooLarge, ArticleErrors.TooManyEntriesAtLeast(limits.MaxEntries));
                    }

                    break;
            }

            if (++i >= span.Length)
            {
                return;
            }
        }
    }

    // Returns the index of the closing quote (or the end); escapes are skipped so "\"" does not end the string.
    private static int SkipString(ReadOnlySpan<char> span, int i, ref int line, ref int lineStart)
    {
        while (i < span.Length)
        {
            var next = span[i..].IndexOfAny(JsonStringSpecial);
            if (next < 0)
            {
                return span.Length;
            }

            i += next;
            switch (span[i])
            {
                case '"':
                    return i;
                case '\\':
                    i += 2;
                    break;
                default:
                    line++;
                    lineStart = i + 1;
                    i++;
                    break;
            }
        }

        return span.Length;
    }

    private static void CheckJsonLines(ReadOnlySpan<char> span, ParseLimits limits)
    {
        var line = 0;
        var entries = 0;
        var position = 0;
        while (position <= span.Length)
        {
            var end = span[position..].IndexOf('\n');
            var content = end < 0 ? span[position..] : span.Slice(position, end);
            line++;
            if (content.Length > limits.MaxLineChars && content.TrimEnd('\r').Length > limits.MaxLineChars)
            {
                throw new ArticleFormatException(ArticleErrorCode.TooLarge, ArticleErrors.LineTooLong(line, content.TrimEnd('\r').Length, limits.MaxLineChars));
            }

            if (!content.IsWhiteSpace() && ++entries > limits.MaxEntries)
            {
                throw new ArticleFormatException(ArticleErrorCode.TooLarge, ArticleErrors.TooManyEntriesAtLeast(limits.MaxEntries));
            }

            if (end < 0)
            {
                return;
            }

            position += end + 1;
        }
    }

    // Counts <item> and <entry> start tags (an over-count from CDATA can only reject a file near the limit anyway).
    private static void CheckFeed(ReadOnlySpan<char> span, ParseLimits limits)
    {
        var entries = 0;
        var rest = span;
        while (true)
        {
            var at = rest.IndexOfAny(FeedEntryTags);
            if (at < 0)
            {
                return;
            }

            var tagLength = rest[at] == ':' ? ":entry".Length : rest[(at + 1)..].StartsWith("item", StringComparison.Ordinal) ? "<item".Length : "<entry".Length;
            rest = rest[(at + tagLength)..];
            if ((rest.IsEmpty || rest[0] is '>' or '/' || char.IsWhiteSpace(rest[0])) && ++entries > limits.MaxEntries)
            {
                throw new ArticleFormatException(ArticleErrorCode.TooLarge, ArticleErrors.TooManyEntriesAtLeast(limits.MaxEntries));
            }
        }
    }
}
