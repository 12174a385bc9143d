using System.Collections.Frozen;

namespace Pipeline.Core.Statistics;

/// <summary>A speaker or source as the text names them: the phrase and its span.</summary>
internal readonly record struct NamedSpan(int Start, int End, string Cue);

/// <summary>
/// Reads who says something: "X said", "said X", "X told reporters", "according to X". Works on a window of tokens
/// so every call is bounded by the window, not the sentence.
/// </summary>
internal static class Attribution
{
    /// <summary>Tokens an attribution may span after a quote: enough for "X, a policy analyst at the Y Institute's Z Project, told".</summary>
    private const int Window = 28;

    /// <summary>Tokens between a speech verb and the quote it introduces ("told NBC News that his plan").</summary>
    private const int LeadWindow = 10;

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> SpeechVerbs = new[]
    {
        "said", "says", "told", "tells", "added", "adds", "asked", "explained", "stated", "wrote", "writes", "noted", "argued",
        "insisted", "recalled", "continued", "warned", "tweeted", "posted", "declared", "acknowledged", "replied", "responded",
        "stressed", "emphasized", "claimed", "announced", "testified", "contended", "concluded", "admitted", "estimated",
        "estimates", "reported", "reports", "predicted", "cautioned", "suggested", "observed", "remarked", "saying", "telling",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    public static bool IsSpeechVerb(ReadOnlySpan<char> word) => SpeechVerbs.Contains(word);

    /// <summary>
    /// The attribution that starts at token <paramref name="start"/> (right after a closing quote): "X said", "said X",
    /// "X, a policy analyst, told NBC News", "according to X". Stops at a sentence end or another quote.
    /// </summary>
    public static NamedSpan? After(TokenText text, int start, bool closedSentence)
    {
        // After a quote that closed its sentence ("... families."), only a short "Smith said." attributes it.
        var window = closedSentence ? 5 : Window;
        if (text.IsSymbol(start, ','))
        {
            start++;
        }

        if (text.Is(start, "according") && text.Is(start + 1, "to"))
        {
            return Phrase(text, start + 2, "according to");
        }

        var firstComma = -1;
        for (var k = start; k < start + window && text.InRange(k); k++)
        {
            if (IsBoundary(text, k) || (k > start && text.LineBreakBetween(k - 1, k)))
            {
                return null;
            }

            if (text.IsSymbol(k, ',') && firstComma < 0)
            {
                firstComma = k;
            }

            if (!text.IsWord(k) || !SpeechVerbs.Contains(text.Span(k)))
            {
                continue;
            }

            if (k == start)
            {
                return Phrase(text, k + 1, text.Span(k).ToString().ToLowerInvariant());
            }

            // The subject ends at its first comma: "Kathleen Bush-Joseph, a policy analyst at ..., told NBC News".
            var subjectEnd = firstComma > start ? firstComma - 1 : k - 1;
            return subjectEnd >= start ? Span(text, start, subjectEnd, text.Span(k).ToString().ToLowerInvariant()) : null;
        }

        return null;
    }

    /// <summary>
    /// The attribution that ends right before token <paramref name="end"/> (an opening quote): "Morgan said Wednesday,",
    /// "The official added that", "she said:". The verb must be within a few words of the quote.
    /// </summary>
    public static NamedSpan? Before(TokenText text, int end)
    {
        for (var k = end - 1; k >= end - LeadWindow && k >= 0; k--)
        {
            if (IsBoundary(text, k) || text.LineBreakBetween(k, k + 1))
            {
                return null;
            }

            // "According to Jones, "the plan was never viable.""
            if (text.Is(k, "according") && text.Is(k + 1, "to"))
            {
                return Phrase(text, k + 2, "according to");
            }

            if (!text.IsWord(k) || !SpeechVerbs.Contains(text.Span(k)))
            {
                continue;
            }

            // The subject runs back from the verb to the clause start.
            var subjectEnd = k - 1;
            var subjectStart = subjectEnd;
            while (subjectStart - 1 >= 0 && subjectEnd - subjectStart < 8 && !IsBoundary(text, subjectStart - 1) && !text.IsSymbol(subjectStart - 1, ',')
                && !text.LineBreakBetween(subjectStart - 1, subjectStart) && !IsClauseWord(text, subjectStart - 1))
            {
                subjectStart--;
            }

            // "Francis Suarez, the mayor of Miami, said": the name is the clause before the appositive.
            if (text.IsSymbol(subjectStart - 1, ',') && (text.Is(subjectStart, "the") || text.Is(subjectStart, "a") || text.Is(subjectStart, "an")) && !char.IsUpper(text.Text[text[subjectStart].Start]))
            {
                var nameEnd = subjectStart - 2;
                var nameStart = nameEnd;
                while (nameStart - 1 >= 0 && nameEnd - nameStart < 6 && text.IsCapitalized(nameStart - 1) | (text.IsSymbol(nameStart - 1, '-') || text.IsSymbol(nameStart - 1, '.')))
                {
                    nameStart--;
                }

                if (nameEnd >= 0 && text.IsCapitalized(nameEnd))
                {
                    return Span(text, nameStart, nameEnd, text.Span(k).ToString().ToLowerInvariant());
                }
            }

            return subjectEnd >= subjectStart && text.InRange(subjectStart) ? Span(text, subjectStart, subjectEnd, text.Span(k).ToString().ToLowerInvariant()) : null;
        }

        return null;
    }

    /// <summary>The source a sentence gives for its figures: "according to ICE data" is ICE; "data from the DHS" is the DHS.</summary>
    public static NamedSpan? SourceOf(TokenText text, int firstToken, int lastToken)
    {
        for (var k = firstToken; k < lastToken; k++)
        {
            if (text.Is(k, "according") && text.Is(k + 1, "to"))
            {
                return Phrase(text, k + 2, "according to");
            }

            if (text.Is(k, "data") && text.Is(k + 1, "from"))
            {
                return Phrase(text, k + 2, "data from");
            }
        }

        return null;
    }

    /// <summary>A noun phrase from <paramref name="start"/> to the next comma, sentence end or quote, trimmed of articles and "data".</summary>
    private static NamedSpan? Phrase(TokenText text, int start, string cue)
    {
        var end = start;
        while (text.InRange(end) && end - start < Window && !IsBoundary(text, end) && !text.IsSymbol(end, ',') && !text.IsSymbol(end, ';') && !text.IsSymbol(end, '(')
            && !(end > start && text.LineBreakBetween(end - 1, end)))
        {
            end++;
        }

        var last = end - 1;
        for (var k = start; k < last; k++)
        {
            // "a letter from ICE to Congress", "data from the Department of Homeland Security"
            if (text.Is(k, "from"))
            {
                start = k + 1;
            }
        }

        for (var k = start + 1; k <= last; k++)
        {
            if (text.Is(k, "to") || text.Is(k, "in") || text.Is(k, "on") || text.Is(k, "at") || text.Is(k, "who") || text.Is(k, "that"))
            {
                last = k - 1;
                break;
            }
        }

        while (start <= last && (text.Is(start, "the") || text.Is(start, "a") || text.Is(start, "an")))
        {
            start++;
        }

        while (last > start && (text.Is(last, "data") || text.Is(last, "figures") || text.Is(last, "statistics") || text.Is(last, "estimates")
            || text.Is(last, "records") || text.Is(last, "numbers") || text.Is(last, "analysis") || text.Is(last, "report") || text.Is(last, "s") || text.IsSymbol(last, '\'') || text.IsSymbol(last, '\u2019')))
        {
            last--;
        }

        return last >= start ? Span(text, start, last, cue) : null;
    }

    private static NamedSpan Span(TokenText text, int first, int last, string cue) => new(text[first].Start, text[last].End, cue);

    private static bool IsBoundary(TokenText text, int k) =>
        text.InRange(k) && text[k].Kind == StatTokenKind.Symbol && text.Text[text[k].Start] is '.' or '!' or '?' or ':' or '"' or '\u201C' or '\u201D' or '\u2014'
        && !(text.Text[text[k].Start] == '.' && k > 0 && text.Touch(k - 1, k) && text[k - 1].Length <= 2 && text.IsCapitalized(k - 1));

    private static bool IsClauseWord(TokenText text, int k) =>
        text.Is(k, "that") || text.Is(k, "and") || text.Is(k, "but") || text.Is(k, "as") || text.Is(k, "while") || text.Is(k, "because") || text.Is(k, "with");
}
