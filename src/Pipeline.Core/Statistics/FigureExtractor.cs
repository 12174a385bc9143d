using Pipeline.Core.Model;

namespace Pipeline.Core.Statistics;

/// <summary>
/// Finds the figures of a body: money, percentages, quantities, counts and ordinals, with their normalized values,
/// qualifiers, ranges, ratios and changes and what they count. Numbers that the date scanner took, and numbers that
/// identify rather than count (phone numbers, street numbers, ages, <c>Flight 370</c>, <c>COVID-19</c>), are skipped.
/// Every look-around is a few tokens, so the pass is linear in the body's length.
/// </summary>
internal sealed class FigureExtractor
{
    private readonly TokenText text;
    private readonly bool[] claimed;
    private readonly List<FigureDraft> figures = [];

    /// <summary>The token where the other side of a ratio found earlier starts, so it is marked when reached.</summary>
    private int ratioPartner = -1;

    private FigureExtractor(TokenText text, bool[] claimed)
    {
        this.text = text;
        this.claimed = claimed;
    }

    public static List<FigureDraft> Extract(TokenText text, bool[] claimed)
    {
        var extractor = new FigureExtractor(text, claimed);
        extractor.Run();
        return extractor.figures;
    }

    private void Run()
    {
        for (var i = 0; i < text.Count; i++)
        {
            if (claimed[i])
            {
                continue;
            }

            var kind = text[i].Kind;
            if (kind == StatTokenKind.Symbol)
            {
                continue;
            }

            if (kind == StatTokenKind.Word && !NumberWords.StartsNumber(text.Span(i)) && !NumberWords.TryOrdinal(text.Span(i), out _))
            {
                continue;
            }

            var last = TryOrdinal(i) ?? TryFigure(i) ?? SkipIdentifier(i);
            if (last is { } end)
            {
                for (var k = i; k <= end; k++)
                {
                    claimed[k] = true;
                }

                i = end;
            }
        }
    }

    private int? TryOrdinal(int i)
    {
        if (text.IsNumber(i))
        {
            if (text.IsWord(i + 1) && text.Touch(i, i + 1) && DateExtractor.IsOrdinalSuffix(text.Span(i + 1)) && !IsGluedBefore(i)
                && NumberReader.TryDigits(text.Span(i), out var numeric))
            {
                return Add(new FigureDraft { Kind = NumericKind.Ordinal, FirstToken = i, LastToken = i + 1, Value = numeric });
            }

            return null;
        }

        var word = text.Span(i);
        var last = i;
        double value;
        if (NumberWords.TryTens(word, out var tens) && text.IsSymbol(i + 1, '-') && text.Touch(i, i + 1) && text.Touch(i + 1, i + 2)
            && text.IsWord(i + 2) && NumberWords.TryOrdinal(text.Span(i + 2), out var unitOrdinal) && unitOrdinal < 10)
        {
            value = tens + unitOrdinal;
            last = i + 2;
        }
        else if (NumberWords.TryOrdinal(word, out var ordinal))
        {
            value = ordinal;
        }
        else
        {
            return null;
        }

        // "a second", "per second", "split second": the unit of time, not a rank.
        if (word.Equals("second", StringComparison.OrdinalIgnoreCase)
            && (text.Is(i - 1, "a") || text.Is(i - 1, "per") || text.Is(i - 1, "every") || text.Is(i - 1, "split") || text.IsNumber(i - 1) || text.Is(i - 1, "one")))
        {
            return i;
        }

        return Add(new FigureDraft { Kind = NumericKind.Ordinal, FirstToken = i, LastToken = last, Value = value });
    }

    private int? TryFigure(int i)
    {
        if (text.IsNumber(i) && IsIdentifier(i))
        {
            return null;
        }

        if (!NumberReader.TryRead(text, i, out var number) || double.IsInfinity(number.Value))
        {
            return null;
        }

        var draft = new FigureDraft { Kind = NumericKind.Cardinal, FirstToken = i, LastToken = number.Last, Value = number.Value };
        var first = ReadPrefix(i, draft, out var negative);
        var last = number.Last;

        // "$4.5bn", "€3m": scale abbreviations only follow money.
        if (draft.Currency is not null && !number.Scaled && text.IsWord(last + 1) && text.Touch(last, last + 1) && ScaleAbbreviation(text.Span(last + 1)) is { } abbreviated)
        {
            draft.Value *= abbreviated;
            last++;
        }

        draft.FirstToken = first;
        last = ReadRange(draft, last, number.Scaled);
        last = ReadSuffix(draft, last);
        if (negative)
        {
            draft.Value = -draft.Value;
            draft.UpperValue = -draft.UpperValue;
        }

        var isOne = number.Spelled && number.Value == 1 && !number.Scaled && draft.Relation != NumericRelation.Range;
        if (draft.Kind == NumericKind.Cardinal && number.Spelled && IsIdiom(i, number.Last))
        {
            return number.Last;
        }

        if (draft.Kind == NumericKind.Cardinal && IsAge(i, last))
        {
            return last;
        }

        draft.FirstToken = first;
        draft.LastToken = last;
        ReadQualifierAndChange(draft, first);
        ReadRatio(draft, last);
        if (i == ratioPartner || (first < ratioPartner && ratioPartner <= last))
        {
            draft.Relation = NumericRelation.Ratio;
            ratioPartner = -1;
        }

        // "one" is a count only as a side of a ratio; elsewhere it is a pronoun or an article ("one of the officials").
        if (isOne && draft.Relation != NumericRelation.Ratio && draft.Kind == NumericKind.Cardinal)
        {
            return number.Last;
        }

        if (draft.Kind == NumericKind.Cardinal)
        {
            draft.Counts = CountedNoun(last + 1);
        }

        return Add(draft);
    }

    private int Add(FigureDraft draft)
    {
        figures.Add(draft);
        return draft.LastToken;
    }

    /// <summary>Reads a currency sign or code and a minus sign before the number; returns the figure's first token.</summary>
    private int ReadPrefix(int i, FigureDraft draft, out bool negative)
    {
        negative = false;
        var first = i;
        var before = i - 1;
        if (text.InRange(before) && text[before].Kind == StatTokenKind.Symbol && (text.Touch(before, i) || text[before].End + 1 == text[i].Start)
            && FigureWords.CurrencySymbol(text.Text[text[before].Start]) is { } code)
        {
            first = before;
            draft.Currency = code;
            draft.Kind = NumericKind.Money;
            if (code == "USD" && text.IsWord(before - 1) && text.Touch(before - 1, before) && FigureWords.DollarPrefix(text.Span(before - 1)) is { } prefixed)
            {
                draft.Currency = prefixed;
                first = before - 1;
            }
        }
        else if (text.IsWord(before) && FigureWords.IsCurrencyCode(text.Span(before)))
        {
            first = before;
            draft.Currency = text.Span(before).ToString();
            draft.Kind = NumericKind.Money;
        }

        // "-5%", "−2.5", "-$3 million": a sign touching the number (or its currency) that does not join two words.
        var sign = first - 1;
        if (text.InRange(sign) && text[sign].Kind == StatTokenKind.Symbol && text.Text[text[sign].Start] is '-' or '\u2212' && text.Touch(sign, first)
            && (!text.InRange(sign - 1) || !text.Touch(sign - 1, sign)))
        {
            negative = true;
            first = sign;
        }
        else if ((text.Is(first - 1, "minus") && !text.Is(first - 2, "or")) || text.Is(first - 1, "negative"))
        {
            negative = true;
            first--;
        }

        return first;
    }

    private static double? ScaleAbbreviation(ReadOnlySpan<char> word) =>
        word.Equals("bn", StringComparison.OrdinalIgnoreCase) || word.Equals("b", StringComparison.Ordinal) ? 1e9
        : word.Equals("m", StringComparison.Ordinal) || word.Equals("mn", StringComparison.OrdinalIgnoreCase) ? 1e6
        : word.Equals("k", StringComparison.OrdinalIgnoreCase) ? 1e3
        : word.Equals("tn", StringComparison.OrdinalIgnoreCase) || word.Equals("trn", StringComparison.OrdinalIgnoreCase) ? 1e12
        : null;

    /// <summary>"70 to 75", "between 3 and 5 million", "$5-$10": the upper end, when it is not below the lower.</summary>
    private int ReadRange(FigureDraft draft, int last, bool firstScaled)
    {
        var joiner = last + 1;
        var isJoiner = text.Is(joiner, "to") || (text.Is(joiner, "and") && text.Is(draft.FirstToken - 1, "between"))
            || ((text.IsSymbol(joiner, '-') || text.IsSymbol(joiner, '\u2013')) && text.Touch(last, joiner) && text.Touch(joiner, joiner + 1));
        if (!isJoiner)
        {
            return last;
        }

        var second = joiner + 1;
        if (draft.Currency is not null && text.InRange(second) && text[second].Kind == StatTokenKind.Symbol && FigureWords.CurrencySymbol(text.Text[text[second].Start]) == draft.Currency)
        {
            second++;
        }

        if (claimed[second] || !NumberReader.TryRead(text, second, out var upper) || (text.IsNumber(second) && IsIdentifier(second)))
        {
            return last;
        }

        var lower = draft.Value;
        var upperValue = upper.Value;
        if (!firstScaled && upper.Scaled && text.IsWord(upper.Last) && NumberWords.TryScale(text.Span(upper.Last), out var scale))
        {
            lower *= scale;
        }

        if (upperValue <= lower)
        {
            return last;
        }

        draft.Value = lower;
        draft.UpperValue = upperValue;
        draft.Relation = NumericRelation.Range;
        return upper.Last;
    }

    /// <summary>Reads the percent sign, unit or currency word after the number and sets the kind.</summary>
    private int ReadSuffix(FigureDraft draft, int last)
    {
        var next = last + 1;
        if (text.IsSymbol(next, '%') || text.IsSymbol(next, '\u066A'))
        {
            draft.Kind = NumericKind.Percent;
            return next;
        }

        if (!text.IsWord(next) || (text.Touch(last, next) && text.IsNumber(last) && !IsUnitAbbreviation(text.Span(next))))
        {
            return last;
        }

        var word = text.Span(next);
        if (draft.Kind != NumericKind.Money)
        {
            if (word.Equals("percent", StringComparison.OrdinalIgnoreCase) || word.Equals("pct", StringComparison.OrdinalIgnoreCase))
            {
                draft.Kind = NumericKind.Percent;
                return next;
            }

            if (word.Equals("per", StringComparison.OrdinalIgnoreCase) && text.Is(next + 1, "cent"))
            {
                draft.Kind = NumericKind.Percent;
                return next + 1;
            }

            if (word.Equals("percentage", StringComparison.OrdinalIgnoreCase) && (text.Is(next + 1, "points") || text.Is(next + 1, "point")))
            {
                draft.Kind = NumericKind.Percent;
                draft.Unit = "percentage point";
                return next + 1;
            }
        }

        // "4.2 billion Swiss francs", "500 Canadian dollars"
        if (draft.Kind != NumericKind.Money && FigureWords.NationalCurrency(word) is { } national && text.IsWord(next + 1) && FigureWords.TryCurrencyWord(text.Span(next + 1), out _, out var nationalFactor))
        {
            draft.Kind = NumericKind.Money;
            draft.Currency = national;
            draft.Value *= nationalFactor;
            draft.UpperValue *= nationalFactor;
            return next + 1;
        }

        if (FigureWords.TryCurrencyWord(word, out var code, out var factor) && draft.Kind != NumericKind.Money)
        {
            // "5 pounds of cocaine" is a weight.
            if (code == "GBP" && factor == 1 && text.Is(next + 1, "of") && !word.Equals("sterling", StringComparison.OrdinalIgnoreCase))
            {
                draft.Kind = NumericKind.Quantity;
                draft.Unit = "pound";
                return next;
            }

            draft.Kind = NumericKind.Money;
            draft.Currency = code;
            draft.Value *= factor;
            draft.UpperValue *= factor;
            return text.Is(next + 1, "sterling") ? next + 1 : next;
        }

        if (draft.Kind == NumericKind.Money && draft.Currency is null)
        {
            return last;
        }

        if (draft.Kind != NumericKind.Money && FigureWords.IsCurrencyCode(word) && char.IsUpper(word[0]))
        {
            draft.Kind = NumericKind.Money;
            draft.Currency = word.ToString();
            return next;
        }

        if (draft.Kind == NumericKind.Money)
        {
            return last;
        }

        var unitIndex = next;
        var prefix = string.Empty;
        if ((word.Equals("square", StringComparison.OrdinalIgnoreCase) || word.Equals("cubic", StringComparison.OrdinalIgnoreCase)) && text.IsWord(next + 1))
        {
            prefix = word.ToString().ToLowerInvariant() + " ";
            unitIndex = next + 1;
        }

        if (!FigureWords.TryUnit(text.Span(unitIndex), out var unit))
        {
            return last;
        }

        draft.Kind = NumericKind.Quantity;
        draft.Unit = prefix + unit;
        if (unit == "mile" && text.Is(unitIndex + 1, "per") && text.Is(unitIndex + 2, "hour"))
        {
            draft.Unit = "mile per hour";
            return unitIndex + 2;
        }

        if (unit == "degree" && (text.Is(unitIndex + 1, "Fahrenheit") || text.Is(unitIndex + 1, "Celsius")))
        {
            draft.Unit = "degree " + text.Span(unitIndex + 1).ToString();
            return unitIndex + 1;
        }

        return unitIndex;
    }

    private static bool IsUnitAbbreviation(ReadOnlySpan<char> word) =>
        FigureWords.TryUnit(word, out _) && word.Length <= 3;

    private void ReadQualifierAndChange(FigureDraft draft, int first)
    {
        var before = first - 1;
        foreach (var (firstWord, secondWord) in FigureWords.Pairs)
        {
            if (text.Is(before - 1, firstWord) && text.Is(before, secondWord))
            {
                draft.Qualifier = $"{firstWord} {secondWord}";
                before -= 2;
                break;
            }
        }

        // "a margin of error of plus or minus 3.1 percentage points"
        if (draft.Qualifier is null && text.Is(before - 2, "plus") && text.Is(before - 1, "or") && text.Is(before, "minus"))
        {
            draft.Qualifier = "plus or minus";
            before -= 3;
        }

        if (draft.Qualifier is null && text.IsWord(before) && FigureWords.IsSingleQualifier(text.Span(before)))
        {
            draft.Qualifier = text.Span(before).ToString().ToLowerInvariant();
            before--;
        }

        if (draft.Kind is NumericKind.Ordinal)
        {
            return;
        }

        if (text.Is(before, "by"))
        {
            before--;
        }

        var direction = text.IsWord(before) && !(text.Is(before, "up") && draft.Qualifier == "up to") ? FigureWords.ChangeDirection(text.Span(before)) : 0;
        if (direction == 0)
        {
            // "a 13% increase", "a 5 percent drop"
            var after = draft.LastToken + 1;
            if (text.IsWord(after) && !text.Touch(draft.LastToken, after) && text.Is(first - 1, "a") | text.Is(before, "a") | text.Is(before, "an"))
            {
                direction = FigureWords.ChangeDirection(text.Span(after));
            }
        }

        if (direction != 0)
        {
            draft.Relation = draft.Relation == NumericRelation.None ? NumericRelation.Change : draft.Relation;
            draft.Direction = direction > 0 ? "increase" : "decrease";
        }
    }

    /// <summary>"one officer for every 7,000 cases", "three out of four", "one in five".</summary>
    private void ReadRatio(FigureDraft draft, int last)
    {
        if (draft.Kind is NumericKind.Ordinal or NumericKind.Percent)
        {
            return;
        }

        for (var k = last + 1; k <= last + 6 && text.InRange(k); k++)
        {
            if (text[k].Kind == StatTokenKind.Symbol && !text.IsSymbol(k, '-'))
            {
                return;
            }

            int partner;
            if (text.Is(k, "for") && text.Is(k + 1, "every"))
            {
                partner = k + 2;
            }
            else if (text.Is(k, "out") && text.Is(k + 1, "of"))
            {
                partner = k + 2;
            }
            else if (text.Is(k, "in") && k == last + 1)
            {
                partner = k + 1;
            }
            else
            {
                continue;
            }

            if (text.InRange(partner) && !claimed[partner] && NumberReader.TryRead(text, partner, out var other) && !double.IsInfinity(other.Value)
                && !(text.IsNumber(partner) && text[partner].Length == 4 && !text.Span(partner).Contains(',')))
            {
                draft.Relation = NumericRelation.Ratio;
                draft.Per = other.Value;
                ratioPartner = partner;
            }

            return;
        }
    }

    /// <summary>"the 45-year-old", "Derek Chauvin, 45,", "aged 45": an age is neither a count nor a duration.</summary>
    private bool IsAge(int first, int last)
    {
        if (!text.IsNumber(first) || first != last)
        {
            return false;
        }

        if (text.Is(first - 1, "aged") || text.Is(first - 1, "age") || text.Is(first - 1, "ages"))
        {
            return true;
        }

        // "a 45-year-old driver"
        if (text.IsSymbol(first + 1, '-') && text.Touch(first, first + 1) && text.IsWord(first + 2) && FigureWords.TryTimeUnit(text.Span(first + 2), out _, out _, out _)
            && text.IsSymbol(first + 3, '-') && text.Is(first + 4, "old"))
        {
            return true;
        }

        // "Derek Chauvin, 45, could face", "the suspect, 34, was arrested": a bare small number set off by commas after a noun.
        return text.IsSymbol(first - 1, ',') && text.IsWord(first - 2) && text[first].Length <= 3 && !text.Span(first).Contains('.')
            && (text.IsSymbol(first + 1, ',') || text.IsSymbol(first + 1, ')') || (text.IsSymbol(first + 1, '.') && text.IsCapitalized(first - 2)));
    }

    private static bool IsPlural(ReadOnlySpan<char> word) =>
        (word.Length > 3 && (word[^1] is 's' or 'S') && !word.EndsWith("ss", StringComparison.OrdinalIgnoreCase)
            && !word.EndsWith("us", StringComparison.OrdinalIgnoreCase) && !word.EndsWith("is", StringComparison.OrdinalIgnoreCase))
        || word.Equals("people", StringComparison.OrdinalIgnoreCase) || word.Equals("children", StringComparison.OrdinalIgnoreCase)
        || word.Equals("men", StringComparison.OrdinalIgnoreCase) || word.Equals("women", StringComparison.OrdinalIgnoreCase)
        || word.Equals("police", StringComparison.OrdinalIgnoreCase) || word.Equals("personnel", StringComparison.OrdinalIgnoreCase)
        || word.Equals("staff", StringComparison.OrdinalIgnoreCase) || word.Equals("feet", StringComparison.OrdinalIgnoreCase)
        || word.Equals("mice", StringComparison.OrdinalIgnoreCase) || word.Equals("geese", StringComparison.OrdinalIgnoreCase);

    private static bool PostNominal(ReadOnlySpan<char> word) =>
        word.Equals("familiar", StringComparison.OrdinalIgnoreCase) || word.Equals("involved", StringComparison.OrdinalIgnoreCase)
        || word.Equals("affected", StringComparison.OrdinalIgnoreCase) || word.Equals("remaining", StringComparison.OrdinalIgnoreCase)
        || word.Equals("aware", StringComparison.OrdinalIgnoreCase) || word.Equals("left", StringComparison.OrdinalIgnoreCase);

    /// <summary>Spelled-out numbers in set phrases: "one another", "ten-fold", "the two of them" stay counts, so this is short.</summary>
    private bool IsIdiom(int first, int last) =>
        text.Is(last + 1, "another") || (text.Is(first, "one") && text.Is(last + 1, "of"))
        || (text.Is(first, "zero") && !(text.IsWord(last + 1) && text.Span(last + 1).EndsWith("s", StringComparison.OrdinalIgnoreCase)))
        || (text.IsSymbol(last + 1, '-') && text.Touch(last, last + 1) && text.IsWord(last + 2) && text.Touch(last + 1, last + 2));

    /// <summary>Whether a digit run names something: glued to letters, a phone number, a street number, a code.</summary>
    private bool IsIdentifier(int i)
    {
        if (IsGluedBefore(i))
        {
            return true;
        }

        var token = text.Span(i);
        if (token.Length >= 2 && token[0] == '0' && token[1] != '.')
        {
            return true;
        }

        if (text.IsWord(i + 1) && text.Touch(i, i + 1) && !DateExtractor.IsOrdinalSuffix(text.Span(i + 1))
            && !IsUnitAbbreviation(text.Span(i + 1)) && ScaleAbbreviation(text.Span(i + 1)) is null)
        {
            return true;
        }

        if (text.IsWord(i - 1) && FigureWords.IsIdentifierCue(text.Span(i - 1)))
        {
            return true;
        }

        // "No. 5", "H.R. 1234", "S. 100"
        if (text.IsSymbol(i - 1, '.') && text.Touch(i - 2, i - 1) && (text.Is(i - 2, "No") || (text.IsCapitalized(i - 2) && text[i - 2].Length == 1)))
        {
            return true;
        }

        if (text.IsSymbol(i - 1, '#') || (text.IsSymbol(i + 1, '/') && text.Touch(i, i + 1) && text.IsNumber(i + 2)))
        {
            return true;
        }

        return IsPhoneNumber(i) || IsStreetNumber(i);
    }

    /// <summary>Touching a letter, an underscore or a letter-and-hyphen before it: <c>vpx_00000000</c>, <c>COVID-19</c>, <c>F-35</c>, <c>9/11</c>.</summary>
    private bool IsGluedBefore(int i)
    {
        var before = i - 1;
        if (!text.InRange(before) || !text.Touch(before, i))
        {
            return false;
        }

        if (text[before].Kind == StatTokenKind.Word)
        {
            return FigureWords.DollarPrefix(text.Span(before)) is null || !text.IsSymbol(i, '$');
        }

        var symbol = text.Text[text[before].Start];
        if (symbol is '_' or '/' or '\\' or '@' or '.')
        {
            return true;
        }

        return symbol == '-' && text.InRange(before - 1) && text.Touch(before - 1, before) && text[before - 1].Kind != StatTokenKind.Symbol;
    }

    /// <summary>555-123-4567, (202) 555-0100, 555.123.4567, +1 202 555 0100.</summary>
    private bool IsPhoneNumber(int i)
    {
        var digits = 0;
        var groups = 0;
        var k = i;
        if (text.IsSymbol(i - 1, '(') && text.IsSymbol(i + 1, ')') && text[i].Length == 3)
        {
            digits = 3;
            groups = 1;
            k = i + 2;
        }

        for (; text.InRange(k) && groups < 5; k++)
        {
            if (!text.IsNumber(k) && !(text.IsSymbol(k, '-') || text.IsSymbol(k, '.')))
            {
                break;
            }

            if (text.IsNumber(k))
            {
                var span = text.Span(k);
                if (span.Contains(',') || (span.Contains('.') && groups > 0))
                {
                    break;
                }

                digits += span.Length;
                groups++;
            }
            else if (!text.Touch(k - 1, k) || !text.Touch(k, k + 1))
            {
                break;
            }
        }

        return groups >= 2 && digits >= 7 && !text.Span(i).Contains(',');
    }

    /// <summary>"1600 Pennsylvania Avenue", "221B Baker Street".</summary>
    private bool IsStreetNumber(int i)
    {
        if (text.Span(i).Contains(',') || text.Span(i).Contains('.'))
        {
            return false;
        }

        for (var k = i + 1; k <= i + 4 && text.IsCapitalized(k); k++)
        {
            if (k > i + 1 && FigureWords.IsStreetSuffix(text.Span(k)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Digit runs that are not figures are claimed whole, so their parts are not read again.</summary>
    private int? SkipIdentifier(int i)
    {
        if (!text.IsNumber(i))
        {
            return null;
        }

        var k = i;
        while (text.InRange(k + 1) && text.Touch(k, k + 1) && text[k + 1].Kind != StatTokenKind.Word && !text.IsSymbol(k + 1, ',') && !text.IsSymbol(k + 1, '.') && !text.IsSymbol(k + 1, ')') && k - i < 64)
        {
            k++;
        }

        return k;
    }

    /// <summary>
    /// What a count counts: the lower-case content words right after it (<c>people</c>, <c>detention beds</c>), up to
    /// three, stopping at function words and verbs; trailing adverbs and "-able" adjectives are dropped.
    /// </summary>
    private string? CountedNoun(int start)
    {
        var k = start;
        if (text.Is(k, "more") || text.Is(k, "additional") || text.Is(k, "other") || text.Is(k, "new"))
        {
            k++;
        }

        var first = k;
        var last = -1;
        while (text.IsWord(k) && k - first < 3 && !char.IsUpper(text.Text[text[k].Start]) && !CountStopWords.Contains(text.Span(k)))
        {
            last = k;
            if (text.IsSymbol(k + 1, '-') && text.Touch(k, k + 1) && text.Touch(k + 1, k + 2) && text.IsWord(k + 2))
            {
                k += 2;
                last = k;
            }

            // A plural noun heads the phrase: "people voted", "schools lack nurses" stop after the noun.
            if (IsPlural(text.Span(k)))
            {
                break;
            }

            k++;
        }

        if (last < 0)
        {
            return null;
        }

        // "13,099 convicted of homicide": a lone past participle before a preposition is a verb, not a noun.
        if (last == first && text.Span(first).EndsWith("ed", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        while (last > first && (text.Span(last).EndsWith("ly", StringComparison.OrdinalIgnoreCase) || text.Span(last).EndsWith("ing", StringComparison.OrdinalIgnoreCase)
            || PostNominal(text.Span(last)) || text.Span(last).EndsWith("ible", StringComparison.OrdinalIgnoreCase) || text.Span(last).EndsWith("able", StringComparison.OrdinalIgnoreCase)))
        {
            last--;
        }

        return text.Text[text[first].Start..text[last].End];
    }
}
