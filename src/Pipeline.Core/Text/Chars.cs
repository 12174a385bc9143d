namespace Pipeline.Core.Text;

/// <summary>Character classes shared by the scanners. News text mixes ASCII and typographic punctuation freely.</summary>
internal static class Chars
{
    public static bool IsApostrophe(char c) => c is '\'' or '\u2019';

    /// <summary>Apostrophes and the marks tokenizers write for them: straight, curly left and right, grave.</summary>
    public static bool IsSingleQuote(char c) => c is '\'' or '\u2018' or '\u2019' or '`';

    public static bool IsSentenceTerminal(char c) => c is '.' or '!' or '?' or '\u2026';

    /// <summary>Punctuation that may trail a sentence terminal and still belong to the sentence: <c>said."</c>, <c>(sic.)</c>.</summary>
    public static bool IsClosing(char c) => c is ')' or ']' or '}' or '"' or '\'' or '\u201D' or '\u2019' or '\u00BB';

    public static bool IsOpening(char c) => c is '(' or '[' or '{' or '"' or '\'' or '`' or '\u201C' or '\u2018' or '\u00AB';

    public static bool IsDoubleQuote(char c) => c is '"' or '\u201C' or '\u201D';

    public static bool IsDash(char c) => c is '\u2014' or '\u2013';

    public static bool HasLetterOrDigit(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                return true;
            }
        }

        return false;
    }

    public static bool HasLetter(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (char.IsLetter(c))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Counts whitespace-separated tokens; cheap enough for title and headline heuristics.</summary>
    public static int CountWords(ReadOnlySpan<char> text)
    {
        var count = 0;
        var inWord = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                inWord = false;
            }
            else if (!inWord)
            {
                inWord = true;
                count++;
            }
        }

        return count;
    }
}
