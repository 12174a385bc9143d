using Pipeline.Core.Model;
using Pipeline.Core.Text;

namespace Pipeline.Core.Statistics;

/// <summary>
/// Finds quotations (straight or curly double quotes) and their speakers. A quote left open at a paragraph's end
/// continues when the next paragraph opens with a quote mark (the news convention for multi-paragraph quotes) and
/// otherwise ends with its paragraph. An unattributed quote takes the speaker of an attributed one in its paragraph;
/// "he" and "she" take the last named person who spoke. Short quotes without a speaker ("zero tolerance") are scare
/// quotes, not speech, and are left out.
/// </summary>
internal static class QuoteExtractor
{
    private const int MinUnattributedWords = 4;

    private readonly record struct RawQuote(int Start, int End, int InnerStart, int InnerEnd, int Paragraph);

    public static List<Quotation> Extract(TokenText text, EntityIndex entities)
    {
        var raw = FindQuotes(text.Text);
        var found = new (RawQuote Quote, NamedSpan? Attribution, bool IsShort)[raw.Count];
        for (var i = 0; i < raw.Count; i++)
        {
            var quote = raw[i];
            var after = text.FirstAtOrAfter(quote.End);
            var before = text.FirstAtOrAfter(quote.Start);
            var body = text.Text;
            var innerLast = body.AsSpan(quote.InnerStart, quote.InnerEnd - quote.InnerStart).TrimEnd();
            var endsWithComma = innerLast.Length > 0 && innerLast[^1] is ',' or '?' or '!' or '\u2014' or '-';
            var closedSentence = innerLast.Length > 0 && innerLast[^1] == '.';
            var sameLineAfter = text.InRange(after) && !body.AsSpan(quote.End, text[after].Start - quote.End).Contains('\n');
            var sameLineBefore = before > 0 && !body.AsSpan(text[before - 1].End, quote.Start - text[before - 1].End).Contains('\n');
            var direct = sameLineAfter && (endsWithComma || closedSentence) ? Attribution.After(text, after, closedSentence) : null;
            var lead = sameLineBefore ? Attribution.Before(text, before) : null;

            // Short quotes are usually scare quotes ("zero tolerance"); they count as speech only when attributed outright.
            var isShort = Chars.CountWords(innerLast) < MinUnattributedWords;
            var attribution = isShort ? (endsWithComma && direct?.Cue != "according to" ? direct : null) ?? (lead?.Cue != "according to" ? lead : null) : direct ?? lead;
            found[i] = (quote, attribution, isShort);
        }

        var quotes = new List<Quotation>();
        Quotation? lastNamedPerson = null;
        for (var i = 0; i < found.Length; i++)
        {
            var (quote, attribution, isShort) = found[i];
            if (isShort && attribution is null)
            {
                continue;
            }

            attribution ??= Inherited(found, i);
            var inner = text.Text[quote.InnerStart..quote.InnerEnd];

            var quotation = new Quotation(quote.Start, quote.End, inner.Replace("\n\n\"", "\n\n", StringComparison.Ordinal).Replace("\n\n\u201C", "\n\n", StringComparison.Ordinal));
            if (attribution is { } named)
            {
                quotation = Speaker(text, entities, quotation, named, lastNamedPerson);
                if (quotation.SpeakerKey is not null && quotation.SpeakerKey.StartsWith("person:", StringComparison.Ordinal))
                {
                    lastNamedPerson = quotation;
                }
            }

            quotes.Add(quotation);
        }

        return quotes;
    }

    private static NamedSpan? Inherited((RawQuote Quote, NamedSpan? Attribution, bool IsShort)[] found, int index)
    {
        var paragraph = found[index].Quote.Paragraph;
        for (var k = index - 1; k >= 0 && found[k].Quote.Paragraph == paragraph; k--)
        {
            if (found[k].Attribution is { } earlier)
            {
                return earlier;
            }
        }

        for (var k = index + 1; k < found.Length && found[k].Quote.Paragraph == paragraph; k++)
        {
            if (found[k].Attribution is { } later)
            {
                return later;
            }
        }

        return null;
    }

    private static Quotation Speaker(TokenText text, EntityIndex entities, Quotation quotation, NamedSpan named, Quotation? lastNamedPerson)
    {
        var phrase = text.Text[named.Start..named.End];
        if (entities.LastInside(named.Start, named.End) is { } mention)
        {
            return quotation with
            {
                Speaker = mention.Entity.Name, SpeakerStart = mention.Span.Start, SpeakerEnd = mention.Span.End, SpeakerKey = mention.Entity.Key, Cue = named.Cue,
            };
        }

        if (phrase is "he" or "she" or "He" or "She")
        {
            if (lastNamedPerson is not null)
            {
                return quotation with
                {
                    Speaker = lastNamedPerson.Speaker, SpeakerStart = named.Start, SpeakerEnd = named.End, SpeakerKey = lastNamedPerson.SpeakerKey, Cue = named.Cue,
                };
            }

            // No one has spoken yet: the pronoun is the last person the text named.
            if (entities.LastPersonBefore(quotation.Start) is { } person)
            {
                return quotation with { Speaker = person.Name, SpeakerStart = named.Start, SpeakerEnd = named.End, SpeakerKey = person.Key, Cue = named.Cue };
            }
        }

        var (nameStart, nameEnd) = LastCapitalizedRun(text, named.Start, named.End);
        if (nameStart >= 0)
        {
            var name = text.Text[nameStart..nameEnd];
            if (entities.ByName(name) is { Type: EntityType.Person or EntityType.Organization or EntityType.Misc } entity)
            {
                return quotation with { Speaker = entity.Name, SpeakerStart = nameStart, SpeakerEnd = nameEnd, SpeakerKey = entity.Key, Cue = named.Cue };
            }

            if (nameStart > named.Start || text.FirstAtOrAfter(nameStart) != text.FirstAtOrAfter(named.Start) || !IsCommonStart(phrase))
            {
                return quotation with { Speaker = name, SpeakerStart = nameStart, SpeakerEnd = nameEnd, Cue = named.Cue };
            }
        }

        return quotation with { Speaker = phrase, SpeakerStart = named.Start, SpeakerEnd = named.End, Cue = named.Cue };
    }

    /// <summary>"The official", "A spokesman": a capital that only starts the sentence.</summary>
    private static bool IsCommonStart(string phrase) =>
        phrase.StartsWith("The ", StringComparison.Ordinal) || phrase.StartsWith("A ", StringComparison.Ordinal) || phrase.StartsWith("An ", StringComparison.Ordinal)
        || phrase is "He" or "She" or "They" or "It" or "We" or "I";

    private static (int Start, int End) LastCapitalizedRun(TokenText text, int start, int end)
    {
        var first = text.FirstAtOrAfter(start);
        int runStart = -1, runEnd = -1, bestStart = -1, bestEnd = -1;
        for (var k = first; text.InRange(k) && text[k].Start < end; k++)
        {
            var joins = text.InRange(runEnd) && runEnd >= 0 && (text.IsSymbol(k, '-') || text.IsSymbol(k, '.')) && text.Touch(k - 1, k);
            if (text.IsCapitalized(k) || (joins && runStart >= 0))
            {
                if (runStart < 0)
                {
                    runStart = k;
                }

                runEnd = k;
                if (text.IsCapitalized(k))
                {
                    bestStart = runStart;
                    bestEnd = k;
                }
            }
            else
            {
                runStart = -1;
            }
        }

        return bestStart < 0 ? (-1, -1) : (text[bestStart].Start, text[bestEnd].End);
    }

    /// <summary>Pairs quote marks paragraph by paragraph in one pass.</summary>
    private static List<RawQuote> FindQuotes(string body)
    {
        var quotes = new List<RawQuote>();
        var open = -1;
        var paragraph = 0;
        var openParagraph = 0;
        for (var i = 0; i < body.Length; i++)
        {
            var c = body[i];
            if (c == '\n' && i + 1 < body.Length && body[i + 1] == '\n')
            {
                if (open >= 0)
                {
                    var next = i + 2;
                    while (next < body.Length && body[next] is ' ' or '\n')
                    {
                        next++;
                    }

                    if (next >= body.Length || body[next] is not ('"' or '\u201C'))
                    {
                        // Unbalanced: the quote ends with its paragraph.
                        quotes.Add(new RawQuote(open, i, open + 1, i, openParagraph));
                        open = -1;
                    }
                    else
                    {
                        // The next paragraph's opening mark continues this quote; skip it.
                        i = next;
                        paragraph++;
                        continue;
                    }
                }

                paragraph++;
                i++;
                continue;
            }

            var opens = c == '\u201C' || (c == '"' && open < 0);
            var closes = c == '\u201D' || (c == '"' && open >= 0);
            if (opens && open < 0)
            {
                open = i;
                openParagraph = paragraph;
            }
            else if (closes && open >= 0)
            {
                if (i > open + 1)
                {
                    quotes.Add(new RawQuote(open, i + 1, open + 1, i, openParagraph));
                }

                open = -1;
            }
        }

        if (open >= 0)
        {
            quotes.Add(new RawQuote(open, body.Length, open + 1, body.Length, openParagraph));
        }

        return quotes;
    }
}
