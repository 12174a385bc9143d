using System.Globalization;
using Pipeline.Core.Model;

namespace Pipeline.Core.Statistics;

/// <summary>
/// Finds date and time expressions and normalizes them: absolute dates, months and years, fiscal years, weekdays and
/// relative expressions (resolved against the publication date when it is known), durations and clock times. The
/// tokens it takes are marked so the figure scanner does not count the numbers inside them.
/// </summary>
internal sealed class DateExtractor
{
    private readonly TokenText text;
    private readonly DateOnly? published;
    private readonly bool[] claimed;
    private readonly List<DateMention> mentions = [];

    private DateExtractor(TokenText text, DateOnly? published, bool[] claimed)
    {
        this.text = text;
        this.published = published;
        this.claimed = claimed;
    }

    /// <summary>Scans the whole text; <paramref name="claimed"/> (one flag per token) is set for every token of a mention.</summary>
    public static List<DateMention> Extract(TokenText text, DateOnly? published, bool[] claimed)
    {
        var extractor = new DateExtractor(text, published, claimed);
        extractor.Run();
        return extractor.mentions;
    }

    private void Run()
    {
        for (var i = 0; i < text.Count; i++)
        {
            if (claimed[i])
            {
                continue;
            }

            var last = TryWeekday(i)
                ?? TryMonthFirst(i)
                ?? TryDayFirst(i)
                ?? TryFiscalYear(i)
                ?? TryClockTime(i)
                ?? TryRelative(i)
                ?? TryDurationOrAgo(i)
                ?? TryYear(i);
            if (last is { } end)
            {
                i = end;
            }
        }
    }

    private int Add(int first, int last, TemporalKind kind, string? value, bool relative = false, bool duration = false)
    {
        var start = text[first].Start;
        var end = text[last].End;
        mentions.Add(new DateMention(kind, start, end, text.Text[start..end]) { Value = value, IsRelative = relative, IsDuration = duration });
        for (var k = first; k <= last; k++)
        {
            claimed[k] = true;
        }

        return last;
    }

    private int? TryWeekday(int i)
    {
        if (!text.IsCapitalized(i) || !CalendarWords.TryWeekday(text.Span(i), out var day))
        {
            return null;
        }

        // "Tuesday, April 20, 2021" is one date: the weekday only restates it.
        if (text.IsSymbol(i + 1, ',') && TryMonthFirst(i + 2) is { } dateEnd)
        {
            var absolute = mentions[^1];
            mentions.RemoveAt(mentions.Count - 1);
            claimed[i] = true;
            claimed[i + 1] = true;
            return Add(i, dateEnd, TemporalKind.Date, absolute.Value, absolute.IsRelative);
        }

        var first = i;
        var direction = 0;
        if (text.Is(i - 1, "next") || text.Is(i - 1, "this") || text.Is(i - 1, "coming"))
        {
            direction = 1;
            first = i - 1;
        }
        else if (text.Is(i - 1, "last") || text.Is(i - 1, "past"))
        {
            direction = -1;
            first = i - 1;
        }
        else
        {
            direction = HasFutureCueBefore(i) ? 1 : -1;
        }

        string? value = null;
        if (published is { } date)
        {
            var offset = ((int)day - (int)date.DayOfWeek + 7) % 7;
            var resolved = direction > 0 ? date.AddDays(offset == 0 ? 7 : offset) : date.AddDays(offset == 0 ? 0 : offset - 7);
            value = Iso(resolved);
        }

        return Add(first, i, TemporalKind.Date, value, relative: true);
    }

    private bool HasFutureCueBefore(int i)
    {
        for (var k = i - 1; k >= 0 && k >= i - 6; k--)
        {
            // The cue must be in the weekday's own clause: "begin Sunday, officials said Monday" looks back no further than "said".
            if (text.IsSymbol(k, '.') || text.IsSymbol(k, ',') || text.LineBreakBetween(k, k + 1) || text.Is(k, "said"))
            {
                return false;
            }

            if (text.IsWord(k) && CalendarWords.IsFutureCue(text.Span(k)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Index of the token that ends a month name (its period included), or -1.</summary>
    private int MonthAt(int i, out int month)
    {
        month = 0;
        if (!text.IsCapitalized(i))
        {
            return -1;
        }

        var word = text.Span(i);
        if (CalendarWords.TryMonth(word, out month))
        {
            return i;
        }

        if (CalendarWords.TryMonthAbbreviation(word, out month))
        {
            return text.IsSymbol(i + 1, '.') && text.Touch(i, i + 1) ? i + 1 : text.IsNumber(i + 1) ? i : -1;
        }

        return -1;
    }

    private int? TryMonthFirst(int i)
    {
        var monthEnd = MonthAt(i, out var month);
        if (monthEnd < 0)
        {
            return null;
        }

        // "May" and "March" are also ordinary words: alone they need a preposition before them.
        var next = monthEnd + 1;
        if (DayAt(next, out var day, out var dayEnd))
        {
            // "June 3-5": a span of days in one month.
            var lastDay = day;
            if ((text.IsSymbol(dayEnd + 1, '-') || text.IsSymbol(dayEnd + 1, '\u2013')) && text.Touch(dayEnd, dayEnd + 1) && text.Touch(dayEnd + 1, dayEnd + 2)
                && DayAt(dayEnd + 2, out var toDay, out var toDayEnd) && toDay > day)
            {
                lastDay = toDay;
                dayEnd = toDayEnd;
            }

            if (text.IsSymbol(dayEnd + 1, ',') && YearAt(dayEnd + 2, out var year))
            {
                return Add(i, dayEnd + 2, TemporalKind.Date, Days(Valid(year, month, day), Valid(year, month, lastDay)));
            }

            if (YearAt(dayEnd + 1, out year))
            {
                return Add(i, dayEnd + 1, TemporalKind.Date, Days(Valid(year, month, day), Valid(year, month, lastDay)));
            }

            return Add(i, dayEnd, TemporalKind.Date, Days(DayWithoutYear(month, day), DayWithoutYear(month, lastDay)), relative: true);
        }

        if (YearAt(next, out var onlyYear))
        {
            return Add(i, next, TemporalKind.Date, Month(onlyYear, month));
        }

        if (text.IsSymbol(next, ',') && YearAt(next + 1, out onlyYear))
        {
            return Add(i, next + 1, TemporalKind.Date, Month(onlyYear, month));
        }

        if (text.Is(next, "of") && YearAt(next + 1, out onlyYear))
        {
            return Add(i, next + 1, TemporalKind.Date, Month(onlyYear, month));
        }

        var ambiguous = month is 3 or 5 && monthEnd == i;
        if (ambiguous && !IsDatePreposition(i - 1))
        {
            return null;
        }

        return Add(i, monthEnd, TemporalKind.Date, MonthWithoutYear(month), relative: true);
    }

    private bool IsDatePreposition(int i) =>
        text.Is(i, "in") || text.Is(i, "since") || text.Is(i, "until") || text.Is(i, "through") || text.Is(i, "by") ||
        text.Is(i, "from") || text.Is(i, "last") || text.Is(i, "next") || text.Is(i, "early") || text.Is(i, "late") ||
        text.Is(i, "mid") || text.Is(i, "of") || text.Is(i, "before") || text.Is(i, "after") || text.Is(i, "during") || text.Is(i, "this");

    private int? TryDayFirst(int i)
    {
        if (!DayAt(i, out var day, out var dayEnd) || text.IsSymbol(i - 1, '$'))
        {
            return null;
        }

        var monthEnd = MonthAt(dayEnd + 1, out var month);
        if (monthEnd < 0)
        {
            return null;
        }

        if (text.IsSymbol(monthEnd + 1, ',') && YearAt(monthEnd + 2, out var year))
        {
            return Add(i, monthEnd + 2, TemporalKind.Date, Valid(year, month, day));
        }

        return YearAt(monthEnd + 1, out year)
            ? Add(i, monthEnd + 1, TemporalKind.Date, Valid(year, month, day))
            : Add(i, monthEnd, TemporalKind.Date, DayWithoutYear(month, day), relative: true);
    }

    /// <summary>A day of the month: 1–31, optionally with its ordinal suffix (<c>2nd</c>).</summary>
    private bool DayAt(int i, out int day, out int end)
    {
        day = 0;
        end = i;
        if (!text.IsNumber(i) || text[i].Length > 2 || !int.TryParse(text.Span(i), NumberStyles.None, CultureInfo.InvariantCulture, out day) || day is < 1 or > 31)
        {
            return false;
        }

        if (text.IsWord(i + 1) && text.Touch(i, i + 1) && IsOrdinalSuffix(text.Span(i + 1)))
        {
            end = i + 1;
        }
        else if (text.IsWord(i + 1) && text.Touch(i, i + 1))
        {
            return false;
        }

        return true;
    }

    private bool YearAt(int i, out int year)
    {
        year = 0;
        return text.IsNumber(i) && text[i].Length == 4 && !(text.IsWord(i + 1) && text.Touch(i, i + 1))
            && int.TryParse(text.Span(i), NumberStyles.None, CultureInfo.InvariantCulture, out year) && year is >= 1000 and <= 2999;
    }

    private int? TryFiscalYear(int i)
    {
        int year;
        if (text.Is(i, "fiscal"))
        {
            var next = text.Is(i + 1, "year") ? i + 2 : i + 1;
            if (YearAt(next, out year))
            {
                return Add(i, next, TemporalKind.Date, Fiscal(year));
            }

            return null;
        }

        if (text.Is(i, "FY"))
        {
            if (YearAt(i + 1, out year))
            {
                return Add(i, i + 1, TemporalKind.Date, Fiscal(year));
            }

            if (text.IsNumber(i + 1) && text.Touch(i, i + 1) && text[i + 1].Length == 2 && int.TryParse(text.Span(i + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var shortYear))
            {
                return Add(i, i + 1, TemporalKind.Date, Fiscal(2000 + shortYear));
            }
        }

        // "the 2018 fiscal year"
        if (YearAt(i, out year) && text.Is(i + 1, "fiscal") && text.Is(i + 2, "year"))
        {
            return Add(i, i + 2, TemporalKind.Date, Fiscal(year));
        }

        return null;
    }

    private int? TryClockTime(int i)
    {
        if (text.Is(i, "noon") || text.Is(i, "midnight"))
        {
            return Add(i, i, TemporalKind.Time, text.Is(i, "noon") ? "T12:00" : "T00:00");
        }

        if (!text.IsNumber(i) || text[i].Length > 2 || !int.TryParse(text.Span(i), NumberStyles.None, CultureInfo.InvariantCulture, out var hour) || hour > 24)
        {
            return null;
        }

        var last = i;
        var minute = 0;
        var hasMinutes = false;
        if (text.IsSymbol(i + 1, ':') && text.Touch(i, i + 1) && text.IsNumber(i + 2) && text.Touch(i + 1, i + 2) && text[i + 2].Length == 2
            && int.TryParse(text.Span(i + 2), NumberStyles.None, CultureInfo.InvariantCulture, out minute) && minute < 60)
        {
            last = i + 2;
            hasMinutes = true;
        }

        var meridiemEnd = MeridiemEnd(last + 1, out var pm);
        if (meridiemEnd >= 0 && hour is >= 1 and <= 12)
        {
            var hour24 = (hour % 12) + (pm ? 12 : 0);
            return Add(i, meridiemEnd, TemporalKind.Time, string.Create(CultureInfo.InvariantCulture, $"T{hour24:00}:{minute:00}"));
        }

        return hasMinutes && hour < 24 && !text.IsSymbol(last + 1, ':')
            ? Add(i, last, TemporalKind.Time, string.Create(CultureInfo.InvariantCulture, $"T{hour:00}:{minute:00}"))
            : null;
    }

    /// <summary>The last token of <c>a.m.</c>, <c>p.m.</c>, <c>am</c> or <c>pm</c> starting at <paramref name="i"/>, or -1.</summary>
    private int MeridiemEnd(int i, out bool pm)
    {
        pm = false;
        if (!text.IsWord(i))
        {
            return -1;
        }

        var word = text.Span(i);
        if (word.Equals("am", StringComparison.OrdinalIgnoreCase) || word.Equals("pm", StringComparison.OrdinalIgnoreCase))
        {
            pm = char.ToLowerInvariant(word[0]) == 'p';
            return text.IsSymbol(i + 1, '.') && text.Touch(i, i + 1) && text.LineBreakBetween(i + 1, i + 2) is false && text.IsCapitalized(i + 2) is false ? i + 1 : i;
        }

        if (word.Length == 1 && word[0] is 'a' or 'p' or 'A' or 'P' && text.IsSymbol(i + 1, '.') && text.Is(i + 2, "m") && text.Touch(i, i + 1) && text.Touch(i + 1, i + 2))
        {
            pm = word[0] is 'p' or 'P';
            return text.IsSymbol(i + 3, '.') && text.Touch(i + 2, i + 3) ? i + 3 : i + 2;
        }

        return -1;
    }

    private int? TryRelative(int i)
    {
        if (!text.IsWord(i))
        {
            return null;
        }

        if (text.Is(i, "today") || text.Is(i, "yesterday") || text.Is(i, "tomorrow") || text.Is(i, "tonight"))
        {
            var shift = text.Is(i, "yesterday") ? -1 : text.Is(i, "tomorrow") ? 1 : 0;
            var kind = text.Is(i, "tonight") ? TemporalKind.Time : TemporalKind.Date;
            return Add(i, i, kind, published is { } date ? Iso(date.AddDays(shift)) : null, relative: true);
        }

        // "earlier this month", "later this year"
        var first = i;
        var anchor = i;
        if ((text.Is(i, "earlier") || text.Is(i, "later")) && text.Is(i + 1, "this"))
        {
            anchor = i + 1;
        }

        var step = text.Is(anchor, "last") || text.Is(anchor, "previous") ? -1
            : text.Is(anchor, "next") || text.Is(anchor, "coming") ? 1
            : text.Is(anchor, "this") ? 0
            : int.MinValue;
        if (step == int.MinValue || !text.IsWord(anchor + 1))
        {
            return null;
        }

        var unit = text.Span(anchor + 1);
        var last = anchor + 1;
        if (text.Is(anchor - 1, "the") && anchor == first)
        {
            // "the next week" is more often a span than a calendar week; leave it.
            return null;
        }

        string? value = null;
        if (unit.Equals("week", StringComparison.OrdinalIgnoreCase) || unit.Equals("weekend", StringComparison.OrdinalIgnoreCase))
        {
            if (published is { } date)
            {
                var shifted = date.AddDays(7 * step);
                value = IsoWeek(shifted) + (unit.Length == 7 ? "-WE" : string.Empty);
            }
        }
        else if (unit.Equals("month", StringComparison.OrdinalIgnoreCase))
        {
            if (published is { } date)
            {
                var shifted = date.AddMonths(step);
                value = Month(shifted.Year, shifted.Month);
            }
        }
        else if (unit.Equals("year", StringComparison.OrdinalIgnoreCase))
        {
            if (published is { } date)
            {
                value = (date.Year + step).ToString(CultureInfo.InvariantCulture);
            }
        }
        else if (CalendarWords.TrySeason(unit, out var season))
        {
            if (published is { } date)
            {
                value = string.Create(CultureInfo.InvariantCulture, $"{date.Year + step}-{season}");
            }
        }
        else
        {
            return null;
        }

        return Add(first, last, TemporalKind.Date, value, relative: true);
    }

    private int? TryDurationOrAgo(int i)
    {
        // "a year ago", "a week ago"
        if (text.Is(i, "a") && text.IsWord(i + 1) && text.Is(i + 2, "ago") && FigureWords.TryTimeUnit(text.Span(i + 1), out var aDesignator, out var aMultiplier, out var aIsTime))
        {
            return AddAgo(i, i + 2, 1, aDesignator, aMultiplier, aIsTime);
        }

        if (!NumberReader.TryRead(text, i, out var number) || number.Scaled || (text.IsWord(i) && text.Is(i, "one") is false && !NumberWords.StartsNumber(text.Span(i))))
        {
            return null;
        }

        var unitIndex = number.Last + 1;
        var hyphenated = text.IsSymbol(unitIndex, '-') && text.Touch(number.Last, unitIndex) && text.Touch(unitIndex, unitIndex + 1);
        if (hyphenated)
        {
            unitIndex++;
        }

        if (!text.IsWord(unitIndex) || !FigureWords.TryTimeUnit(text.Span(unitIndex), out var designator, out var multiplier, out var isTime))
        {
            return null;
        }

        // "a 45-year-old man": an age, which is neither a duration nor a count; leave it to the figure scanner to skip.
        if (hyphenated && text.IsSymbol(unitIndex + 1, '-') && text.Is(unitIndex + 2, "old"))
        {
            return null;
        }

        if (text.Is(unitIndex + 1, "old"))
        {
            return null;
        }

        if (text.Is(unitIndex + 1, "ago"))
        {
            return AddAgo(i, unitIndex + 1, number.Value, designator, multiplier, isTime);
        }

        var amount = number.Value * multiplier;
        var amountText = amount.ToString("0.###", CultureInfo.InvariantCulture);
        var value = isTime ? $"PT{amountText}{designator}" : $"P{amountText}{designator}";
        return Add(i, unitIndex, isTime ? TemporalKind.Time : TemporalKind.Date, value, duration: true);
    }

    private int AddAgo(int first, int last, double amount, string designator, int multiplier, bool isTime)
    {
        string? value = null;
        if (published is { } date && !isTime && amount is > 0 and < 10000)
        {
            var count = (int)amount * multiplier;
            value = designator switch
            {
                "D" => Iso(date.AddDays(-count)),
                "W" => IsoWeek(date.AddDays(-7 * count)),
                "M" => Month(date.AddMonths(-count).Year, date.AddMonths(-count).Month),
                _ => (date.Year - count).ToString(CultureInfo.InvariantCulture),
            };
        }

        return Add(first, last, isTime ? TemporalKind.Time : TemporalKind.Date, value, relative: true);
    }

    private int? TryYear(int i)
    {
        if (!text.IsNumber(i) || text[i].Length != 4 || !int.TryParse(text.Span(i), NumberStyles.None, CultureInfo.InvariantCulture, out var year))
        {
            return null;
        }

        // "the 1990s"
        if (text.Is(i + 1, "s") && text.Touch(i, i + 1) && year % 10 == 0 && year is >= 1000 and <= 2990)
        {
            return Add(i, i + 1, TemporalKind.Date, string.Create(CultureInfo.InvariantCulture, $"{year / 10}X"));
        }

        if (year is < 1800 or > 2100 || (text.IsWord(i + 1) && text.Touch(i, i + 1)) || IsAmountContext(i))
        {
            return null;
        }

        return Add(i, i, TemporalKind.Date, year.ToString(CultureInfo.InvariantCulture));
    }

    /// <summary>Whether a four-digit number reads as an amount (<c>$2019</c>, <c>about 1900 people</c>, <c>2000 miles</c>) rather than a year.</summary>
    private bool IsAmountContext(int i)
    {
        if (text.InRange(i - 1) && text[i - 1].Kind == StatTokenKind.Symbol && FigureWords.CurrencySymbol(text.Text[text[i - 1].Start]) is not null)
        {
            return true;
        }

        if (text.IsSymbol(i - 1, '-') || text.IsSymbol(i - 1, '#') || text.IsSymbol(i + 1, '%') || text.IsSymbol(i + 1, ':'))
        {
            return true;
        }

        if (text.IsWord(i - 1) && (FigureWords.IsSingleQualifier(text.Span(i - 1)) || text.Is(i - 1, "than") || FigureWords.IsIdentifierCue(text.Span(i - 1))))
        {
            return !text.Is(i - 1, "over") && !text.Is(i - 1, "under") && !text.Is(i - 1, "since");
        }

        if (text.IsWord(i + 1))
        {
            var next = text.Span(i + 1);
            return FigureWords.IsPercentWord(next) || FigureWords.TryUnit(next, out _) || FigureWords.TryCurrencyWord(next, out _, out _)
                || NumberWords.TryScale(next, out _) || FigureWords.IsStreetSuffix(next) || (text.IsCapitalized(i + 1) && text.IsWord(i + 2) && FigureWords.IsStreetSuffix(text.Span(i + 2)));
        }

        return false;
    }

    private string DayWithoutYear(int month, int day)
    {
        if (published is not { } date)
        {
            return string.Create(CultureInfo.InvariantCulture, $"XXXX-{month:00}-{day:00}");
        }

        var year = NearestYear(date, month);
        return Valid(year, month, day) ?? string.Create(CultureInfo.InvariantCulture, $"XXXX-{month:00}-{day:00}");
    }

    private string MonthWithoutYear(int month) =>
        published is { } date ? Month(NearestYear(date, month), month) : string.Create(CultureInfo.InvariantCulture, $"XXXX-{month:00}");

    /// <summary>The year that puts the month closest to the publication date (a December article's "January" is next year's).</summary>
    private static int NearestYear(DateOnly date, int month)
    {
        var difference = month - date.Month;
        return difference > 6 ? date.Year - 1 : difference < -6 ? date.Year + 1 : date.Year;
    }

    private static string? Valid(int year, int month, int day) =>
        day <= DateTime.DaysInMonth(year, month) ? string.Create(CultureInfo.InvariantCulture, $"{year:0000}-{month:00}-{day:00}") : null;

    private static string? Days(string? first, string? last) => first == last ? first : first is null || last is null ? null : $"{first}/{last}";

    private static string Month(int year, int month) => string.Create(CultureInfo.InvariantCulture, $"{year:0000}-{month:00}");

    private static string Fiscal(int year) => string.Create(CultureInfo.InvariantCulture, $"FY{year}");

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string IsoWeek(DateOnly date)
    {
        var asDateTime = date.ToDateTime(TimeOnly.MinValue);
        return string.Create(CultureInfo.InvariantCulture, $"{ISOWeek.GetYear(asDateTime)}-W{ISOWeek.GetWeekOfYear(asDateTime):00}");
    }

    internal static bool IsOrdinalSuffix(ReadOnlySpan<char> word) =>
        word.Equals("st", StringComparison.OrdinalIgnoreCase) || word.Equals("nd", StringComparison.OrdinalIgnoreCase)
        || word.Equals("rd", StringComparison.OrdinalIgnoreCase) || word.Equals("th", StringComparison.OrdinalIgnoreCase);
}
