using Pipeline.Core.Text;

namespace Pipeline.Core.Extraction;

/// <summary>
/// Splits one sentence into words, stripping surrounding punctuation and possessives and recording where names may
/// not continue. Hyphenated forms are reduced to their name part: "Obama-era" gives "Obama", "then-Homeland" gives
/// "Homeland", and "US-Mexico" gives two place names.
/// </summary>
internal static class SentenceTokenizer
{
    // Longer "words" are URLs, hashes or markup debris, never names.
    private const int MaxTokenLength = 48;
    private const int MaxAcronymLength = 6;

    public static void Tokenize(ReadOnlySpan<char> text, Range sentence, TokenBuffer tokens)
    {
        tokens.Clear();
        var (offset, length) = sentence.GetOffsetAndLength(text.Length);
        var end = offset + length;
        var position = offset;
        var pendingBreak = false;
        var sawWord = false;
        while (position < end)
        {
            while (position < end && char.IsWhiteSpace(text[position]))
            {
                position++;
            }

            if (position >= end)
            {
                break;
            }

            var start = position;
            while (position < end && !char.IsWhiteSpace(text[position]) && text[position] != '/' && !Chars.IsDash(text[position]))
            {
                position++;
            }

            var stop = position;
            var separatorAfter = position < end && !char.IsWhiteSpace(text[position]);
            if (separatorAfter)
            {
                position++;
            }

            var traits = pendingBreak ? TokenTraits.BreakBefore : TokenTraits.None;
            pendingBreak = separatorAfter;
            if (!AddWord(text, start, stop, traits, ref sawWord, tokens))
            {
                pendingBreak = true;
            }
        }

        SuppressShouting(text, tokens);
    }

    private static bool AddWord(ReadOnlySpan<char> text, int start, int stop, TokenTraits traits, ref bool sawWord, TokenBuffer tokens)
    {
        var quoted = false;
        while (start < stop && Chars.IsOpening(text[start]))
        {
            quoted |= Chars.IsDoubleQuote(text[start]);
            start++;
            traits |= TokenTraits.BreakBefore;
        }

        while (stop > start)
        {
            var c = text[stop - 1];
            if (c == '.')
            {
                if (stop - 1 > start && Abbreviations.KeepsPeriod(text[start..(stop - 1)]))
                {
                    break;
                }
            }
            else if (c is not (',' or ';' or ':' or '!' or '?' or '\u2026') && !Chars.IsClosing(c))
            {
                break;
            }

            stop--;
            traits |= TokenTraits.BreakAfter;
        }

        // Possessive: "Trump's", "ICE’s". The name ends here: "Institute's U.S. Immigration Policy Project" is two.
        if (stop - start > 2 && text[stop - 1] is 's' or 'S' && Chars.IsApostrophe(text[stop - 2]))
        {
            stop -= 2;
            traits |= TokenTraits.BreakAfter;
        }

        if (stop <= start || stop - start > MaxTokenLength)
        {
            return false;
        }

        var word = text[start..stop];
        var hyphen = word.IndexOf('-');
        if (hyphen > 0 && hyphen < word.Length - 1)
        {
            // "then-Homeland": a lower-case prefix before a capitalized word is dropped.
            while (hyphen > 0 && hyphen < word.Length - 1 && char.IsLower(word[0]) && char.IsUpper(word[hyphen + 1]))
            {
                start += hyphen + 1;
                word = text[start..stop];
                hyphen = word.IndexOf('-');
                traits |= TokenTraits.BreakBefore;
            }

            if (hyphen > 0 && hyphen < word.Length - 1 && char.IsUpper(word[0]))
            {
                if (char.IsLower(word[hyphen + 1]))
                {
                    // "Obama-era", "Trump-appointed": the name is the head.
                    stop = start + hyphen;
                    traits |= TokenTraits.BreakAfter;
                }
                else if (AllPartsKnown(word))
                {
                    AddParts(text, start, stop, traits, ref sawWord, tokens);
                    return true;
                }
            }
        }

        if (quoted)
        {
            traits |= TokenTraits.SentenceInitial;
        }

        Add(text, start, stop, traits, ref sawWord, tokens);
        return true;
    }

    private static bool AllPartsKnown(ReadOnlySpan<char> word)
    {
        foreach (var range in word.Split('-'))
        {
            if (!KnownEntities.IsKnown(word[range]))
            {
                return false;
            }
        }

        return true;
    }

    private static void AddParts(ReadOnlySpan<char> text, int start, int stop, TokenTraits traits, ref bool sawWord, TokenBuffer tokens)
    {
        var word = text[start..stop];
        foreach (var range in word.Split('-'))
        {
            var (offset, length) = range.GetOffsetAndLength(word.Length);
            Add(text, start + offset, start + offset + length, traits | TokenTraits.BreakBefore | TokenTraits.BreakAfter, ref sawWord, tokens);
        }
    }

    private static void Add(ReadOnlySpan<char> text, int start, int stop, TokenTraits traits, ref bool sawWord, TokenBuffer tokens)
    {
        var word = text[start..stop];
        var letters = 0;
        var upper = 0;
        var alphanumeric = false;
        foreach (var c in word)
        {
            if (char.IsLetter(c))
            {
                letters++;
                alphanumeric = true;
                if (char.IsUpper(c))
                {
                    upper++;
                }
            }
            else if (char.IsDigit(c))
            {
                alphanumeric = true;
            }
        }

        if (!sawWord && alphanumeric)
        {
            traits |= TokenTraits.SentenceInitial;
            sawWord = true;
        }

        if (letters > 0 && char.IsUpper(word[0]) && word.Length > 1)
        {
            traits |= TokenTraits.Capitalized;
        }

        if (letters >= 2 && upper == letters)
        {
            traits |= TokenTraits.AllCaps;
            if (KnownEntities.TryGetAlias(word, out _))
            {
                traits |= TokenTraits.Acronym | TokenTraits.KnownAcronym;
            }
            else if (letters == word.Length && word.Length <= MaxAcronymLength && !EntityLexicon.NonAcronyms.Contains(word))
            {
                traits |= TokenTraits.Acronym;
            }
        }

        if (EntityLexicon.Connectors.Contains(word))
        {
            traits |= TokenTraits.Connector;
        }

        tokens.Add(new Token(start, stop - start, traits));
    }

    /// <summary>
    /// Runs of capitals ("TIJUANA, MEXICO - DECEMBER 02") are shouting, not acronyms; unknown all-caps words next
    /// to other all-caps words, and unknown all-caps words too long to be acronyms, lose their capital status.
    /// </summary>
    private static void SuppressShouting(ReadOnlySpan<char> text, TokenBuffer tokens)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            ref var token = ref tokens[i];
            if (!token.Has(TokenTraits.AllCaps) || token.Has(TokenTraits.KnownAcronym))
            {
                continue;
            }

            var shouting = !token.Has(TokenTraits.Acronym)
                || (i > 0 && IsUnknownAllCaps(tokens[i - 1]))
                || (i + 1 < tokens.Count && IsUnknownAllCaps(tokens[i + 1]));
            if (shouting && !text[token.Start..token.End].Contains('.'))
            {
                token = token with { Traits = token.Traits & ~(TokenTraits.Capitalized | TokenTraits.Acronym) };
            }
        }
    }

    private static bool IsUnknownAllCaps(Token token) => token.Has(TokenTraits.AllCaps) && !token.Has(TokenTraits.KnownAcronym);
}
