using System.Globalization;

namespace Pipeline.Core.Parsing.Metadata;

/// <summary>
/// Parses the date forms that article metadata uses: ISO 8601 (<c>datePublished</c>, Atom, <c>&lt;time
/// datetime&gt;</c>, <c>article:published_time</c>), RFC 822/1123 (RSS <c>pubDate</c>) and plain calendar dates.
/// A value without an offset is taken as UTC.
/// </summary>
internal static class PublishedDates
{
    private static readonly string[] Formats =
    [
        "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK",
        "yyyy-MM-dd'T'HH:mm:ssK",
        "yyyy-MM-dd'T'HH:mmK",
        "yyyy-MM-dd HH:mm:ss.FFFFFFFK",
        "yyyy-MM-dd HH:mm:ssK",
        "yyyy-MM-dd HH:mmK",
        "yyyy-MM-dd",
        "yyyy/MM/dd",
        "yyyyMMdd'T'HHmmssK",
        "ddd, d MMM yyyy HH:mm:ss zzz",
        "ddd, d MMM yyyy HH:mm:ss 'GMT'",
        "ddd, d MMM yyyy HH:mm:ss 'UTC'",
        "ddd, d MMM yyyy HH:mm:ss 'Z'",
        "ddd, d MMM yyyy HH:mm zzz",
        "d MMM yyyy HH:mm:ss zzz",
        "d MMM yyyy HH:mm:ss 'GMT'",
        "ddd, d MMM yyyy",
        "MMMM d, yyyy",
        "MMM d, yyyy",
        "d MMMM yyyy",
        "d MMM yyyy",
    ];

    /// <summary>Tries the known forms; returns null for anything else, including years outside 1900–2200.</summary>
    public static DateTimeOffset? Parse(string? value)
    {
        if (string.IsNullOrWhiteSpace(value) || value.Length > 64)
        {
            return null;
        }

        var text = value.Trim();

        // RFC 822 zone names that DateTimeOffset does not know.
        text = ReplaceZone(text, " EST", " -05:00");
        text = ReplaceZone(text, " EDT", " -04:00");
        text = ReplaceZone(text, " CST", " -06:00");
        text = ReplaceZone(text, " CDT", " -05:00");
        text = ReplaceZone(text, " PST", " -08:00");
        text = ReplaceZone(text, " PDT", " -07:00");
        text = ReplaceNumericZone(text);

        const DateTimeStyles styles = DateTimeStyles.AllowWhiteSpaces | DateTimeStyles.AssumeUniversal;
        if (DateTimeOffset.TryParseExact(text, Formats, CultureInfo.InvariantCulture, styles, out var parsed)
            || DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, styles, out parsed))
        {
            return parsed.Year is >= 1900 and <= 2200 ? parsed : null;
        }

        return null;
    }

    private static string ReplaceZone(string text, string zone, string offset) =>
        text.EndsWith(zone, StringComparison.Ordinal) ? string.Concat(text.AsSpan(0, text.Length - zone.Length), offset) : text;

    // "+0000" → "+00:00", which the zzz specifier accepts.
    private static string ReplaceNumericZone(string text)
    {
        if (text.Length > 6 && text[^6] == ' ' && (text[^5] == '+' || text[^5] == '-')
            && char.IsAsciiDigit(text[^4]) && char.IsAsciiDigit(text[^3]) && char.IsAsciiDigit(text[^2]) && char.IsAsciiDigit(text[^1]))
        {
            return string.Concat(text.AsSpan(0, text.Length - 2), ":", text.AsSpan(text.Length - 2));
        }

        return text;
    }
}
