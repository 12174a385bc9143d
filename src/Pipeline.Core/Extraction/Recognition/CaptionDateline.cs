using Pipeline.Core.Text;

namespace Pipeline.Core.Extraction.Recognition;

/// <summary>One place of a dateline: where it is in the body and the name it stands for (<c>TIJUANA</c> → <c>Tijuana</c>).</summary>
internal readonly record struct DatelinePlace(int Start, int End, string Name);

/// <summary>
/// Reads the all-capitals dateline that opens a wire photo caption, <c>TIJUANA, MEXICO - DECEMBER 02:</c> or
/// <c>ST. PAUL, MN - NOVEMBER 6:</c>: comma-separated places in capitals, a dash, a month in capitals and a day. The
/// tagger, trained on mixed case, reads such lines badly (MEXICO as an organization, DECEMBER as a name); the places
/// are certain here, so the rule names them and the tagger's spans inside the dateline are dropped.
/// </summary>
internal static class CaptionDateline
{
    private const int MaxPlaces = 4;
    private const int MaxPlaceLength = 40;

    private static readonly WordSet Months = new(
        [
            "JANUARY", "FEBRUARY", "MARCH", "APRIL", "MAY", "JUNE", "JULY", "AUGUST", "SEPTEMBER", "OCTOBER", "NOVEMBER",
            "DECEMBER", "JAN.", "FEB.", "MAR.", "APR.", "JUN.", "JUL.", "AUG.", "SEPT.", "SEP.", "OCT.", "NOV.", "DEC.",
        ],
        StringComparer.Ordinal);

    /// <summary>
    /// Parses a dateline at the start of <paramref name="line"/> (which starts at <paramref name="lineStart"/> in the
    /// body) and appends its places; returns the dateline's length, or 0 (appending nothing) when the line has none.
    /// </summary>
    public static int Parse(ReadOnlySpan<char> line, int lineStart, List<DatelinePlace> places)
    {
        Span<(int Start, int End)> found = stackalloc (int, int)[MaxPlaces];
        var count = 0;
        var position = 0;
        while (true)
        {
            var placeEnd = PlaceEnd(line, position);
            if (placeEnd <= position || count == MaxPlaces)
            {
                return 0;
            }

            found[count++] = (position, placeEnd);
            if (placeEnd + 1 < line.Length && line[placeEnd] == ',' && line[placeEnd + 1] == ' ')
            {
                position = placeEnd + 2;
                continue;
            }

            position = placeEnd;
            break;
        }

        var end = DateEnd(line, position);
        if (end == 0)
        {
            return 0;
        }

        foreach (var (start, stop) in found[..count])
        {
            places.Add(new DatelinePlace(lineStart + start, lineStart + stop, PlaceNames.FromCapitals(line[start..stop])));
        }

        return end;
    }

    // End of a place in capitals starting at 'start' ("ST. PAUL", "WINSTON-SALEM"), or 'start' when there is none.
    private static int PlaceEnd(ReadOnlySpan<char> line, int start)
    {
        var position = start;
        var end = start;
        while (position < line.Length && position - start <= MaxPlaceLength)
        {
            var wordEnd = position;
            var letters = 0;
            while (wordEnd < line.Length && (char.IsUpper(line[wordEnd]) || line[wordEnd] is '.' or '\'' or '-'))
            {
                letters += char.IsUpper(line[wordEnd]) ? 1 : 0;
                wordEnd++;
            }

            // A word must be all capitals and end at a space or comma: "Tijuana" or "U.S.-based" end the place.
            if (letters == 0 || (wordEnd < line.Length && line[wordEnd] is not (' ' or ',')))
            {
                break;
            }

            end = wordEnd;
            if (wordEnd + 1 >= line.Length || line[wordEnd] != ' ' || !char.IsUpper(line[wordEnd + 1]))
            {
                break;
            }

            position = wordEnd + 1;
        }

        return end;
    }

    // After the places: " - MONTH 12:" (any dash). Returns the end of the date, or 0.
    private static int DateEnd(ReadOnlySpan<char> line, int position)
    {
        var dashStart = position;
        while (position < line.Length && line[position] == ' ')
        {
            position++;
        }

        var dashes = 0;
        while (position < line.Length && (line[position] == '-' || Chars.IsDash(line[position])))
        {
            position++;
            dashes++;
        }

        if (dashes == 0 || position == dashStart + dashes || position >= line.Length || line[position] != ' ')
        {
            return 0;
        }

        position++;
        var monthEnd = line[position..].IndexOf(' ');
        if (monthEnd <= 0 || !Months.Contains(line.Slice(position, monthEnd)))
        {
            return 0;
        }

        position += monthEnd + 1;
        var digits = 0;
        while (position < line.Length && char.IsAsciiDigit(line[position]) && digits < 2)
        {
            position++;
            digits++;
        }

        if (digits == 0)
        {
            return 0;
        }

        return position < line.Length && line[position] == ':' ? position + 1 : position;
    }
}
