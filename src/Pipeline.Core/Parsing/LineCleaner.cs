using Pipeline.Core.Text;

namespace Pipeline.Core.Parsing;

/// <summary>
/// Cleans one kept line: removes inline photo credits such as <c>(Photo by John Moore/Getty Images)</c>, a trailing
/// boilerplate sentence, and a stray period left after a closing quote (<c>nationals." .</c>).
/// </summary>
internal static class LineCleaner
{
    private const int MaxParentheticalLength = 160;

    /// <summary>Writes the cleaned line to <paramref name="destination"/> and returns its length.</summary>
    public static int Clean(ReadOnlySpan<char> line, Span<char> destination)
    {
        var written = 0;
        var index = 0;
        while (index < line.Length)
        {
            var open = line[index..].IndexOf('(');
            if (open < 0)
            {
                line[index..].CopyTo(destination[written..]);
                written += line.Length - index;
                break;
            }

            open += index;
            line[index..open].CopyTo(destination[written..]);
            written += open - index;
            var window = line[(open + 1)..Math.Min(line.Length, open + 1 + MaxParentheticalLength)];
            var close = window.IndexOf(')');
            if (close >= 0 && PageFurniture.IsPhotoCredit(window[..close]))
            {
                while (written > 0 && destination[written - 1] == ' ')
                {
                    written--;
                }

                index = open + close + 2;
                continue;
            }

            destination[written++] = '(';
            index = open + 1;
        }

        written = TrimEnd(destination, written);
        written = RemoveTrailingBoilerplate(destination, written);
        return RemoveStrayPeriod(destination, written);
    }

    private static int RemoveTrailingBoilerplate(Span<char> text, int length)
    {
        foreach (var sentence in PageFurniture.BoilerplateSentences)
        {
            var current = text[..length];
            var before = length - sentence.Length;
            if (before >= 2 && current.EndsWith(sentence, StringComparison.Ordinal) && current[before - 1] == ' '
                && (Chars.IsSentenceTerminal(current[before - 2]) || Chars.IsClosing(current[before - 2])))
            {
                return TrimEnd(text, before);
            }
        }

        return length;
    }

    private static int RemoveStrayPeriod(Span<char> text, int length)
    {
        if (length >= 3 && text[length - 1] == '.' && text[length - 2] == ' '
            && (Chars.IsSentenceTerminal(text[length - 3]) || Chars.IsClosing(text[length - 3])))
        {
            return length - 2;
        }

        return length;
    }

    private static int TrimEnd(Span<char> text, int length)
    {
        while (length > 0 && text[length - 1] == ' ')
        {
            length--;
        }

        return length;
    }
}
