using Pipeline.Core.Parsing.Metadata;
using Pipeline.Core.Text;

namespace Pipeline.Core.Parsing;

/// <summary>
/// Recognizes a byline standing on its own line: <c>By Jane Doe and John Roe, CNN</c>, <c>By Jane Doe | NBC News</c>,
/// <c>BY JANE DOE</c>. Every name must read as a name (two to five capitalized words, with particles such as "de"
/// or "van" allowed), so "By Monday, officials had left." stays article text.
/// </summary>
internal static class BylineLine
{
    private const int MaxLineLength = 160;
    private const int MinNameWords = 2;
    private const int MaxNameWords = 5;

    private static readonly WordSet Particles = new(
        ["de", "da", "del", "della", "di", "dos", "du", "la", "le", "van", "von", "der", "den", "ter", "bin", "al", "el", "y", "St.", "Jr.", "Sr.", "II", "III"],
        StringComparer.Ordinal);

    // Capitalized words that open phrases, not names: "By Monday", "By The Associated Press".
    private static readonly WordSet NotNames = new(
        [
            "The", "A", "An", "This", "That", "Then", "Now", "Last", "Next", "Early", "Late", "Monday", "Tuesday",
            "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February", "March", "April", "May",
            "June", "July", "August", "September", "October", "November", "December", "Contrast", "Comparison",
            "Law", "Far", "Design", "Default", "Nightfall", "Noon", "Midnight",
        ],
        StringComparer.Ordinal);

    /// <summary>
    /// Whether <paramref name="line"/> is a byline; if so, the names part (after "By", before an outlet) and the
    /// outlet the byline ends with, when it is a known one.
    /// </summary>
    public static bool TryParse(ReadOnlySpan<char> line, out Range names, out string? source)
    {
        names = default;
        source = null;
        if (line.Length > MaxLineLength || line.Length < 6 || !line.StartsWith("By ", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var start = 3;
        var end = line.Length;

        // "…, CNN", "… | NBC News", "… - Reuters": a trailing outlet is the source, not an author.
        var cut = line.LastIndexOfAny(',', '|', '\u2014');
        if (cut < 0)
        {
            cut = line.LastIndexOf(" - ", StringComparison.Ordinal);
        }

        if (cut > start)
        {
            source = Outlets.Normalize(line[(cut + 1)..]);
            if (source is not null)
            {
                end = cut;
            }
        }

        var text = line[start..end].Trim(" ,");
        if (source is null && Outlets.Normalize(text) is { } outlet)
        {
            // "By The Associated Press": an outlet and no author.
            source = outlet;
            names = start..start;
            return true;
        }

        if (text.IsEmpty || !AllPartsAreNames(text))
        {
            source = null;
            return false;
        }

        var offset = line[start..end].IndexOf(text);
        names = (start + offset)..(start + offset + text.Length);
        return true;
    }

    /// <summary>The authors a byline line names, without the outlet, via <see cref="Bylines.Split"/>.</summary>
    public static IReadOnlyList<string> Authors(ReadOnlySpan<char> line, Range names, string? source) =>
        Bylines.Split(line[names].ToString(), source);

    private static bool AllPartsAreNames(ReadOnlySpan<char> text)
    {
        var parts = 0;
        var rest = text;
        while (!rest.IsEmpty)
        {
            var part = NextPart(rest, out var next);
            if (!IsName(part.Trim(' ')))
            {
                return false;
            }

            parts++;
            rest = next;
        }

        return parts > 0;
    }

    // Splits at the separators Bylines.Split knows: ",", ";", "|", " and ", " & ".
    private static ReadOnlySpan<char> NextPart(ReadOnlySpan<char> text, out ReadOnlySpan<char> rest)
    {
        var best = text.Length;
        var skip = 0;
        var punctuation = text.IndexOfAny(',', ';', '|');
        if (punctuation >= 0)
        {
            best = punctuation;
            skip = 1;
        }

        foreach (var separator in (ReadOnlySpan<string>)[" and ", " & "])
        {
            var index = text.IndexOf(separator, StringComparison.OrdinalIgnoreCase);
            if (index >= 0 && index < best)
            {
                best = index;
                skip = separator.Length;
            }
        }

        rest = (best + skip <= text.Length ? text[(best + skip)..] : []).TrimStart(' ');
        return text[..best];
    }

    private static bool IsName(ReadOnlySpan<char> part)
    {
        if (part.StartsWith("and ", StringComparison.OrdinalIgnoreCase))
        {
            part = part[4..];
        }

        var words = 0;
        var first = true;
        foreach (var range in part.Split(' '))
        {
            var word = part[range];
            if (word.IsEmpty)
            {
                continue;
            }

            if (first && NotNames.Contains(word))
            {
                return false;
            }

            first = false;
            if (!Particles.Contains(word) && !IsNameWord(word))
            {
                return false;
            }

            words++;
        }

        return words is >= MinNameWords and <= MaxNameWords;
    }

    // "Jane", "O'Rourke", "Bush-Joseph", "P.J.", "JANE"
    private static bool IsNameWord(ReadOnlySpan<char> word)
    {
        if (!char.IsUpper(word[0]))
        {
            return false;
        }

        foreach (var c in word)
        {
            if (!char.IsLetter(c) && c is not '.' and not '-' and not '\'' and not '\u2019')
            {
                return false;
            }
        }

        return true;
    }
}
