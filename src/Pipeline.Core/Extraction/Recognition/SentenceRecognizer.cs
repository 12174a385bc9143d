using Pipeline.Core.Extraction.Tagging;
using Pipeline.Core.Model;
using Pipeline.Core.Text;

namespace Pipeline.Core.Extraction.Recognition;

/// <summary>
/// Turns one tagged sentence into mentions: the tagger proposes typed spans, and rules correct what it is weak at.
/// <list type="bullet">
/// <item>Spans split at punctuation and possessives ("Mario Tama/Getty Images", "Justice Department's Minneapolis").</item>
/// <item>Adjacent spans join where one name was cut ("University of" + "North Carolina", "U.S." + "Immigration Policy
/// Project", "American" + "Immigration Council"), and a given name moves to the person after it ("ICE Mark" +
/// "Morgan" gives ICE and Mark Morgan, "George" + "Floyd" gives George Floyd).</item>
/// <item>Titles, roles and sentence openers leave the span ("President", "acting", "Unless Congress"); a title inside
/// a span separates the office from its holder ("ICE Director P.J. Lechleitner").</item>
/// <item>A known acronym before a person stands alone ("ICE Mark Morgan"), and a known agency after "for" or "and" is
/// its own name ("Democrats for Immigration and Customs Enforcement").</item>
/// <item>Known names (<see cref="KnownNameScanner"/>) give their type and canonical name and are added where the
/// tagger missed them; capitalized words after a personal title are a person ("Rep. Waters"), a given name before a
/// person joins it ("Sen. Ted Cruz"), and web names are organizations ("FWD.us").</item>
/// <item>Names ending in a facility or landform word are places ("Treaty Room"); "Operation …" is an event.</item>
/// </list>
/// Every mention gets its evidence (sentence-initial, titled, person context) for the document's vote.
/// </summary>
internal sealed class SentenceRecognizer
{
    private const int MaxTitledNameWords = 3;
    private const int MaxTitleWords = 4;

    // "Office of the United Nations High Commissioner for Refugees" has nine words; longer spans are not names.
    private const int MaxNameWords = 12;
    private const int MaxPersonNameWords = 3;

    private readonly Words words;
    private readonly BodyLayout layout;
    private readonly Gazetteer gazetteer;
    private readonly List<Mention> output;
    private readonly List<Mention> tagged = [];
    private readonly List<Mention> repaired = [];
    private readonly List<Mention> known = [];
    private readonly List<Mention> combined = [];
    private readonly Stack<Mention> work = new();

    public SentenceRecognizer(Words words, BodyLayout layout, Gazetteer gazetteer, List<Mention> output)
    {
        this.words = words;
        this.layout = layout;
        this.gazetteer = gazetteer;
        this.output = output;
    }

    /// <summary>Appends the mentions of sentence <paramref name="sentence"/> to the output, in body order.</summary>
    public void Recognize(int sentence)
    {
        var first = words.Tokens.SentenceStart(sentence);
        var end = words.Tokens.SentenceEnd(sentence);
        tagged.Clear();
        repaired.Clear();
        known.Clear();
        ReadTaggedSpans(first, end);
        MergeAdjacent();
        foreach (var span in tagged)
        {
            work.Push(span);
            while (work.Count > 0)
            {
                Repair(work.Pop());
            }
        }

        repaired.Sort(static (a, b) => a.Start.CompareTo(b.Start));
        KnownNameScanner.Scan(words, first, end, known);
        Combine();
        MarkCovered();
        AddWebNames(first, end);
        AddTitledNames(first, end);
        ExtendWithGivenNames(first);
        JoinTouchingPeople();
        Emit(sentence, first, end);
    }

    private static EntityType TypeOf(EntityTagType type) => type switch
    {
        EntityTagType.Person => EntityType.Person,
        EntityTagType.Organization => EntityType.Organization,
        EntityTagType.Location => EntityType.Location,
        _ => EntityType.Misc,
    };

    private static bool HasUpper(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
        {
            if (char.IsUpper(c))
            {
                return true;
            }
        }

        return false;
    }

    private Mention Span(int first, int end, EntityType type) => new(words.Start(first), words.End(end - 1), first, end, type);

    // BIO tags to spans, without the tagger's DATE spans (dates are no entities here), cut at punctuation and clitics.
    private void ReadTaggedSpans(int first, int end)
    {
        var start = -1;
        var type = EntityTagType.Person;
        for (var i = first; i <= end; i++)
        {
            var tag = i < end ? words.Tokens[i].Tag : EntityTag.Outside;
            if (EntityTags.IsInside(tag) && start >= 0 && EntityTags.TypeOf(tag) == type)
            {
                continue;
            }

            if (start >= 0)
            {
                AddCut(start, i, TypeOf(type));
                start = -1;
            }

            if (tag != EntityTag.Outside && EntityTags.TypeOf(tag) != EntityTagType.Date)
            {
                start = i;
                type = EntityTags.TypeOf(tag);
            }
        }
    }

    private void AddCut(int start, int end, EntityType type)
    {
        // "Operation Border Guardian/Border Resolve": names cut from one span are of one kind.
        var head = start;
        while (head < end && words.IsPunctuation(head))
        {
            head++;
        }

        if (head < end && EntityLexicon.MiscellaneousHeads.Contains(words[head]))
        {
            type = EntityType.Misc;
        }

        var partStart = start;
        for (var t = start; t <= end; t++)
        {
            if (t < end && !IsCut(t, partStart, end))
            {
                continue;
            }

            // A run longer than any name is the tagger lost in a list or a headline, not a name.
            if (t > partStart && t - partStart <= MaxNameWords)
            {
                tagged.Add(Span(partStart, t, type));
            }

            partStart = t + 1;
        }
    }

    // Punctuation cuts a span ("Moore/Getty Images"), and so does a possessive between two names ("Justice Department's
    // Minneapolis", "U.N.'s International Atomic Energy Agency"), but not one inside a name ("United Nations
    // Children's Fund", "Kurdistan Workers' Party").
    private bool IsCut(int token, int start, int end)
    {
        var possessive = words.IsClitic(token) || words[token] is "'" or "\u2019";
        if (!possessive)
        {
            return words.IsPunctuation(token) && words[token] is not "&";
        }

        return KnownNames.TryGet(words, start, token, out _) || KnownNames.TryGet(words, token + 1, end, out _)
            || LooksLikePerson(start, token);
    }

    // One pass that compacts the list in place, so a sentence of thousands of touching spans stays linear.
    private void MergeAdjacent()
    {
        var written = 0;
        for (var i = 0; i < tagged.Count; i++)
        {
            var current = tagged[i];
            if (written > 0 && tagged[written - 1].EndToken == current.FirstToken)
            {
                var left = tagged[written - 1];
                var last = left.EndToken - 1;
                if (current.EndToken - left.FirstToken <= MaxNameWords && JoinsInto(left, current) is { } type)
                {
                    tagged[written - 1] = Span(left.FirstToken, current.EndToken, type);
                    continue;
                }

                if (current.Type == EntityType.Person && left.Type != EntityType.Person && !words.IsAllCaps(last)
                    && OnlyAcronymOrTitlesBefore(left.FirstToken, last) && IsFirstName(left, last))
                {
                    current = Span(last, current.EndToken, EntityType.Person);
                    if (last > left.FirstToken)
                    {
                        tagged[written - 1] = Span(left.FirstToken, last, left.Type);
                    }
                    else
                    {
                        written--;
                    }
                }
            }

            tagged[written++] = current;
        }

        tagged.RemoveRange(written, tagged.Count - written);
    }

    // The type of the one name two touching spans make, or null when they are two names. "University of" + "North
    // Carolina" (a name cut at a connector), "U.S." + "Immigration Policy Project", "American" + "Immigration Council",
    // and places or organizations the tagger cut in two ("Edgware" + "Road Tube Station", "Gaza" + "Strip").
    private EntityType? JoinsInto(Mention left, Mention right)
    {
        var last = words[left.EndToken - 1];
        var head = words[right.EndToken - 1];
        if (EntityLexicon.Connectors.Contains(last))
        {
            return right.Type == EntityType.Misc ? null : left.Type;
        }

        if (right.Type == EntityType.Organization && left.EndToken - left.FirstToken == 1
            && (KnownNames.IsUnitedStates(last) || (left.Type == EntityType.Misc && EntityLexicon.GroupHeads.Contains(head))))
        {
            return EntityType.Organization;
        }

        if (left.Type is EntityType.Location or EntityType.Organization && right.Type is EntityType.Location or EntityType.Organization)
        {
            return EntityLexicon.FacilityHeads.Contains(head) ? EntityType.Location
                : EntityLexicon.OrganizationWords.Contains(head) ? EntityType.Organization
                : right.Type;
        }

        return null;
    }

    // A given name, or any unknown capitalized word the tagger took for a place or an organization right before a
    // person ("Mitt" + "Romney"); a nationality ("Iraqi") or a known name ("Lebanon") stays apart.
    private bool IsFirstName(Mention left, int token) =>
        words.IsGivenName(token, gazetteer)
        || (left.EndToken - left.FirstToken == 1 && left.Type != EntityType.Misc && words.IsCapitalized(token)
            && !KnownNames.TryGet(words, token, token + 1, out _));

    // "ICE Mark" + "Morgan", "Ambassador William" + "Brownfield": only an acronym or titles precede the given name.
    private bool OnlyAcronymOrTitlesBefore(int start, int last)
    {
        if (last == start + 1 && words.IsAllCaps(start))
        {
            return true;
        }

        for (var t = start; t < last; t++)
        {
            if (!IsTitle(t))
            {
                return false;
            }
        }

        return true;
    }

    private void Repair(Mention part)
    {
        var (start, end, type) = (part.FirstToken, part.EndToken, part.Type);
        if (KnownNames.TryGet(words, start, end, out var whole))
        {
            AddKnown(start, end, whole);
            return;
        }

        var afterTitle = false;
        while (start < end && (IsLeadingNoise(start) || (afterTitle && EntityLexicon.TitleContinuations.Contains(words[start]))
            || (type == EntityType.Person && EntityLexicon.Ranks.Contains(words[start]))))
        {
            afterTitle = IsTitle(start);
            start++;
        }

        while (end > start && (words.IsPunctuation(end - 1) || !HasUpper(words[end - 1])
            || (IsTitle(end - 1) && !(type == EntityType.Person && EntityLexicon.NameLikeTitles.Contains(words[end - 1])))))
        {
            end--;
        }

        if (start >= end)
        {
            return;
        }

        if ((start, end) != (part.FirstToken, part.EndToken) && KnownNames.TryGet(words, start, end, out var trimmed))
        {
            AddKnown(start, end, trimmed);
            return;
        }

        if (SplitAtTitle(start, end, type) || SplitLeadingAcronym(start, end, type) || SplitBeforeKnownName(start, end, type))
        {
            return;
        }

        if ((end - start == 1 && (words[start].Length == 1 || EntityLexicon.NeverNames.Contains(words[start]))) || IsShouting(start, end))
        {
            return;
        }

        if (EntityLexicon.FacilityHeads.Contains(words[end - 1]))
        {
            type = EntityType.Location;
        }
        else if (EntityLexicon.MiscellaneousHeads.Contains(words[start]))
        {
            type = EntityType.Misc;
        }

        repaired.Add(Span(start, end, type));
    }

    private bool IsTitle(int token) =>
        EntityLexicon.Titles.Contains(words[token]) || EntityLexicon.TitleContinuations.Contains(words[token]) || EntityLexicon.Ranks.Contains(words[token]);

    // Titles, sentence openers ("But", "Unless"), modifiers ("Former"), lower-case words ("acting", "southern") and
    // punctuation before a name; lower-case particles of Arabic and European names stay ("al Qaida", "de Villepin").
    private bool IsLeadingNoise(int token)
    {
        var word = words[token];
        return words.IsPunctuation(token) || (!HasUpper(word) && !EntityLexicon.NameParticles.Contains(word))
            || CommonWords.IsSentenceStarter(word) || EntityLexicon.NeverNames.Contains(word)
            || EntityLexicon.Modifiers.Contains(word) || EntityLexicon.Titles.Contains(word);
    }

    // "Homeland Security Secretary Kirstjen Nielsen", "ICE Director P.J. Lechleitner", "ICE Director".
    private bool SplitAtTitle(int start, int end, EntityType type)
    {
        for (var k = start + 1; k < end; k++)
        {
            var word = words[k];
            if (!EntityLexicon.Titles.Contains(word) || (type == EntityType.Person && EntityLexicon.NameLikeTitles.Contains(word)))
            {
                continue;
            }

            var holder = k + 1;
            while (holder < end && (EntityLexicon.Titles.Contains(words[holder]) || EntityLexicon.TitleContinuations.Contains(words[holder])))
            {
                holder++;
            }

            // "Secretary of State Mike Pompeo": the office runs through "of State" when a name still follows.
            if (holder + 2 < end && words[holder] is "of")
            {
                holder += 2;
            }

            if (holder < end && IsName(holder, end))
            {
                work.Push(Span(holder, end, EntityType.Person));
                work.Push(Span(start, k, type == EntityType.Person ? EntityType.Organization : type));
                return true;
            }

            if (holder >= end && KnownNames.TryGet(words, start, k, out _))
            {
                work.Push(Span(start, k, type));
                return true;
            }
        }

        return false;
    }

    // "ICE Mark Morgan": a known acronym before a person's name is its own mention ("U.S. Geological Survey" stays).
    private bool SplitLeadingAcronym(int start, int end, EntityType type)
    {
        if (end - start < 2 || !words.IsAllCaps(start) || !KnownEntities.TryGetAlias(words[start], out _) || !LooksLikePerson(start + 1, end))
        {
            return false;
        }

        work.Push(Span(start + 1, end, EntityType.Person));
        work.Push(Span(start, start + 1, type));
        return true;
    }

    // "Democrats for Immigration and Customs Enforcement": a known name after "for", "and" or "with" is its own,
    // unless what comes before is an organization's head ("Department of Homeland Security").
    private bool SplitBeforeKnownName(int start, int end, EntityType type)
    {
        for (var k = start + 1; k + 2 < end; k++)
        {
            if (words[k] is not ("for" or "and" or "with") || EntityLexicon.OrganizationWords.Contains(words[k - 1])
                || !KnownNames.TryGet(words, k + 1, end, out _))
            {
                continue;
            }

            work.Push(Span(k + 1, end, type));
            work.Push(Span(start, k, type));
            return true;
        }

        return false;
    }

    // Capitalized words, not all capitals, no organization word: a name a title can precede.
    private bool IsName(int start, int end)
    {
        for (var t = start; t < end; t++)
        {
            if (!words.IsCapitalized(t) || EntityLexicon.OrganizationWords.Contains(words[t]))
            {
                return false;
            }
        }

        return true;
    }

    private bool LooksLikePerson(int start, int end) =>
        end - start <= MaxPersonNameWords && IsName(start, end) && !words.IsAllCaps(start)
        && (words.IsGivenName(start, gazetteer) || words[start] is [_, '.', ..]);

    // Two or more words in capitals that no list knows: a shouted headline, not names.
    private bool IsShouting(int start, int end)
    {
        if (end - start < 2)
        {
            return false;
        }

        for (var t = start; t < end; t++)
        {
            if (!words.IsAllCaps(t))
            {
                return false;
            }
        }

        return true;
    }

    private void AddKnown(int start, int end, KnownEntity entity) =>
        repaired.Add(Span(start, end, entity.Type) with { Canonical = entity.Name, Evidence = MentionEvidence.Curated });

    // "FWD.us", "Amazon.com": a capitalized name with a web domain is an organization the tagger has rarely seen.
    private void AddWebNames(int first, int end)
    {
        var added = false;
        for (var t = first; t < end; t++)
        {
            if (!words.Tokens[t].Covered && words.IsCapitalized(t) && IsWebName(words[t]))
            {
                repaired.Add(Span(t, t + 1, EntityType.Organization));
                words.Tokens[t].Covered = true;
                added = true;
            }
        }

        if (added)
        {
            repaired.Sort(static (a, b) => a.Start.CompareTo(b.Start));
        }
    }

    private static bool IsWebName(ReadOnlySpan<char> word)
    {
        var dot = word.LastIndexOf('.');
        if (dot < 2 || word[(dot + 1)..] is not ("com" or "org" or "net" or "us" or "io" or "co" or "gov" or "edu"))
        {
            return false;
        }

        foreach (var c in word[..dot])
        {
            if (!char.IsAsciiLetterOrDigit(c) && c != '-')
            {
                return false;
            }
        }

        return true;
    }

    // Known names replace the tagger's spans they contain ("Capitol" + "Hill" → Capitol Hill) and fill its gaps;
    // a known name inside a longer tagged name gives way ("Homeland Security" in "Department of Homeland Security"),
    // except the parts of a hyphenated word, which replace a span of that one word ("US-Mexico").
    private void Combine()
    {
        combined.Clear();
        var next = 0;
        foreach (var name in known)
        {
            while (next < repaired.Count && repaired[next].End <= name.Start)
            {
                combined.Add(repaired[next++]);
            }

            var overlapEnd = next;
            var inside = true;
            while (overlapEnd < repaired.Count && repaired[overlapEnd].Start < name.End)
            {
                inside &= repaired[overlapEnd].Start >= name.Start && repaired[overlapEnd].End <= name.End;
                overlapEnd++;
            }

            var partOfWord = name.EndToken == name.FirstToken + 1 && (name.Start > words.Start(name.FirstToken) || name.End < words.End(name.FirstToken));
            if (overlapEnd == next)
            {
                combined.Add(name);
            }
            else if (inside || (partOfWord && overlapEnd == next + 1 && repaired[next].FirstToken == name.FirstToken && repaired[next].EndToken == name.EndToken))
            {
                combined.Add(name);
                next = overlapEnd;
            }
        }

        while (next < repaired.Count)
        {
            combined.Add(repaired[next++]);
        }

        repaired.Clear();
        repaired.AddRange(combined);
        repaired.Sort(static (a, b) => a.Start.CompareTo(b.Start));
    }

    private void MarkCovered()
    {
        foreach (var mention in repaired)
        {
            for (var t = mention.FirstToken; t < mention.EndToken; t++)
            {
                words.Tokens[t].Covered = true;
            }
        }
    }

    // "Rep. Waters", "Sen. Ted Cruz": capitalized words after a personal title are a person's name.
    private void AddTitledNames(int first, int end)
    {
        var added = false;
        for (var t = first; t + 1 < end; t++)
        {
            if (!words.IsCapitalized(t) || !EntityLexicon.PersonalTitles.Contains(words[t]))
            {
                continue;
            }

            var start = t + 1;
            while (start < end && (EntityLexicon.Titles.Contains(words[start]) || EntityLexicon.TitleContinuations.Contains(words[start])))
            {
                start++;
            }

            var stop = start;
            while (stop < end && stop - start < MaxTitledNameWords && !words.Tokens[stop].Covered && words.IsCapitalized(stop)
                && !words.IsAllCaps(stop) && !CommonWords.IsSentenceStarter(words[stop]) && !EntityLexicon.Titles.Contains(words[stop]))
            {
                stop++;
            }

            if (stop == start || (stop < end && words.IsCapitalized(stop) && !words.Tokens[stop].Covered))
            {
                // The titles just skipped need no second look ("Rep. Rep. Rep. …" stays linear).
                t = start - 1;
                continue;
            }

            repaired.Add(Span(start, stop, EntityType.Person));
            for (var k = start; k < stop; k++)
            {
                words.Tokens[k].Covered = true;
            }

            added = true;
            t = stop - 1;
        }

        if (added)
        {
            repaired.Sort(static (a, b) => a.Start.CompareTo(b.Start));
        }
    }

    // "Sen. Ted Cruz" tagged as "Cruz": a given name just before a person belongs to the name.
    private void ExtendWithGivenNames(int first)
    {
        for (var i = 0; i < repaired.Count; i++)
        {
            var mention = repaired[i];
            var before = mention.FirstToken - 1;
            if (mention.Type != EntityType.Person || before < first || words.Tokens[before].Covered || words.IsAllCaps(before)
                || CommonWords.IsSentenceStarter(words[before]) || IsTitle(before)
                || !words.IsGivenName(before, gazetteer) || mention.Start < words.Start(mention.FirstToken))
            {
                continue;
            }

            repaired[i] = mention with { Start = words.Start(before), FirstToken = before };
            words.Tokens[before].Covered = true;
        }
    }

    // "Ulises" + "Ruiz" after a title split: two person spans with nothing between are one name.
    private void JoinTouchingPeople()
    {
        var written = 0;
        for (var i = 0; i < repaired.Count; i++)
        {
            var current = repaired[i];
            if (written > 0)
            {
                var left = repaired[written - 1];
                if (left.Type == EntityType.Person && current.Type == EntityType.Person && left.EndToken == current.FirstToken
                    && left.End == words.End(left.EndToken - 1) && current.Start == words.Start(current.FirstToken)
                    && current.EndToken - left.FirstToken <= MaxNameWords)
                {
                    repaired[written - 1] = left with { End = current.End, EndToken = current.EndToken };
                    continue;
                }
            }

            repaired[written++] = current;
        }

        repaired.RemoveRange(written, repaired.Count - written);
    }

    private void Emit(int sentence, int first, int end)
    {
        var firstWord = words.FirstWordOf(sentence);
        foreach (var mention in repaired)
        {
            if (layout.Noise.Overlaps(mention.Start, mention.End) || layout.Datelines.Overlaps(mention.Start, mention.End))
            {
                continue;
            }

            var evidence = mention.Evidence;
            if (mention.FirstToken == firstWord && mention.Start == words.Start(firstWord))
            {
                evidence |= MentionEvidence.SentenceInitial;
            }

            var (titleStart, titleEnd) = TitleBefore(mention, first);
            if (titleEnd > titleStart)
            {
                evidence |= MentionEvidence.Titled;
            }

            if (mention.Type is EntityType.Person or EntityType.Organization && !mention.Has(MentionEvidence.Curated) && HasPersonContext(mention, end))
            {
                evidence |= MentionEvidence.PersonContext;
            }

            output.Add(mention with { Evidence = evidence, TitleStart = titleStart, TitleEnd = titleEnd });
        }
    }

    // The titles right before a mention ("Vice President"), with one modifier before them ("acting Secretary").
    private (int Start, int End) TitleBefore(Mention mention, int first)
    {
        if (mention.Start > words.Start(mention.FirstToken))
        {
            return (0, 0);
        }

        var k = mention.FirstToken - 1;
        while (k >= first && mention.FirstToken - k <= MaxTitleWords && IsTitle(k))
        {
            k--;
        }

        if (k == mention.FirstToken - 1)
        {
            return (0, 0);
        }

        if (k >= first && IsTitleModifier(words[k]))
        {
            k--;
        }

        return (words.Start(k + 1), words.End(mention.FirstToken - 1));
    }

    private static bool IsTitleModifier(ReadOnlySpan<char> word) =>
        EntityLexicon.Modifiers.Contains(word) || word is "acting" or "former" or "interim" or "outgoing" or "incoming" or "deputy";

    // "the Biden administration", "Biden and Obama administrations", "Obama-era", "Obama's presidency", "Murkowski (R-AK)".
    private bool HasPersonContext(Mention mention, int end)
    {
        var body = words.Body;
        if (mention.End < words.End(mention.EndToken - 1))
        {
            return body[mention.End] == '-' && EntityLexicon.PersonContext.Contains(body.AsSpan(mention.End + 1, words.End(mention.EndToken - 1) - mention.End - 1));
        }

        var next = mention.EndToken;
        if (next < end && words.IsClitic(next))
        {
            next++;
        }

        if (next < end && EntityLexicon.PersonContext.Contains(words[next]))
        {
            return true;
        }

        if (next + 2 < end && words[next] is "and" && words.IsCapitalized(next + 1) && EntityLexicon.PersonContext.Contains(words[next + 2]))
        {
            return true;
        }

        var after = mention.End;
        while (after < body.Length && body[after] == ' ')
        {
            after++;
        }

        if (after < body.Length && body[after] == '(')
        {
            var close = body.AsSpan(after, Math.Min(10, body.Length - after)).IndexOf(')');
            return close > 0 && BodyLayout.IsPartyTag(body.AsSpan(after + 1, close - 1).Trim());
        }

        return false;
    }
}
