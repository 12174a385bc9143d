namespace Pipeline.Core.Parsing;

/// <summary>
/// Undoes Penn Treebank tokenization line by line: <c>( CNN )</c> becomes <c>(CNN)</c>, <c>do n't</c> becomes
/// <c>don't</c>, <c>`` millions ''</c> becomes <c>"millions"</c>, <c>$ 4.5</c> becomes <c>$4.5</c>. Each token only
/// decides whether it glues to its left or right neighbour, so the pass is linear and never grows the text.
/// </summary>
internal static class PtbDetokenizer
{
    /// <summary>Writes the detokenized text to <paramref name="destination"/> (at least as long as the source).</summary>
    public static int Detokenize(ReadOnlySpan<char> source, Span<char> destination)
    {
        var written = 0;
        var lineStart = 0;
        while (lineStart <= source.Length)
        {
            var lineLength = source[lineStart..].IndexOf('\n');
            var last = lineLength < 0;
            if (last)
            {
                lineLength = source.Length - lineStart;
            }

            written = DetokenizeLine(source.Slice(lineStart, lineLength), destination, written);
            if (last)
            {
                break;
            }

            destination[written++] = '\n';
            lineStart += lineLength + 1;
        }

        return written;
    }

    /// <summary>Convenience for tests and one-off callers.</summary>
    public static string Detokenize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var buffer = new char[text.Length];
        var length = Detokenize(text, buffer);
        return new string(buffer, 0, length);
    }

    private static int DetokenizeLine(ReadOnlySpan<char> line, Span<char> destination, int written)
    {
        var glueNext = true;
        var doubleQuoteOpen = false;
        foreach (var range in line.Split(' '))
        {
            var token = line[range];
            if (token.IsEmpty)
            {
                continue;
            }

            var text = Map(token, ref doubleQuoteOpen, out var glueLeft, out var glueRight);
            if (!glueNext && !glueLeft)
            {
                destination[written++] = ' ';
            }

            text.CopyTo(destination[written..]);
            written += text.Length;
            glueNext = glueRight;
        }

        return written;
    }

    private static ReadOnlySpan<char> Map(ReadOnlySpan<char> token, ref bool doubleQuoteOpen, out bool glueLeft, out bool glueRight)
    {
        glueLeft = false;
        glueRight = false;
        switch (token)
        {
            case "``":
                glueRight = true;
                return "\"";
            case "''":
                glueLeft = true;
                return "\"";
            case "`":
                glueRight = true;
                return "'";
            case "\"":
                // Some PTB variants keep straight quotes; alternate open and close within the line.
                doubleQuoteOpen = !doubleQuoteOpen;
                glueRight = doubleQuoteOpen;
                glueLeft = !doubleQuoteOpen;
                return token;
            case "-LRB-":
                glueRight = true;
                return "(";
            case "-LSB-":
                glueRight = true;
                return "[";
            case "-LCB-":
                glueRight = true;
                return "{";
            case "-RRB-":
                glueLeft = true;
                return ")";
            case "-RSB-":
                glueLeft = true;
                return "]";
            case "-RCB-":
                glueLeft = true;
                return "}";
            case "(" or "[" or "{" or "$" or "#":
                glueRight = true;
                return token;
            case ")" or "]" or "}" or "," or "." or ";" or ":" or "?" or "!" or "%" or "..." or "'":
                // A lone apostrophe closes a single quote or marks a plural possessive ("families '").
                glueLeft = true;
                return token;
            default:
                glueLeft = IsClitic(token);
                return token;
        }
    }

    // 's 're 've 'll 'd 'm and n't attach to the word before them.
    private static bool IsClitic(ReadOnlySpan<char> token)
    {
        if (token.Equals("n't", StringComparison.OrdinalIgnoreCase) || token.Equals("n\u2019t", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        if (token.Length is < 2 or > 3 || token[0] is not '\'' and not '\u2019')
        {
            return false;
        }

        var rest = token[1..];
        return rest.Equals("s", StringComparison.OrdinalIgnoreCase)
            || rest.Equals("re", StringComparison.OrdinalIgnoreCase)
            || rest.Equals("ve", StringComparison.OrdinalIgnoreCase)
            || rest.Equals("ll", StringComparison.OrdinalIgnoreCase)
            || rest.Equals("d", StringComparison.OrdinalIgnoreCase)
            || rest.Equals("m", StringComparison.OrdinalIgnoreCase);
    }
}
