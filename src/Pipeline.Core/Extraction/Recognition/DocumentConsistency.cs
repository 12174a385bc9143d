using System.Runtime.InteropServices;
using Pipeline.Core.Model;
using Pipeline.Core.Text;

namespace Pipeline.Core.Extraction.Recognition;

/// <summary>
/// The article-level pass over the mentions of all sentences. The tagger sees one sentence at a time; an article
/// names the same thing many times, and one reading should hold for all of them.
/// <list type="number">
/// <item>One type per surface form, by vote: a mention in mid-sentence counts twice a sentence-initial one, a title
/// or a person context ("the Biden administration") counts three times for a person, and the embedded lists
/// decide outright. The last word of a person's full name is that person ("Flores" after "Andrea Flores").</item>
/// <item>Propagation: where a name the article uses elsewhere appears untagged, it is a mention too ("Morgan said"
/// after "Mark Morgan", "Obama-era" after "Barack Obama").</item>
/// </list>
/// </summary>
internal static class DocumentConsistency
{
    // The longest person name two touching mentions may make.
    private const int MaxNameWords = 6;

    public static void Apply(Words words, List<Mention> mentions)
    {
        var surfaces = new Dictionary<string, Surface>(StringComparer.Ordinal);
        var lookup = surfaces.GetAlternateLookup<ReadOnlySpan<char>>();
        Span<char> buffer = stackalloc char[SurfaceText.MaxChars];
        foreach (var mention in mentions)
        {
            var text = SurfaceText.Normalize(words.Body.AsSpan(mention.Start, mention.End - mention.Start), buffer);
            if (!lookup.TryGetValue(text, out var surface))
            {
                surface = new Surface(text.Count(' ') + 1);
                lookup[text] = surface;
            }

            surface.Count(mention);
        }

        var lastNames = LastNamesOfPeople(surfaces);
        foreach (var (text, surface) in surfaces)
        {
            surface.Decide(surface.Words == 1 && lastNames.Contains(text));
        }

        var mentionSpan = CollectionsMarshal.AsSpan(mentions);
        for (var i = 0; i < mentionSpan.Length; i++)
        {
            var text = SurfaceText.Normalize(words.Body.AsSpan(mentionSpan[i].Start, mentionSpan[i].End - mentionSpan[i].Start), buffer);
            if (lookup.TryGetValue(text, out var surface) && surface.Type != mentionSpan[i].Type)
            {
                // A curated name keeps its canonical name only while it keeps its curated type.
                mentionSpan[i] = mentionSpan[i] with { Type = surface.Type, Canonical = surface.Curated ? mentionSpan[i].Canonical : null };
            }
        }

        mentions.Sort(static (a, b) => a.Start.CompareTo(b.Start));
        JoinTouchingPeople(words, mentions);
        Propagate(words, mentions, surfaces, lastNames);
        mentions.Sort(static (a, b) => a.Start.CompareTo(b.Start));
    }

    // "Beto" + "O'Rourke" (tagged as a place, now a person by the vote): two people with nothing between are one.
    private static void JoinTouchingPeople(Words words, List<Mention> mentions)
    {
        var written = 0;
        for (var i = 0; i < mentions.Count; i++)
        {
            var current = mentions[i];
            if (written > 0)
            {
                var left = mentions[written - 1];
                if (left.Type == EntityType.Person && current.Type == EntityType.Person && left.EndToken >= 0
                    && left.EndToken == current.FirstToken && left.End == words.End(left.EndToken - 1)
                    && current.Start == words.Start(current.FirstToken) && current.EndToken - left.FirstToken <= MaxNameWords
                    && !words.Body.AsSpan(left.End, current.Start - left.End).Contains('\n'))
                {
                    mentions[written - 1] = left with { End = current.End, EndToken = current.EndToken, Canonical = null };
                    continue;
                }
            }

            mentions[written++] = current;
        }

        mentions.RemoveRange(written, mentions.Count - written);
    }

    // Last words of the article's people of two or more words ("Morgan" of "Mark Morgan").
    private static HashSet<string> LastNamesOfPeople(Dictionary<string, Surface> surfaces)
    {
        var lastNames = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (text, surface) in surfaces)
        {
            if (surface.Words > 1 && surface.Leading == EntityType.Person)
            {
                lastNames.Add(text[(text.LastIndexOf(' ') + 1)..]);
            }
        }

        return lastNames;
    }

    private static void Propagate(Words words, List<Mention> mentions, Dictionary<string, Surface> surfaces, HashSet<string> lastNames)
    {
        var names = new Dictionary<string, Surface>(StringComparer.Ordinal);
        var maxWords = 1;
        foreach (var (text, surface) in surfaces)
        {
            if (surface.Propagates)
            {
                names[text] = surface;
                maxWords = Math.Max(maxWords, surface.Words);
            }
        }

        foreach (var lastName in lastNames)
        {
            if (!names.ContainsKey(lastName))
            {
                names[lastName] = Surface.PersonLastName;
            }
        }

        RemoveCommonWords(words, names);
        if (names.Count == 0)
        {
            return;
        }

        // Most words start no name; one probe of the first words spares the longer lookups.
        var firstWords = new HashSet<string>(StringComparer.Ordinal);
        foreach (var text in names.Keys)
        {
            var space = text.IndexOf(' ', StringComparison.Ordinal);
            firstWords.Add(space < 0 ? text : text[..space]);
        }

        var starts = firstWords.GetAlternateLookup<ReadOnlySpan<char>>();
        var lookup = names.GetAlternateLookup<ReadOnlySpan<char>>();
        Span<char> joined = stackalloc char[SurfaceText.MaxChars];
        var tokens = words.Tokens;
        for (var sentence = 0; sentence < tokens.SentenceCount; sentence++)
        {
            var first = tokens.SentenceStart(sentence);
            var end = tokens.SentenceEnd(sentence);
            for (var t = first; t < end; t++)
            {
                if (tokens[t].Covered || words.IsDate(t) || !words.IsCapitalized(t))
                {
                    continue;
                }

                Surface? surface = null;
                var found = starts.Contains(words[t]) ? Match(words, t, Math.Min(end, t + maxWords), lookup, joined, out surface) : -1;
                if (found > t && (found > t + 1 || StandsAlone(words, t, first, end)))
                {
                    mentions.Add(new Mention(words.Start(t), words.End(found - 1), t, found, surface!.Type)
                    {
                        Evidence = MentionEvidence.Propagated,
                        Canonical = surface.Curated ? surface.Canonical : null,
                    });
                    for (var k = t; k < found; k++)
                    {
                        tokens[k].Covered = true;
                    }

                    t = found - 1;
                }
                else if (found < 0 && words[t].Contains('-') && HyphenatedHead(words, t, lookup, out var head, out var headSurface))
                {
                    // "Obama-era": the name is the head of the word.
                    mentions.Add(new Mention(words.Start(t), words.Start(t) + head, t, t + 1, headSurface.Type) { Evidence = MentionEvidence.Propagated });
                    tokens[t].Covered = true;
                }
            }
        }
    }

    // A one-word name that the article also writes in lower case is a common word ("Story" of a film title, "Hunter"):
    // its untagged capitalized repeats are more likely sentence openers than names. Acronyms and known names stay.
    private static void RemoveCommonWords(Words words, Dictionary<string, Surface> names)
    {
        var candidates = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (text, surface) in names)
        {
            if (surface.Words == 1 && !surface.Curated && text.Length > 1 && char.IsUpper(text[0]) && char.IsLower(text[1]))
            {
                candidates[text.ToLowerInvariant()] = text;
            }
        }

        if (candidates.Count == 0)
        {
            return;
        }

        var lookup = candidates.GetAlternateLookup<ReadOnlySpan<char>>();
        var tokens = words.Tokens;
        for (var t = 0; t < tokens.Count && candidates.Count > 0; t++)
        {
            var word = words[t];
            if (word.Length > 1 && char.IsLower(word[0]) && lookup.Remove(word, out _, out var text))
            {
                names.Remove(text);
            }
        }
    }

    // The end of the longest run of uncovered words from 't' that is a known surface, or -1.
    private static int Match(Words words, int t, int limit, Dictionary<string, Surface>.AlternateLookup<ReadOnlySpan<char>> lookup, Span<char> joined, out Surface? surface)
    {
        surface = null;
        var best = -1;
        var length = 0;
        for (var k = t; k < limit && !words.Tokens[k].Covered; k++)
        {
            var word = words[k];
            if (length + word.Length + 1 > joined.Length)
            {
                break;
            }

            if (k > t)
            {
                joined[length++] = ' ';
            }

            foreach (var c in word)
            {
                joined[length++] = c == '\u2019' ? '\'' : c;
            }

            if (lookup.TryGetValue(joined[..length], out var found))
            {
                (best, surface) = (k + 1, found);
            }
        }

        return best;
    }

    // A single word is the name only between words that are not capitalized names ("Morgan said", not "J.P. Morgan").
    private static bool StandsAlone(Words words, int t, int first, int end)
    {
        if (t > first && words.IsCapitalized(t - 1) && !words.Tokens[t - 1].Covered && !CommonWords.IsSentenceStarter(words[t - 1])
            && !EntityLexicon.Titles.Contains(words[t - 1]) && !EntityLexicon.Modifiers.Contains(words[t - 1]))
        {
            return false;
        }

        return t + 1 >= end || !words.IsCapitalized(t + 1) || words.Tokens[t + 1].Covered;
    }

    private static bool HyphenatedHead(Words words, int t, Dictionary<string, Surface>.AlternateLookup<ReadOnlySpan<char>> lookup, out int head, out Surface surface)
    {
        var word = words[t];
        head = word.IndexOf('-');
        surface = null!;
        return head > 0 && head + 1 < word.Length && char.IsLower(word[head + 1])
            && lookup.TryGetValue(word[..head], out surface!) && surface.Type != EntityType.Misc;
    }

    /// <summary>The votes and the decision for one surface form.</summary>
    private sealed class Surface(int words)
    {
        private const float InitialWeight = 1;
        private const float MidSentenceWeight = 2;
        private const float PersonEvidenceWeight = 3;

        private readonly float[] votes = new float[4];
        private int midSentence;
        private EntityType? firstType;

        public static Surface PersonLastName { get; } = CreatePersonLastName();

        public int Words { get; } = words;

        /// <summary>The type that leads the vote before the document's people are known.</summary>
        public EntityType Leading => Curated ? CuratedType : ArgMax();

        public EntityType Type { get; private set; }

        public bool Curated { get; private set; }

        public string? Canonical { get; private set; }

        /// <summary>Whether untagged occurrences elsewhere are mentions too.</summary>
        public bool Propagates { get; private set; }

        private EntityType CuratedType { get; set; }

        private bool Dateline { get; set; }

        public void Count(Mention mention)
        {
            firstType ??= mention.Type;
            if (mention.Has(MentionEvidence.Curated) || mention.Has(MentionEvidence.Dateline))
            {
                Curated = true;
                CuratedType = mention.Type;
                Canonical = mention.Canonical;
                Dateline |= mention.Has(MentionEvidence.Dateline);
                return;
            }

            if (mention.Has(MentionEvidence.Titled) || mention.Has(MentionEvidence.PersonContext))
            {
                votes[(int)EntityType.Person] += PersonEvidenceWeight;
            }
            else
            {
                votes[(int)mention.Type] += mention.Has(MentionEvidence.SentenceInitial) ? InitialWeight : MidSentenceWeight;
            }

            if (!mention.Has(MentionEvidence.SentenceInitial))
            {
                midSentence++;
            }
        }

        public void Decide(bool lastNameOfPerson)
        {
            Type = lastNameOfPerson && !(Curated && CuratedType != EntityType.Location) ? EntityType.Person : Leading;
            Curated &= Type == CuratedType;
            Propagates = !Dateline && (Words > 1 || Curated || midSentence > 0 || lastNameOfPerson);
        }

        private static Surface CreatePersonLastName()
        {
            var surface = new Surface(1);
            surface.votes[(int)EntityType.Person] = 1;
            surface.Decide(lastNameOfPerson: true);
            return surface;
        }

        private EntityType ArgMax()
        {
            var best = firstType ?? EntityType.Misc;
            for (var type = 0; type < votes.Length; type++)
            {
                if (votes[type] > votes[(int)best])
                {
                    best = (EntityType)type;
                }
            }

            return best;
        }
    }
}
