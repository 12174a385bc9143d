using Pipeline.Core.Text;

namespace Pipeline.Core.Extraction.Recognition;

/// <summary>
/// Finds the embedded list's names in a sentence, longest first: "Capitol Hill", "ICE", "U.S.", "Democrats", and the
/// known parts of hyphenated words ("US-Mexico" is two places, "then-Homeland Security" holds an agency, "anti-ICE"
/// an acronym). A known single word next to another capitalized word is left to the tagger: "Washington" in
/// "George Washington" or "Washington Post" is part of a longer name.
/// </summary>
internal static class KnownNameScanner
{
    public static void Scan(Words words, int first, int end, List<Mention> output)
    {
        for (var t = first; t < end; t++)
        {
            var word = words[t];
            if (word.Length > 2 && word[1..^1].Contains('-'))
            {
                ScanHyphenated(words, t, end, output);
                continue;
            }

            if (!words.IsCapitalized(t))
            {
                continue;
            }

            var longest = KnownEntities.StartsLongerName(word) ? Math.Min(KnownEntities.MaxWords, end - t) : 1;
            for (var length = longest; length >= 1; length--)
            {
                if (!KnownNames.TryGet(words, t, t + length, out var known))
                {
                    continue;
                }

                if (length == 1 && !StandsAlone(words, t, first, end))
                {
                    break;
                }

                output.Add(new Mention(words.Start(t), words.End(t + length - 1), t, t + length, known.Type)
                {
                    Canonical = known.Name,
                    Evidence = MentionEvidence.Curated,
                });
                t += length - 1;
                break;
            }
        }
    }

    // An acronym stands alone anywhere; a known word only between words that are not capitalized names.
    private static bool StandsAlone(Words words, int t, int first, int end)
    {
        if (words.IsAllCaps(t))
        {
            return true;
        }

        if (t > first && words.IsCapitalized(t - 1) && !CommonWords.IsSentenceStarter(words[t - 1])
            && !EntityLexicon.Titles.Contains(words[t - 1]) && !EntityLexicon.Modifiers.Contains(words[t - 1]))
        {
            return false;
        }

        return t + 1 >= end || !words.IsCapitalized(t + 1);
    }

    private static void ScanHyphenated(Words words, int t, int end, List<Mention> output)
    {
        var word = words[t];
        var start = words.Start(t);

        // "US-Mexico", "U.S.-Mexico": every part known. "U.S.-led": a known head and lower-case rest.
        var parts = 0;
        var allKnown = true;
        var headKnown = false;
        var restLower = true;
        foreach (var range in word.Split('-'))
        {
            var part = word[range];
            var known = part.Length > 0 && char.IsUpper(part[0]) && KnownEntities.IsKnown(part);
            headKnown |= parts == 0 && known;
            allKnown &= known;
            restLower &= parts == 0 || (part.Length > 0 && char.IsLower(part[0]));
            parts++;
        }

        if (allKnown || (headKnown && restLower))
        {
            foreach (var range in word.Split('-'))
            {
                var (offset, length) = range.GetOffsetAndLength(word.Length);
                if (KnownEntities.TryGetKnown(word.Slice(offset, length), out var known))
                {
                    output.Add(new Mention(start + offset, start + offset + length, t, t + 1, known.Type)
                    {
                        Canonical = known.Name,
                        Evidence = MentionEvidence.Curated,
                    });
                }

                if (!allKnown)
                {
                    return;
                }
            }

            return;
        }

        // "then-Homeland Security", "anti-ICE": a lower-case prefix before a known name that may run on.
        var dash = word.LastIndexOf('-');
        if (dash <= 0 || dash + 1 >= word.Length || !char.IsUpper(word[dash + 1]) || !IsLowerCase(word[..dash]))
        {
            return;
        }

        var nameEnd = KnownNames.LongestFrom(words, word[(dash + 1)..], t + 1, end, out var name);
        if (nameEnd > t && (nameEnd > t + 1 || IsAllCaps(word[(dash + 1)..]) || StandsAloneAfterPrefix(words, t, end)))
        {
            output.Add(new Mention(start + dash + 1, words.End(nameEnd - 1), t, nameEnd, name.Type)
            {
                Canonical = name.Name,
                Evidence = MentionEvidence.Curated,
            });
        }
    }

    private static bool StandsAloneAfterPrefix(Words words, int t, int end) => t + 1 >= end || !words.IsCapitalized(t + 1);

    private static bool IsAllCaps(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (char.IsLower(c))
            {
                return false;
            }
        }

        return text.Length >= 2;
    }

    private static bool IsLowerCase(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (!char.IsLower(c) && c != '-')
            {
                return false;
            }
        }

        return true;
    }
}
