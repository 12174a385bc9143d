namespace Pipeline.Core.Text;

/// <summary>
/// Splits text into sentences without allocating. A line break always ends a sentence; a terminal mark ends one
/// only when followed by a space and something that can start a sentence, and not when the period belongs to a
/// title ("Sen. Smith"), an initial ("J. Smith"), a dated month ("Dec. 5") or an abbreviation followed by an
/// ordinary word ("U.S. history"). Decimals never qualify because no space follows their point.
/// </summary>
internal static class SentenceSplitter
{
    public static SentenceEnumerator Split(ReadOnlySpan<char> text) => new(text);

    public static int Count(ReadOnlySpan<char> text)
    {
        var count = 0;
        foreach (var range in Split(text))
        {
            if (Chars.HasLetterOrDigit(text[range]))
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>Returns the exclusive end of the sentence that starts at <paramref name="start"/>.</summary>
    internal static int FindEnd(ReadOnlySpan<char> text, int start)
    {
        for (var i = start; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\n')
            {
                return i;
            }

            if (!Chars.IsSentenceTerminal(c))
            {
                continue;
            }

            var after = i;
            while (after < text.Length && Chars.IsSentenceTerminal(text[after]))
            {
                after++;
            }

            var singlePeriod = c == '.' && after == i + 1;
            while (after < text.Length && Chars.IsClosing(text[after]))
            {
                after++;
            }

            if (after == text.Length)
            {
                return after;
            }

            if (text[after] is ' ' or '\n' or '\t' && IsBoundary(text, i, after, singlePeriod))
            {
                return after;
            }

            i = after - 1;
        }

        return text.Length;
    }

    private static bool IsBoundary(ReadOnlySpan<char> text, int terminal, int after, bool singlePeriod)
    {
        var next = after;
        while (next < text.Length && text[next] is ' ' or '\t')
        {
            next++;
        }

        if (next == text.Length || text[next] == '\n')
        {
            return true;
        }

        var nextChar = text[next];
        if (char.IsLower(nextChar))
        {
            return false;
        }

        if (!singlePeriod)
        {
            return true;
        }

        var wordStart = terminal;
        while (wordStart > 0 && !char.IsWhiteSpace(text[wordStart - 1]) && !Chars.IsOpening(text[wordStart - 1]))
        {
            wordStart--;
        }

        var word = text[wordStart..terminal];
        if (word.Length == 1 && char.IsUpper(word[0]))
        {
            return false;
        }

        if (Abbreviations.IsTitle(word))
        {
            return false;
        }

        var isMonth = Abbreviations.IsMonth(word);
        if (isMonth && char.IsDigit(nextChar))
        {
            return false;
        }

        if (isMonth || word.Contains('.') || Abbreviations.IsAmbiguous(word))
        {
            // "in the U.S. The agency" ends a sentence; "the U.S. Border Patrol" and "P.J. Lechleitner" do not.
            return CommonWords.IsSentenceStarter(CommonWords.LeadingWord(text[next..]));
        }

        return true;
    }
}

/// <summary>Enumerates sentence ranges; leading whitespace is skipped, so ranges start at the first word.</summary>
internal ref struct SentenceEnumerator
{
    private readonly ReadOnlySpan<char> text;
    private int position;

    public SentenceEnumerator(ReadOnlySpan<char> text)
    {
        this.text = text;
    }

    public Range Current { get; private set; }

    public readonly SentenceEnumerator GetEnumerator() => this;

    public bool MoveNext()
    {
        while (position < text.Length && char.IsWhiteSpace(text[position]))
        {
            position++;
        }

        if (position >= text.Length)
        {
            return false;
        }

        var start = position;
        var end = SentenceSplitter.FindEnd(text, start);
        var trimmed = end;
        while (trimmed > start && char.IsWhiteSpace(text[trimmed - 1]))
        {
            trimmed--;
        }

        Current = start..trimmed;
        position = end;
        return true;
    }
}
