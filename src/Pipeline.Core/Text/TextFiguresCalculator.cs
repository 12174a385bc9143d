using Pipeline.Core.Model;

namespace Pipeline.Core.Text;

/// <summary>Counts words, sentences, paragraphs and characters of a clean article body.</summary>
internal static class TextFiguresCalculator
{
    public static TextFigures Calculate(string body)
    {
        var span = body.AsSpan();
        return new TextFigures(CountWords(span), SentenceSplitter.Count(span), CountParagraphs(span), CountCharacters(span));
    }

    /// <summary>A word is a whitespace-separated token with a letter or digit, so "--" and lone quotes do not count.</summary>
    internal static int CountWords(ReadOnlySpan<char> text)
    {
        var count = 0;
        var inToken = false;
        var tokenHasAlphanumeric = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                if (inToken && tokenHasAlphanumeric)
                {
                    count++;
                }

                inToken = false;
                tokenHasAlphanumeric = false;
                continue;
            }

            inToken = true;
            tokenHasAlphanumeric |= char.IsLetterOrDigit(c);
        }

        return inToken && tokenHasAlphanumeric ? count + 1 : count;
    }

    /// <summary>Paragraphs are separated by one blank line in a clean body.</summary>
    internal static int CountParagraphs(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty)
        {
            return 0;
        }

        var count = 1;
        var index = 0;
        while (true)
        {
            var found = text[index..].IndexOf("\n\n", StringComparison.Ordinal);
            if (found < 0)
            {
                return count;
            }

            count++;
            index += found + 2;
        }
    }

    /// <summary>Unicode scalar values, so an emoji or a rare CJK character written as a surrogate pair counts once.</summary>
    internal static int CountCharacters(ReadOnlySpan<char> text)
    {
        var lowSurrogates = 0;
        foreach (var c in text)
        {
            if (char.IsLowSurrogate(c))
            {
                lowSurrogates++;
            }
        }

        return text.Length - lowSurrogates;
    }
}
