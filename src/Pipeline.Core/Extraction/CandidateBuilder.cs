using Pipeline.Core.Text;

namespace Pipeline.Core.Extraction;

/// <summary>
/// Finds name candidates in the tokens of a sentence: runs of capitalized words, with "of", "and", "for" and "the"
/// allowed inside when another capitalized word follows. Each run is then cut into the names it really holds:
/// leading function words and modifiers go ("But", "Former"), a leading acronym stands alone ("ICE Mark Morgan"),
/// a title separates an office from its holder ("Homeland Security Secretary Kirstjen Nielsen"), and connectors
/// survive only inside organization names ("New York and San Francisco" is two places). It also records acronym
/// definitions written as "Long Name (ACR)" or "ACR, the Long Name".
/// </summary>
internal sealed class CandidateBuilder
{
    private const int MaxNameTokens = 10;
    private const int MaxTitledNameTokens = 3;
    private const int SurfaceCapacity = 512;
    private const int MaxAcronymLength = 6;

    private readonly string text;
    private readonly TokenBuffer tokens;
    private readonly MentionTable table;
    private int lastAcronymEnd = -1;
    private int lastAcronymStart = -1;

    public CandidateBuilder(string text, TokenBuffer tokens, MentionTable table)
    {
        this.text = text;
        this.tokens = tokens;
        this.table = table;
    }

    /// <summary>Acronyms the article defines itself, mapped to their long names; null until one is found.</summary>
    public Dictionary<string, string>? Definitions { get; private set; }

    /// <summary>Scans the tokens currently in the buffer (one sentence).</summary>
    public void ProcessSentence()
    {
        lastAcronymEnd = -1;
        var runStart = -1;
        var count = tokens.Count;
        for (var i = 0; i < count; i++)
        {
            var token = tokens[i];
            if (token.Has(TokenTraits.BreakBefore))
            {
                Flush(ref runStart, i);
            }

            if (IsNameWord(i, runStart >= 0))
            {
                if (runStart < 0)
                {
                    runStart = i;
                }
            }
            else if (!(runStart >= 0 && token.Has(TokenTraits.Connector) && !token.Has(TokenTraits.BreakAfter)
                && i + 1 < count && !tokens[i + 1].Has(TokenTraits.BreakBefore) && IsNameWord(i + 1, inRun: true)))
            {
                Flush(ref runStart, i);
            }

            if (token.Has(TokenTraits.BreakAfter) || (runStart >= 0 && i + 1 - runStart >= MaxNameTokens))
            {
                Flush(ref runStart, i + 1);
            }
        }

        Flush(ref runStart, count);
    }

    private ReadOnlySpan<char> Word(int index)
    {
        var token = tokens[index];
        return text.AsSpan(token.Start, token.Length);
    }

    private bool IsNameWord(int index, bool inRun)
    {
        var token = tokens[index];
        if (!token.Has(TokenTraits.Capitalized))
        {
            return false;
        }

        var word = Word(index);
        if (EntityLexicon.Weekdays.Contains(word))
        {
            return false;
        }

        if (EntityLexicon.Months.Contains(word))
        {
            return inRun && EntityLexicon.NameMonths.Contains(word);
        }

        return !CommonWords.IsSentenceStarter(word);
    }

    private void Flush(ref int runStart, int end)
    {
        if (runStart >= 0 && end > runStart)
        {
            Emit(runStart, end, titled: false);
        }

        runStart = -1;
    }

    private void Emit(int start, int end, bool titled)
    {
        while (start < end && (tokens[start].Has(TokenTraits.Connector) || EntityLexicon.Modifiers.Contains(Word(start))))
        {
            start++;
        }

        while (end > start && tokens[end - 1].Has(TokenTraits.Connector))
        {
            end--;
        }

        if (start >= end)
        {
            return;
        }

        // "ICE Mark Morgan", "U.S. Border Patrol": the acronym is its own mention. "NBC News" stays whole.
        if (end - start > 1 && tokens[start].Has(TokenTraits.Acronym)
            && !(end - start == 2 && EntityLexicon.OrganizationWords.Contains(Word(start + 1))))
        {
            AddMention(start, start + 1, titled: false);
            Emit(start + 1, end, titled);
            return;
        }

        for (var k = start; k < end; k++)
        {
            if (EntityLexicon.Titles.Contains(Word(k)))
            {
                SplitAtTitle(start, k, end);
                return;
            }
        }

        var misplaced = MisplacedConnector(start, end);
        if (misplaced >= 0)
        {
            Emit(start, misplaced, titled: false);
            Emit(misplaced + 1, end, titled: false);
            return;
        }

        AddMention(start, end, titled);
    }

    private void SplitAtTitle(int start, int title, int end)
    {
        var afterTitle = title + 1;
        while (afterTitle < end && (EntityLexicon.Titles.Contains(Word(afterTitle)) || EntityLexicon.TitleContinuations.Contains(Word(afterTitle))))
        {
            afterTitle++;
        }

        // "Secretary of State Mike Pompeo": the office runs through "of State" when a name still follows.
        if (afterTitle + 2 < end && Word(afterTitle).SequenceEqual("of"))
        {
            afterTitle += 2;
        }

        if (title > start)
        {
            Emit(start, title, titled: false);
        }

        if (afterTitle < end)
        {
            var holder = end - afterTitle <= MaxTitledNameTokens && !HasConnector(afterTitle, end)
                && !HasOrganizationWord(afterTitle, end) && !tokens[afterTitle].Has(TokenTraits.Acronym);
            Emit(afterTitle, end, holder);
        }
    }

    private bool HasConnector(int start, int end)
    {
        for (var k = start; k < end; k++)
        {
            if (tokens[k].Has(TokenTraits.Connector))
            {
                return true;
            }
        }

        return false;
    }

    private bool HasOrganizationWord(int start, int end)
    {
        for (var k = start; k < end; k++)
        {
            if (EntityLexicon.OrganizationWords.Contains(Word(k)))
            {
                return true;
            }
        }

        return false;
    }

    // A connector belongs to a name only inside an organization: "of", "for" and "the" after an organization word
    // ("Department of Homeland Security", "Executive Office for Immigration Review"), "and" before a final one
    // ("Immigration and Customs Enforcement"). Otherwise the run is a list ("New York and San Francisco") or two
    // names ("Democrats for Immigration and Customs Enforcement"). Returns the first misplaced connector, or -1.
    private int MisplacedConnector(int start, int end)
    {
        var endsInOrganization = EntityLexicon.OrganizationWords.Contains(Word(end - 1));
        var organizationSoFar = false;
        for (var k = start; k < end; k++)
        {
            if (!tokens[k].Has(TokenTraits.Connector))
            {
                organizationSoFar |= EntityLexicon.OrganizationWords.Contains(Word(k));
                continue;
            }

            // "White House and Senate": an organization word before "and" closes a complete name, so it is a list.
            var misplaced = Word(k).SequenceEqual("and")
                ? !endsInOrganization || EntityLexicon.OrganizationWords.Contains(Word(k - 1))
                : !organizationSoFar;
            if (misplaced)
            {
                return k;
            }
        }

        return -1;
    }

    private void AddMention(int start, int end, bool titled)
    {
        Span<char> surface = stackalloc char[SurfaceCapacity];
        var length = 0;
        for (var k = start; k < end; k++)
        {
            if (k > start)
            {
                surface[length++] = ' ';
            }

            foreach (var c in Word(k))
            {
                // One apostrophe form, so "O’Rourke" and "O'Rourke" are the same name.
                surface[length++] = c == '\u2019' ? '\'' : c;
            }
        }

        var first = tokens[start];
        var single = end - start == 1;
        var acronym = single && first.Has(TokenTraits.Acronym);
        table.Add(surface[..length], first.Start, tokens[end - 1].End, end - start, single && first.Has(TokenTraits.SentenceInitial), titled, acronym);

        if (acronym)
        {
            lastAcronymStart = first.Start;
            lastAcronymEnd = first.End;
        }
        else if (!single)
        {
            DefineAcronyms(start, end, surface[..length]);
        }
    }

    private void DefineAcronyms(int start, int end, ReadOnlySpan<char> name)
    {
        // "Long Name (ACR)"
        var after = tokens[end - 1].End;
        while (after < text.Length && text[after] == ' ')
        {
            after++;
        }

        if (after < text.Length && text[after] == '(')
        {
            var close = text.AsSpan(after + 1, Math.Min(MaxAcronymLength + 1, text.Length - after - 1)).IndexOf(')');
            if (close >= 2)
            {
                TryDefine(text.AsSpan(after + 1, close), start, end, name);
            }
        }

        // "ACR, the Long Name"
        if (lastAcronymEnd >= 0 && text.AsSpan(lastAcronymEnd, tokens[start].Start - lastAcronymEnd).Equals(", the ", StringComparison.OrdinalIgnoreCase))
        {
            TryDefine(text.AsSpan(lastAcronymStart, lastAcronymEnd - lastAcronymStart), start, end, name);
        }
    }

    private void TryDefine(ReadOnlySpan<char> acronym, int start, int end, ReadOnlySpan<char> name)
    {
        foreach (var c in acronym)
        {
            if (!char.IsUpper(c))
            {
                return;
            }
        }

        if (!InitialsMatch(acronym, start, end, skipConnectors: true) && !InitialsMatch(acronym, start, end, skipConnectors: false))
        {
            return;
        }

        Definitions ??= new Dictionary<string, string>(StringComparer.Ordinal);
        Definitions[acronym.ToString()] = name.ToString();
    }

    private bool InitialsMatch(ReadOnlySpan<char> acronym, int start, int end, bool skipConnectors)
    {
        var matched = 0;
        for (var k = start; k < end; k++)
        {
            if (skipConnectors && tokens[k].Has(TokenTraits.Connector))
            {
                continue;
            }

            if (matched >= acronym.Length || char.ToUpperInvariant(text[tokens[k].Start]) != acronym[matched])
            {
                return false;
            }

            matched++;
        }

        return matched == acronym.Length;
    }
}
