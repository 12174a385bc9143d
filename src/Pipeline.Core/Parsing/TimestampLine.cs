using Pipeline.Core.Parsing.Metadata;
using Pipeline.Core.Text;

namespace Pipeline.Core.Parsing;

/// <summary>What a timestamp line says about its date.</summary>
internal enum TimestampKind
{
    /// <summary>A date alone on its line (<c>Jan. 18, 2025, 6:00 AM EST</c>).</summary>
    Bare,

    /// <summary><c>Published …</c>, <c>Posted …</c>, <c>First published …</c>.</summary>
    Published,

    /// <summary><c>Updated …</c>, <c>Last updated …</c>.</summary>
    Updated,
}

/// <summary>
/// Reads the timestamp lines that news pages print near the headline: <c>Updated 10:58 AM ET, Sun December 2, 2018</c>,
/// <c>Published Dec. 2, 2018</c>, <c>Jan. 18, 2025, 6:00 AM EST</c>, <c>Posted: 2018-12-02T10:58:00Z</c>. The whole
/// line must be the timestamp, so a sentence that mentions a date is never taken for one. US zone names without a
/// season (<c>ET</c>, <c>PT</c>) follow the US daylight-saving rules of their year; a time without a zone is UTC, as in
/// <see cref="PublishedDates"/>.
/// </summary>
internal static class TimestampLine
{
    private const int MaxLineLength = 96;

    private static readonly (string Prefix, TimestampKind Kind)[] Keywords =
    [
        ("First published", TimestampKind.Published), ("Originally published", TimestampKind.Published),
        ("Published", TimestampKind.Published), ("Posted", TimestampKind.Published),
        ("Last updated", TimestampKind.Updated), ("Updated", TimestampKind.Updated),
    ];

    private static readonly WordMap<int> Months = new(
        [
            new("jan", 1), new("january", 1), new("feb", 2), new("february", 2), new("mar", 3), new("march", 3),
            new("apr", 4), new("april", 4), new("may", 5), new("jun", 6), new("june", 6), new("jul", 7), new("july", 7),
            new("aug", 8), new("august", 8), new("sep", 9), new("sept", 9), new("september", 9), new("oct", 10),
            new("october", 10), new("nov", 11), new("november", 11), new("dec", 12), new("december", 12),
        ],
        StringComparer.OrdinalIgnoreCase);

    private static readonly WordSet Weekdays = new(
        [
            "mon", "monday", "tue", "tues", "tuesday", "wed", "weds", "wednesday", "thu", "thur", "thurs", "thursday",
            "fri", "friday", "sat", "saturday", "sun", "sunday",
        ],
        StringComparer.OrdinalIgnoreCase);

    private static readonly WordSet Fillers = new(["at", "on", "-", "\u2013", "\u2014", "/"], StringComparer.OrdinalIgnoreCase);

    // Fixed offsets in minutes; the US zones without a season are resolved per date.
    private static readonly WordMap<int> FixedZones = new(
        [
            new("EST", -300), new("EDT", -240), new("CST", -360), new("CDT", -300), new("MST", -420), new("MDT", -360),
            new("PST", -480), new("PDT", -420), new("GMT", 0), new("UTC", 0), new("Z", 0), new("BST", 60), new("CET", 60),
            new("CEST", 120),
        ],
        StringComparer.OrdinalIgnoreCase);

    private static readonly WordMap<int> SeasonalZones = new(
        [new("ET", -300), new("CT", -360), new("MT", -420), new("PT", -480)],
        StringComparer.OrdinalIgnoreCase);

    public static bool TryParse(ReadOnlySpan<char> line, out DateTimeOffset value, out TimestampKind kind)
    {
        value = default;
        kind = TimestampKind.Bare;
        if (line.Length > MaxLineLength)
        {
            return false;
        }

        // "Published 4:56 PM EST, Fri January 17, 2025 | Updated …": the first stamp is the one to read.
        var separator = line.IndexOfAny('|', '\u2022', '\u00B7');
        if (separator > 0)
        {
            line = line[..separator];
        }

        var rest = line.Trim();
        foreach (var (prefix, keywordKind) in Keywords)
        {
            if (rest.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)
                && (rest.Length == prefix.Length || rest[prefix.Length] is ' ' or ':'))
            {
                kind = keywordKind;
                rest = rest[prefix.Length..].TrimStart(": ");
                break;
            }
        }

        if (rest.Length >= 10 && char.IsAsciiDigit(rest[0]) && rest[4] == '-')
        {
            // ISO 8601 is PublishedDates' job; only the whole rest of the line may be the date.
            var iso = PublishedDates.Parse(rest.ToString());
            value = iso.GetValueOrDefault();
            return iso is not null;
        }

        return TryParseWords(rest, out value);
    }

    private static bool TryParseWords(ReadOnlySpan<char> text, out DateTimeOffset value)
    {
        value = default;
        int year = 0, month = 0, day = 0, hour = -1, minute = 0;
        int? offset = null;
        int? seasonal = null;
        var meridiem = 0;
        foreach (var range in text.SplitAny(' ', ','))
        {
            var word = text[range];
            if (word.IsEmpty || Fillers.Contains(word))
            {
                continue;
            }

            var bare = word.TrimEnd('.');
            if (TryTime(word, ref hour, ref minute, ref meridiem))
            {
                continue;
            }

            if (IsMeridiem(word, out var pm))
            {
                meridiem = pm ? 2 : 1;
            }
            else if (FixedZones.TryGetValue(bare, out var zoneOffset))
            {
                offset = zoneOffset;
            }
            else if (SeasonalZones.TryGetValue(bare, out var standardOffset))
            {
                seasonal = standardOffset;
            }
            else if (Months.TryGetValue(bare, out var monthNumber) && month == 0)
            {
                month = monthNumber;
            }
            else if (Weekdays.Contains(bare))
            {
                // The weekday repeats what the date says.
            }
            else if (TryNumber(bare, out var number, out var digits) && digits == 4 && year == 0)
            {
                year = number;
            }
            else if (TryDay(bare, out var dayNumber) && day == 0)
            {
                day = dayNumber;
            }
            else
            {
                return false;
            }
        }

        if (year is < 1900 or > 2200 || month == 0 || day == 0 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        if (hour < 0)
        {
            hour = 0;
        }
        else if (meridiem != 0)
        {
            if (hour is 0 or > 12)
            {
                return false;
            }

            hour = (hour % 12) + (meridiem == 2 ? 12 : 0);
        }

        if (hour > 23)
        {
            return false;
        }

        var local = new DateTime(year, month, day, hour, minute, 0, DateTimeKind.Unspecified);
        var minutes = offset ?? (seasonal is { } standard ? standard + (UsDaylightSaving.IsInEffect(local) ? 60 : 0) : 0);
        value = new DateTimeOffset(local, TimeSpan.FromMinutes(minutes));
        return true;
    }

    // "10:58", "10:58am", "6:00p.m."
    private static bool TryTime(ReadOnlySpan<char> word, ref int hour, ref int minute, ref int meridiem)
    {
        var colon = word.IndexOf(':');
        if (colon is < 1 or > 2 || word.Length < colon + 3 || hour >= 0)
        {
            return false;
        }

        if (!TryNumber(word[..colon], out var h, out _) || !TryNumber(word.Slice(colon + 1, 2), out var m, out _) || m > 59)
        {
            return false;
        }

        var tail = word[(colon + 3)..];
        if (tail.StartsWith(':'))
        {
            // Seconds are read and dropped: no page prints them with meaning.
            if (tail.Length < 3 || !TryNumber(tail.Slice(1, 2), out _, out _))
            {
                return false;
            }

            tail = tail[3..];
        }

        if (!tail.IsEmpty)
        {
            if (!IsMeridiem(tail, out var pm))
            {
                return false;
            }

            meridiem = pm ? 2 : 1;
        }

        hour = h;
        minute = m;
        return true;
    }

    private static bool IsMeridiem(ReadOnlySpan<char> word, out bool pm)
    {
        pm = word.StartsWith("p", StringComparison.OrdinalIgnoreCase);
        return word.Equals("am", StringComparison.OrdinalIgnoreCase) || word.Equals("pm", StringComparison.OrdinalIgnoreCase)
            || word.Equals("a.m.", StringComparison.OrdinalIgnoreCase) || word.Equals("p.m.", StringComparison.OrdinalIgnoreCase);
    }

    // "2", "02", "2nd", "23rd"
    private static bool TryDay(ReadOnlySpan<char> word, out int day)
    {
        var digits = 0;
        while (digits < word.Length && char.IsAsciiDigit(word[digits]))
        {
            digits++;
        }

        var suffix = word[digits..];
        day = 0;
        if (digits is 0 or > 2 || !(suffix.IsEmpty || suffix is "st" or "nd" or "rd" or "th"))
        {
            return false;
        }

        TryNumber(word[..digits], out day, out _);
        return day is >= 1 and <= 31;
    }

    private static bool TryNumber(ReadOnlySpan<char> word, out int number, out int digits)
    {
        number = 0;
        digits = word.Length;
        if (digits is 0 or > 4)
        {
            return false;
        }

        foreach (var c in word)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }

            number = (number * 10) + (c - '0');
        }

        return true;
    }
}

/// <summary>US daylight-saving time by year: 2007 on, second Sunday of March to first Sunday of November; 1987–2006, first Sunday of April to last Sunday of October; none assumed before.</summary>
internal static class UsDaylightSaving
{
    private const int ChangeHour = 2;

    public static bool IsInEffect(DateTime local)
    {
        DateTime start, end;
        if (local.Year >= 2007)
        {
            start = NthSunday(local.Year, 3, 2);
            end = NthSunday(local.Year, 11, 1);
        }
        else if (local.Year >= 1987)
        {
            start = NthSunday(local.Year, 4, 1);
            end = LastSunday(local.Year, 10);
        }
        else
        {
            return false;
        }

        return local >= start.AddHours(ChangeHour) && local < end.AddHours(ChangeHour);
    }

    private static DateTime NthSunday(int year, int month, int n)
    {
        var first = new DateTime(year, month, 1, 0, 0, 0, DateTimeKind.Unspecified);
        var toSunday = ((int)DayOfWeek.Sunday - (int)first.DayOfWeek + 7) % 7;
        return first.AddDays(toSunday + (7 * (n - 1)));
    }

    private static DateTime LastSunday(int year, int month)
    {
        var last = new DateTime(year, month, DateTime.DaysInMonth(year, month), 0, 0, 0, DateTimeKind.Unspecified);
        return last.AddDays(-(int)last.DayOfWeek);
    }
}
