using Pipeline.Core.Text;

namespace Pipeline.Core.Parsing;

/// <summary>Where a dateline's parts are in its line; empty ranges for the parts it lacks.</summary>
/// <param name="Length">Length of the prefix including a following dash and spaces; 0 when the line has no dateline.</param>
/// <param name="Place">The place as written (<c>WASHINGTON</c>, <c>LONDON, England</c>).</param>
/// <param name="Source">The wire or outlet inside the parentheses (<c>CNN</c>, <c>AP</c>).</param>
internal readonly record struct DatelineParts(int Length, Range Place, Range Source)
{
    public static DatelineParts None => default;

    /// <summary>A parenthesized outlet, the mark of a wire dateline; a bare place could be a caption or a heading.</summary>
    public bool HasSource => Source.End.Value > Source.Start.Value;

    public bool HasPlace => Place.End.Value > Place.Start.Value;
}

/// <summary>
/// The dateline that opens a wire or news article: <c>(CNN)</c>, <c>(CNN) —</c>, <c>WASHINGTON (CNN) --</c>,
/// <c>LONDON, England (Reuters) -</c>, or a capitalized place alone before a dash (<c>WASHINGTON —</c>). The place is
/// reported as written (<c>WASHINGTON</c>, not <c>Washington</c>): case is the outlet's house style, and folding it
/// would have to guess at names such as <c>McALLEN</c>.
/// </summary>
internal static class Dateline
{
    private const int MaxSourceLength = 24;
    private const int MaxPlaceLength = 48;
    private const int MaxPlaceWords = 6;

    // "US - China talks" is a headline; a bare place before a dash needs a real name ("ROME —").
    private const int MinBarePlaceLetters = 4;

    // Capitalized openers of headlines and captions that are not places.
    private static readonly WordSet NotPlaces = new(
        ["BREAKING", "UPDATE", "UPDATED", "EXCLUSIVE", "WATCH", "LIVE", "VIDEO", "PHOTOS", "OPINION", "ANALYSIS", "EDITOR'S NOTE", "NOTE"],
        StringComparer.Ordinal);

    /// <summary>Length of the dateline prefix including a following dash and spaces, or 0 when there is none.</summary>
    public static int PrefixLength(ReadOnlySpan<char> line) => Parse(line).Length;

    public static DatelineParts Parse(ReadOnlySpan<char> line)
    {
        if (line.Length < 4)
        {
            return DatelineParts.None;
        }

        if (line[0] == '(')
        {
            // "(CNN)", "(KRGV) —": a known outlet, or a call sign before a dash; "(Vegane) Cupcakes" and
            // "(SEPA) 0.15 EUR" are not datelines.
            var close = SourceClose(line, 0);
            if (close < 0)
            {
                return DatelineParts.None;
            }

            var end = SkipDash(line, close + 1);
            var source = 1..close;
            return IsWireSource(line[source], HasDash(line[(close + 1)..end]))
                ? new DatelineParts(end, 0..0, source)
                : DatelineParts.None;
        }

        var placeEnd = PlaceEnd(line, out var allCaps);
        if (placeEnd <= 0 || NotPlaces.Contains(line[..placeEnd].TrimEnd(',')))
        {
            return DatelineParts.None;
        }

        var place = 0..line[..placeEnd].TrimEnd(',').Length;
        if (placeEnd + 1 < line.Length && line[placeEnd] == ' ' && line[placeEnd + 1] == '(')
        {
            var close = SourceClose(line, placeEnd + 1);
            if (close < 0)
            {
                return DatelineParts.None;
            }

            // "Washington (CNN)" names a known outlet; an unknown one needs the full wire form, capitals and a
            // dash ("McALLEN, Texas (KRGV) —"), so "Flüssiggas (LPG) - nicht …" stays text.
            var end = SkipDash(line, close + 1);
            var source = (placeEnd + 2)..close;
            var dashed = HasDash(line[(close + 1)..end]);
            return Outlets.Normalize(line[source]) is not null || (allCaps && IsWireSource(line[source], dashed))
                ? new DatelineParts(end, place, source)
                : DatelineParts.None;
        }

        // "WASHINGTON — The ...": a bare place needs capitals and a dash, and a Getty caption's
        // "TIJUANA, MEXICO - DECEMBER 02:" is a photo date, not an article's dateline.
        var afterPlace = SkipDash(line, placeEnd);
        if (!allCaps || afterPlace == placeEnd || !HasDash(line[placeEnd..afterPlace]) || IsCaptionDate(line[afterPlace..])
            || CountLetters(line[place]) < MinBarePlaceLetters)
        {
            return DatelineParts.None;
        }

        return new DatelineParts(afterPlace, place, 0..0);
    }

    // Index of the ')' closing a source that opens at 'open', or -1 when the parentheses hold no outlet name.
    private static int SourceClose(ReadOnlySpan<char> line, int open)
    {
        var window = line[open..Math.Min(line.Length, open + MaxSourceLength)];
        var close = window.IndexOf(')');
        if (close < 3 || !char.IsUpper(window[1]))
        {
            return -1;
        }

        foreach (var c in window[1..close])
        {
            if (!char.IsLetter(c) && c is not ' ' and not '.')
            {
                return -1;
            }
        }

        return open + close;
    }

    // End of a place of capitalized words ("WASHINGTON", "ST. PAUL, Minn.", "NEW YORK, Dec 2"), or 0.
    private static int PlaceEnd(ReadOnlySpan<char> line, out bool allCaps)
    {
        allCaps = true;
        var words = 0;
        var position = 0;
        var firstSegment = true;
        var limit = Math.Min(line.Length, MaxPlaceLength);
        while (position < limit && words < MaxPlaceWords)
        {
            var start = position;
            while (position < limit && line[position] is not ' ')
            {
                position++;
            }

            var word = line[start..position].TrimEnd(',');
            if (word.IsEmpty || !(char.IsUpper(word[0]) || (!firstSegment && char.IsAsciiDigit(word[0]))) || !IsPlaceWord(word))
            {
                return 0;
            }

            if (firstSegment)
            {
                allCaps &= IsAllCaps(word);
            }

            firstSegment &= line[start..position][^1] != ',';
            words++;
            if (position >= line.Length || line[position] != ' ' || position + 1 >= line.Length)
            {
                return 0;
            }

            var next = line[position + 1];
            if (next == '(' || next == '-' || Chars.IsDash(next))
            {
                return position;
            }

            position++;
        }

        return 0;
    }

    private static bool IsPlaceWord(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
        {
            if (!char.IsLetterOrDigit(c) && c is not '.' and not '\'' and not '\u2019' and not '-')
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsWireSource(ReadOnlySpan<char> source, bool dashed) =>
        Outlets.Normalize(source) is not null || (dashed && IsAllCaps(source) && !source.Contains(' '));

    // "WASHINGTON", "D.C.", and "McALLEN", whose "Mc" stays mixed case in capitals.
    private static bool IsAllCaps(ReadOnlySpan<char> word)
    {
        if (word.Length > 3 && word.StartsWith("Mc", StringComparison.Ordinal) && char.IsUpper(word[2]))
        {
            word = word[2..];
        }

        var letters = 0;
        foreach (var c in word)
        {
            if (char.IsLower(c))
            {
                return false;
            }

            letters += char.IsLetter(c) ? 1 : 0;
        }

        return letters >= 2;
    }

    // "DECEMBER 02:", "MARCH 23:": the photo date of a wire caption.
    private static bool IsCaptionDate(ReadOnlySpan<char> rest)
    {
        var space = rest.IndexOf(' ');
        return space > 2 && IsAllCaps(rest[..space]) && space + 1 < rest.Length && char.IsAsciiDigit(rest[space + 1]);
    }

    private static int CountLetters(ReadOnlySpan<char> text)
    {
        var letters = 0;
        foreach (var c in text)
        {
            letters += char.IsLetter(c) ? 1 : 0;
        }

        return letters;
    }

    private static bool HasDash(ReadOnlySpan<char> text) => text.ContainsAny('-', '\u2013', '\u2014');

    // Skips spaces, then a dash run ("—", "--", "-") and the spaces after it.
    private static int SkipDash(ReadOnlySpan<char> line, int index)
    {
        var end = SkipSpaces(line, index);
        if (end < line.Length && (Chars.IsDash(line[end]) || line[end] == '-'))
        {
            while (end < line.Length && (Chars.IsDash(line[end]) || line[end] == '-'))
            {
                end++;
            }

            return SkipSpaces(line, end);
        }

        return end;
    }

    private static int SkipSpaces(ReadOnlySpan<char> line, int index)
    {
        while (index < line.Length && line[index] == ' ')
        {
            index++;
        }

        return index;
    }
}
