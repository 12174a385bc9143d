using Pipeline.Core.Text;

namespace Pipeline.Core.Extraction.Tagging;

/// <summary>
/// Splits one sentence of clean prose into Penn-Treebank-like word ranges, the tokenization the tagger was trained on:
/// punctuation, quotes and brackets stand alone; the possessive <c>'s</c> and the clitics <c>n't</c>, <c>'re</c>,
/// <c>'ll</c>, <c>'ve</c>, <c>'d</c>, <c>'m</c> are split off; <c>$</c> and <c>%</c> leave their numbers. Periods stay on
/// abbreviations, initials and dotted acronyms (<c>U.S.</c>, <c>Sen.</c>, <c>J.</c>, <c>Dec.</c>, <c>Inc.</c>, by
/// <see cref="Abbreviations"/>), hyphenated words stay whole (<c>U.S.-led</c>), and a slash or dash between words
/// splits them (<c>Moore/Getty</c>). Text that is already PTB-tokenized passes through with its tokens unchanged.
/// </summary>
internal static class WordTokenizer
{
    /// <summary>Clears <paramref name="output"/> and fills it with the word ranges of <paramref name="sentence"/> (offsets into <paramref name="text"/>).</summary>
    public static void Tokenize(ReadOnlySpan<char> text, Range sentence, RangeBuffer output)
    {
        ArgumentNullException.ThrowIfNull(output);
        output.Clear();
        var (offset, length) = sentence.GetOffsetAndLength(text.Length);
        var end = offset + length;
        var position = offset;
        while (position < end)
        {
            while (position < end && char.IsWhiteSpace(text[position]))
            {
                position++;
            }

            var chunkStart = position;
            while (position < end && !char.IsWhiteSpace(text[position]))
            {
                position++;
            }

            if (position > chunkStart)
            {
                SplitChunk(text, chunkStart, position, output);
            }
        }
    }

    private static void SplitChunk(ReadOnlySpan<char> text, int start, int end, RangeBuffer output)
    {
        if (Clitics.IsClitic(text[start..end]))
        {
            output.Add(start, end);
            return;
        }

        if (LooksLikeAddress(text[start..end]))
        {
            var addressEnd = end;
            while (addressEnd > start && IsTrailingPunctuation(text[addressEnd - 1]))
            {
                addressEnd--;
            }

            output.Add(start, addressEnd);
            EmitPunctuation(text, addressEnd, end, output);
            return;
        }

        // Leading brackets, quotes and currency signs; PTB's `` and '' stay whole.
        while (start < end)
        {
            var c = text[start];
            if (c is '`' or '\'' && start + 1 < end && text[start + 1] == c)
            {
                output.Add(start, start + 2);
                start += 2;
            }
            else if (IsLeadingPunctuation(c) || (Chars.IsSingleQuote(c) && start + 1 < end && !char.IsDigit(text[start + 1])))
            {
                output.Add(start, start + 1);
                start++;
            }
            else
            {
                break;
            }
        }

        var coreEnd = TrailingPunctuationStart(text, start, end);
        var cliticStart = CliticStart(text[start..coreEnd]);
        var wordEnd = cliticStart < 0 ? coreEnd : start + cliticStart;
        SplitWord(text, start, wordEnd, output);
        if (wordEnd < coreEnd)
        {
            output.Add(wordEnd, coreEnd);
        }

        EmitPunctuation(text, coreEnd, end, output);
    }

    /// <summary>Where the run of closing punctuation at the end of a chunk starts; a period stays on an abbreviation.</summary>
    private static int TrailingPunctuationStart(ReadOnlySpan<char> text, int start, int end)
    {
        var stop = end;
        while (stop > start)
        {
            var c = text[stop - 1];
            if (c == '.')
            {
                var dots = 1;
                while (stop - dots > start && text[stop - dots - 1] == '.')
                {
                    dots++;
                }

                if (dots == 1 && stop - 1 > start && KeepsPeriod(text[start..(stop - 1)]))
                {
                    break;
                }

                stop -= dots;
                continue;
            }

            if (!IsTrailingPunctuation(c))
            {
                break;
            }

            stop--;
        }

        return stop;
    }

    private static bool KeepsPeriod(ReadOnlySpan<char> word) =>
        char.IsLetter(word[^1]) && (Abbreviations.KeepsPeriod(word) || Abbreviations.IsMonth(word));

    /// <summary>The offset within <paramref name="word"/> of a clitic to split off, or -1.</summary>
    private static int CliticStart(ReadOnlySpan<char> word)
    {
        if (word.Length > 3 && word[^3] is 'n' or 'N' && Chars.IsSingleQuote(word[^2]) && word[^1] is 't' or 'T')
        {
            return word.Length - 3;
        }

        for (var length = 2; length <= 3; length++)
        {
            if (word.Length <= length || !Chars.IsSingleQuote(word[^length]) || !Clitics.IsClitic(word[^length..]))
            {
                continue;
            }

            var before = word[^(length + 1)];
            if (char.IsLetterOrDigit(before) || before == '.')
            {
                return word.Length - length;
            }
        }

        return -1;
    }

    /// <summary>Emits the word, split at dashes, slashes between words and inner ellipses; hyphens stay.</summary>
    private static void SplitWord(ReadOnlySpan<char> text, int start, int end, RangeBuffer output)
    {
        var segmentStart = start;
        var i = start;
        while (i < end)
        {
            var separator = SeparatorLength(text, i, start, end);
            if (separator == 0)
            {
                i++;
                continue;
            }

            if (i > segmentStart)
            {
                output.Add(segmentStart, i);
            }

            output.Add(i, i + separator);
            i += separator;
            segmentStart = i;
        }

        if (end > segmentStart)
        {
            output.Add(segmentStart, end);
        }
    }

    private static int SeparatorLength(ReadOnlySpan<char> text, int i, int start, int end)
    {
        var c = text[i];
        if (Chars.IsDash(c))
        {
            return 1;
        }

        if ((c == '-' || c == '.') && i + 1 < end && text[i + 1] == c)
        {
            var run = 2;
            while (i + run < end && text[i + run] == c)
            {
                run++;
            }

            return c == '-' || run >= 3 ? run : 0;
        }

        if (c == '/' && i > start && i + 1 < end && !(char.IsDigit(text[i - 1]) && char.IsDigit(text[i + 1])))
        {
            return 1;
        }

        return 0;
    }

    /// <summary>Emits closing punctuation one mark at a time, keeping <c>...</c> and <c>''</c> whole.</summary>
    private static void EmitPunctuation(ReadOnlySpan<char> text, int start, int end, RangeBuffer output)
    {
        var i = start;
        while (i < end)
        {
            var length = 1;
            if (text[i] is '.' or '\'')
            {
                while (i + length < end && text[i + length] == text[i])
                {
                    length++;
                }
            }

            output.Add(i, i + length);
            i += length;
        }
    }

    private static bool LooksLikeAddress(ReadOnlySpan<char> chunk) =>
        chunk.Contains("://", StringComparison.Ordinal) || chunk.StartsWith("www.", StringComparison.OrdinalIgnoreCase)
        || (chunk.IndexOf('@') > 0 && chunk.IndexOf('.') > 0);

    private static bool IsLeadingPunctuation(char c) =>
        c is '(' or '[' or '{' or '"' or '\u201C' or '\u201E' or '\u00AB' or '$' or '\u00A3' or '\u20AC' or '#';

    private static bool IsTrailingPunctuation(char c) =>
        c is ',' or ';' or ':' or '!' or '?' or '%' or '\u2026' or ')' or ']' or '}' or '"' or '\'' or '\u201D' or '\u2019' or '\u00BB';
}
