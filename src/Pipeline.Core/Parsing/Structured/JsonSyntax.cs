using System.Globalization;
using System.Text.Json;

namespace Pipeline.Core.Parsing.Structured;

/// <summary>Where and why a JSON text could not be parsed. Line and position are 1-based; position counts characters.</summary>
internal readonly record struct JsonSyntaxError(ArticleErrorCode Code, string Reason, int Line, int Position);

/// <summary>
/// Parses JSON text into a <see cref="JsonDocument"/> under a nesting limit, and turns failures into a short reason
/// with the line and character position of the fault.
/// </summary>
internal static class JsonSyntax
{
    /// <summary>
    /// Parses <paramref name="utf8"/>, the UTF-8 form of <paramref name="text"/> (which is only read to turn byte
    /// positions into character positions). The document borrows <paramref name="utf8"/> until it is disposed.
    /// </summary>
    public static JsonDocument? TryParse(ReadOnlySpan<char> text, ReadOnlyMemory<byte> utf8, int maxDepth, out JsonSyntaxError error)
    {
        // A first pass with a reader tells "too deep" apart from broken syntax and says where; JsonDocument would
        // report both as the same exception type. The pass allocates nothing and is far cheaper than the parse.
        var reader = new Utf8JsonReader(utf8.Span, ReaderOptions(maxDepth + 1));
        try
        {
            while (reader.Read())
            {
                if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray && reader.CurrentDepth >= maxDepth)
                {
                    var (line, position) = Locate(text, utf8.Span, reader.TokenStartIndex);
                    var reason = string.Create(CultureInfo.InvariantCulture, $"nests deeper than {maxDepth} levels");
                    error = new JsonSyntaxError(ArticleErrorCode.TooLarge, reason, line, position);
                    return null;
                }
            }

            error = default;
            return JsonDocument.Parse(utf8, new JsonDocumentOptions
            {
                MaxDepth = maxDepth,
                AllowTrailingCommas = true,
                CommentHandling = JsonCommentHandling.Skip,
            });
        }
        catch (JsonException exception)
        {
            var line = (int)(exception.LineNumber ?? 0);
            var position = CharPosition(LineAt(text, line), (int)(exception.BytePositionInLine ?? 0));
            error = new JsonSyntaxError(ArticleErrorCode.Malformed, Reason(exception.Message), line + 1, position);
            return null;
        }
    }

    /// <summary>The reader options the parsers share: comments and trailing commas are tolerated, nothing else.</summary>
    public static JsonReaderOptions ReaderOptions(int maxDepth) => new()
    {
        MaxDepth = maxDepth,
        AllowTrailingCommas = true,
        CommentHandling = JsonCommentHandling.Skip,
    };

    /// <summary>The 1-based line of a byte offset into <paramref name="utf8"/>.</summary>
    public static int LineOf(ReadOnlySpan<byte> utf8, long offset) => utf8[..(int)offset].Count((byte)'\n') + 1;

    private static (int Line, int Position) Locate(ReadOnlySpan<char> text, ReadOnlySpan<byte> utf8, long offset)
    {
        var before = utf8[..(int)offset];
        var lineIndex = before.Count((byte)'\n');
        var lineStart = before.LastIndexOf((byte)'\n') + 1;
        return (lineIndex + 1, CharPosition(LineAt(text, lineIndex), (int)offset - lineStart));
    }

    private static ReadOnlySpan<char> LineAt(ReadOnlySpan<char> text, int lineIndex)
    {
        for (var i = 0; i < lineIndex; i++)
        {
            var newline = text.IndexOf('\n');
            if (newline < 0)
            {
                return [];
            }

            text = text[(newline + 1)..];
        }

        return text;
    }

    // JSON positions count UTF-8 bytes; operators count characters.
    private static int CharPosition(ReadOnlySpan<char> line, int bytePosition)
    {
        var bytes = 0;
        var chars = 0;
        while (chars < line.Length && bytes < bytePosition)
        {
            var c = line[chars];
            bytes += c < 0x80 ? 1 : c < 0x800 ? 2 : char.IsHighSurrogate(c) ? 4 : char.IsLowSurrogate(c) ? 0 : 3;
            chars++;
        }

        return chars + 1;
    }

    // "'}' is invalid after a value. Expected either ',', '}', or ']'. LineNumber: 0 | BytePositionInLine: 9."
    // → "'}' is invalid after a value; expected either ',', '}', or ']'": one clause list without the location.
    private static string Reason(string message)
    {
        if (message.StartsWith("The input does not contain any JSON tokens", StringComparison.Ordinal))
        {
            return "there is no JSON value";
        }

        if (message.StartsWith("Expected depth to be zero", StringComparison.Ordinal)
            || message.Contains("reached end of data", StringComparison.Ordinal))
        {
            return "the text ends before the value is complete";
        }

        var end = message.Length;
        foreach (var marker in (ReadOnlySpan<string>)[" Path:", " LineNumber:"])
        {
            var index = message.IndexOf(marker, StringComparison.Ordinal);
            if (index >= 0 && index < end)
            {
                end = index;
            }
        }

        var clauses = message[..end].Trim().TrimEnd('.').Split(". ");
        for (var i = 0; i < clauses.Length; i++)
        {
            clauses[i] = LowerFirst(clauses[i]);
        }

        return string.Join("; ", clauses);
    }

    // "The JSON …" → "the JSON …", but an acronym such as "JSON" at the start stays as it is.
    private static string LowerFirst(string clause) =>
        clause.Length > 1 && char.IsUpper(clause[0]) && char.IsLower(clause[1])
            ? string.Concat(char.ToLowerInvariant(clause[0]).ToString(), clause.AsSpan(1))
            : clause;
}
