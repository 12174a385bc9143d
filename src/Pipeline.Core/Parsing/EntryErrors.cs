using System.Globalization;

namespace Pipeline.Core.Parsing;

/// <summary>
/// The operator-facing messages of the batch parsers (JSON, JSON Lines, feeds), kept in one place so they read
/// alike. Locations are 1-based: "line 7", "position 17" (a character within the line).
/// </summary>
internal static class EntryErrors
{
    public static string TooManyEntries(string what, int limit) =>
        string.Create(CultureInfo.InvariantCulture, $"file holds more than {limit} {what}; the limit is {limit}");

    public static string LineTooLong(int line, int length, int limit) =>
        string.Create(CultureInfo.InvariantCulture, $"line {line} is {length} characters long; the limit is {limit}");

    public static string At(int line, int position) =>
        string.Create(CultureInfo.InvariantCulture, $"line {line}, position {position}");
}
