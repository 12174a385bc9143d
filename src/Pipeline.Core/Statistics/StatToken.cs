namespace Pipeline.Core.Statistics;

/// <summary>The three shapes the statistics scanners tell apart.</summary>
internal enum StatTokenKind : byte
{
    /// <summary>Letters, with inner apostrophes (<c>don't</c>).</summary>
    Word,

    /// <summary>Digits with inner group commas and decimal points (<c>256,085</c>, <c>4.5</c>).</summary>
    Number,

    /// <summary>Any other single non-space character.</summary>
    Symbol,
}

/// <summary>One token of the body: its span and shape.</summary>
internal readonly record struct StatToken(int Start, int End, StatTokenKind Kind)
{
    public int Length => End - Start;
}

/// <summary>
/// Splits a body into <see cref="StatToken"/>s in one linear pass. Unlike the entity tokenizer it keeps hyphens,
/// currency signs and percent signs as tokens of their own, because figures are read from exactly those.
/// </summary>
internal static class StatTokenizer
{
    public static StatToken[] Tokenize(ReadOnlySpan<char> text, out int count)
    {
        // A token is at least one character, so half the length (plus one) bounds the count of tokens separated by
        // spaces; dense punctuation can exceed it, hence the growth below.
        var tokens = new StatToken[Math.Max(16, (text.Length / 3) + 1)];
        count = 0;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }

            var start = i;
            StatTokenKind kind;
            if (char.IsAsciiDigit(c))
            {
                i++;
                while (i < text.Length)
                {
                    if (char.IsAsciiDigit(text[i]))
                    {
                        i++;
                    }
                    else if (text[i] is ',' or '.' && i + 1 < text.Length && char.IsAsciiDigit(text[i + 1]))
                    {
                        i += 2;
                    }
                    else
                    {
                        break;
                    }
                }

                kind = StatTokenKind.Number;
            }
            else if (char.IsLetter(c))
            {
                i++;
                while (i < text.Length)
                {
                    if (char.IsLetter(text[i]))
                    {
                        i++;
                    }
                    else if (Text.Chars.IsApostrophe(text[i]) && i + 1 < text.Length && char.IsLetter(text[i + 1]))
                    {
                        i += 2;
                    }
                    else
                    {
                        break;
                    }
                }

                kind = StatTokenKind.Word;
            }
            else
            {
                i++;
                kind = StatTokenKind.Symbol;
            }

            if (count == tokens.Length)
            {
                Array.Resize(ref tokens, tokens.Length * 2);
            }

            tokens[count++] = new StatToken(start, i, kind);
        }

        return tokens;
    }
}
