using System.Buffers;
using System.Text;
using System.Text.Json;

namespace Pipeline.Core.Detection;

/// <summary>Tells JSON and JSON Lines from text that merely starts with a brace or a bracket.</summary>
internal static class JsonShape
{
    private const int LinesInspected = 2;

    /// <summary>
    /// True when the window is valid JSON as far as it goes: a whole document when it holds the whole text, a
    /// document's valid beginning when the text goes on (the parser judges the rest).
    /// </summary>
    public static bool IsJsonPrefix(ReadOnlySpan<char> window, bool isWholeText)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(window.Length));
        try
        {
            var length = Encoding.UTF8.GetBytes(window, buffer);
            var options = new JsonReaderOptions
            {
                AllowTrailingCommas = true,
                CommentHandling = JsonCommentHandling.Skip,

                // Depth is a limit the file is checked against before parsing, not a reason to call it something else.
                MaxDepth = window.Length + 1,
            };
            var reader = new Utf8JsonReader(buffer.AsSpan(0, length), isWholeText, new JsonReaderState(options));
            // As a final block, a text that ends inside the document or goes on after it throws.
            while (reader.Read())
            {
            }

            return true;
        }
        catch (JsonException)
        {
            return false;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>True when the first non-blank line from <paramref name="offset"/> starts with '{' and ends with '}'.</summary>
    public static bool FirstLineIsObject(string text, int offset)
    {
        var span = text.AsSpan(offset);
        var end = span.IndexOf('\n');
        var line = (end < 0 ? span : span[..end]).Trim();
        return line.Length >= 2 && line[0] == '{' && line[^1] == '}';
    }

    /// <summary>
    /// True when the text opens with a line that is one whole object (<c>{…}</c>) followed by a line that starts
    /// another: the shape of JSON Lines, which a pretty-printed or single JSON document never has.
    /// </summary>
    public static bool LooksLikeJsonLines(string text, int offset)
    {
        var span = text.AsSpan(offset);
        var seen = 0;
        while (seen < LinesInspected && !span.IsEmpty)
        {
            var end = span.IndexOf('\n');
            var line = (end < 0 ? span : span[..end]).Trim();
            span = end < 0 ? default : span[(end + 1)..];
            if (line.IsEmpty)
            {
                continue;
            }

            var isFirst = seen == 0;
            seen++;
            if (line[0] != '{' || (isFirst && line[^1] != '}'))
            {
                return false;
            }
        }

        return seen == LinesInspected;
    }
}
