using System.Collections.Frozen;

namespace Pipeline.Core.Statistics;

/// <summary>Month and weekday names and the words of relative dates.</summary>
internal static class CalendarWords
{
    private static readonly FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> Months = Lookup(new Dictionary<string, int>
    {
        ["january"] = 1, ["february"] = 2, ["march"] = 3, ["april"] = 4, ["may"] = 5, ["june"] = 6, ["july"] = 7, ["august"] = 8,
        ["september"] = 9, ["october"] = 10, ["november"] = 11, ["december"] = 12,
    });

    /// <summary>Abbreviations, usually written with a period (<c>Dec. 5</c>); "May" and "June" have none.</summary>
    private static readonly FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> MonthAbbreviations = Lookup(new Dictionary<string, int>
    {
        ["jan"] = 1, ["feb"] = 2, ["mar"] = 3, ["apr"] = 4, ["jun"] = 6, ["jul"] = 7, ["aug"] = 8, ["sep"] = 9, ["sept"] = 9,
        ["oct"] = 10, ["nov"] = 11, ["dec"] = 12,
    });

    private static readonly FrozenDictionary<string, DayOfWeek>.AlternateLookup<ReadOnlySpan<char>> Weekdays = Lookup(new Dictionary<string, DayOfWeek>
    {
        ["monday"] = DayOfWeek.Monday, ["tuesday"] = DayOfWeek.Tuesday, ["wednesday"] = DayOfWeek.Wednesday,
        ["thursday"] = DayOfWeek.Thursday, ["friday"] = DayOfWeek.Friday, ["saturday"] = DayOfWeek.Saturday, ["sunday"] = DayOfWeek.Sunday,
    });

    private static readonly FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> Seasons = Lookup(new Dictionary<string, string>
    {
        ["spring"] = "SP", ["summer"] = "SU", ["fall"] = "FA", ["autumn"] = "FA", ["winter"] = "WI",
    });

    /// <summary>Words after which a weekday lies ahead of the publication date rather than behind it.</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> FutureCues = new[]
    {
        "will", "beginning", "starting", "begin", "begins", "start", "starts", "upcoming", "planned", "scheduled", "expected", "until", "before", "by", "ll", "set",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    public static bool TryMonth(ReadOnlySpan<char> word, out int month) => Months.TryGetValue(word, out month);

    public static bool TryMonthAbbreviation(ReadOnlySpan<char> word, out int month) => MonthAbbreviations.TryGetValue(word, out month);

    public static bool TryWeekday(ReadOnlySpan<char> word, out DayOfWeek day) => Weekdays.TryGetValue(word, out day);

    public static bool TrySeason(ReadOnlySpan<char> word, out string code) => Seasons.TryGetValue(word, out code!);

    public static bool IsFutureCue(ReadOnlySpan<char> word) => FutureCues.Contains(word);

    private static FrozenDictionary<string, T>.AlternateLookup<ReadOnlySpan<char>> Lookup<T>(Dictionary<string, T> entries) =>
        entries.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
}
