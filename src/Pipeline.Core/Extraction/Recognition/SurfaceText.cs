namespace Pipeline.Core.Extraction.Recognition;

/// <summary>
/// A mention's text as one form for comparisons: white space runs (a name broken across lines) become one space and
/// the typographic apostrophe becomes the plain one, so "O’Rourke" and "O'Rourke" are the same name.
/// </summary>
internal static class SurfaceText
{
    /// <summary>Longer mentions are compared on their first this many characters.</summary>
    public const int MaxChars = 256;

    public static ReadOnlySpan<char> Normalize(ReadOnlySpan<char> text, Span<char> buffer)
    {
        var length = 0;
        var space = false;
        foreach (var c in text)
        {
            if (length == buffer.Length)
            {
                break;
            }

            if (char.IsWhiteSpace(c))
            {
                space = length > 0;
                continue;
            }

            if (space && length + 1 < buffer.Length)
            {
                buffer[length++] = ' ';
            }

            space = false;
            buffer[length++] = c == '\u2019' ? '\'' : c;
        }

        return buffer[..length];
    }

    public static string Normalize(ReadOnlySpan<char> text)
    {
        Span<char> buffer = stackalloc char[MaxChars];
        return new string(Normalize(text, buffer));
    }
}
