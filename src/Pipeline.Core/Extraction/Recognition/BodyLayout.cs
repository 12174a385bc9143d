using Pipeline.Core.Parsing;
using Pipeline.Core.Text;

namespace Pipeline.Core.Extraction.Recognition;

/// <summary>
/// What the entity pass must not read as prose, found line by line before tagging: page furniture (video player
/// lines, thumbnail file names, photo credits, share bars, copyright lines), parenthesized photo credits
/// ("(Photo by John Moore/Getty Images)") and party tags ("(R-AK)"), and quoted titles of hearings or reports. Also the
/// caption datelines (<see cref="CaptionDateline"/>) and the places they name.
/// </summary>
internal sealed class BodyLayout
{
    // A credit sits between two copies of the same caption on scraped pages; it is short and no sentence.
    private const int MaxSandwichedCreditLength = 60;
    private const int MinCaptionLength = 40;
    private const int MaxParenthesisLength = 120;
    private const int MinQuotedTitleWords = 3;

    private BodyLayout()
    {
    }

    /// <summary>Text that holds no entities: furniture lines, photo credits, party tags, quoted titles.</summary>
    public RegionSet Noise { get; } = new();

    /// <summary>Caption datelines, where the tagger's spans give way to <see cref="DatelinePlaces"/>.</summary>
    public RegionSet Datelines { get; } = new();

    public List<DatelinePlace> DatelinePlaces { get; } = [];

    public static BodyLayout Scan(string body)
    {
        var layout = new BodyLayout();
        var lines = Lines(body);
        for (var i = 0; i < lines.Count; i++)
        {
            var (start, end) = lines[i];
            var line = body.AsSpan(start, end - start);
            if (IsFurniture(line) || IsSandwichedCredit(body, lines, i))
            {
                layout.Noise.Add(start, end);
                continue;
            }

            var datelineEnd = CaptionDateline.Parse(line, start, layout.DatelinePlaces);
            if (datelineEnd == 0)
            {
                datelineEnd = WireDatelinePlaces(line, start, layout.DatelinePlaces);
            }

            layout.Datelines.Add(start, start + datelineEnd);
            layout.FindInlineNoise(line, start);
        }

        layout.Noise.Seal();
        layout.Datelines.Seal();
        return layout;
    }

    // "LOS ANGELES (Reuters) -", "LONDON, England (AP) —": the places of a wire dateline, where it is in capitals (mixed
    // case places are the tagger's to find). Returns the end of the places, or 0.
    private static int WireDatelinePlaces(ReadOnlySpan<char> line, int lineStart, List<DatelinePlace> places)
    {
        var parts = Dateline.Parse(line);
        if (!parts.HasPlace)
        {
            return 0;
        }

        var (offset, length) = parts.Place.GetOffsetAndLength(line.Length);
        var place = line.Slice(offset, length);
        if (!HasCapitalsOnly(place[..Math.Max(0, place.IndexOf(',') < 0 ? place.Length : place.IndexOf(','))]))
        {
            return 0;
        }

        var position = 0;
        foreach (var range in place.Split(','))
        {
            var (partOffset, partLength) = range.GetOffsetAndLength(place.Length);
            var part = place.Slice(partOffset, partLength);
            var trimmedStart = partOffset + (part.Length - part.TrimStart(' ').Length);
            part = part.Trim(' ');
            if (!part.IsEmpty)
            {
                var name = HasCapitalsOnly(part) ? PlaceNames.FromCapitals(part) : part.ToString();
                places.Add(new DatelinePlace(lineStart + offset + trimmedStart, lineStart + offset + trimmedStart + part.Length, name));
            }

            position = partOffset + partLength;
        }

        return offset + position;
    }

    private static bool HasCapitalsOnly(ReadOnlySpan<char> text)
    {
        var letters = 0;
        foreach (var c in text)
        {
            if (char.IsLower(c))
            {
                return false;
            }

            letters += char.IsLetter(c) ? 1 : 0;
        }

        return letters >= 2;
    }

    /// <summary>Whether a sentence is boilerplate that scrapers leave behind ("Start execution.").</summary>
    public static bool IsBoilerplateSentence(ReadOnlySpan<char> sentence) => PageFurniture.IsBoilerplate(sentence);

    private static bool IsFurniture(ReadOnlySpan<char> line) =>
        PageFurniture.IsNowPlaying(line) || PageFurniture.IsDuration(line) || PageFurniture.IsFileName(line)
        || PageFurniture.IsCredit(line) || PageFurniture.IsCopyright(line) || PageFurniture.IsNavigation(line)
        || PageFurniture.IsBoilerplate(line);

    // Non-empty lines, trimmed of surrounding white space.
    private static List<(int Start, int End)> Lines(string body)
    {
        var lines = new List<(int, int)>();
        var position = 0;
        while (position < body.Length)
        {
            var newline = body.IndexOf('\n', position);
            var end = newline < 0 ? body.Length : newline;
            var start = position;
            while (start < end && char.IsWhiteSpace(body[start]))
            {
                start++;
            }

            var stop = end;
            while (stop > start && char.IsWhiteSpace(body[stop - 1]))
            {
                stop--;
            }

            if (stop > start)
            {
                lines.Add((start, stop));
            }

            position = end + 1;
        }

        return lines;
    }

    private static bool IsSandwichedCredit(string body, List<(int Start, int End)> lines, int index)
    {
        var (start, end) = lines[index];
        if (index == 0 || index + 1 >= lines.Count || end - start > MaxSandwichedCreditLength
            || PageFurniture.EndsLikeSentence(body.AsSpan(start, end - start)))
        {
            return false;
        }

        var before = body.AsSpan(lines[index - 1].Start, lines[index - 1].End - lines[index - 1].Start);
        var after = body.AsSpan(lines[index + 1].Start, lines[index + 1].End - lines[index + 1].Start);
        return before.Length >= MinCaptionLength && before.SequenceEqual(after);
    }

    private void FindInlineNoise(ReadOnlySpan<char> line, int lineStart)
    {
        for (var open = line.IndexOf('('); open >= 0; open = NextIndex(line, '(', open + 1))
        {
            var window = line[(open + 1)..Math.Min(line.Length, open + 1 + MaxParenthesisLength)];
            var close = window.IndexOf(')');
            if (close > 0 && (PageFurniture.IsPhotoCredit(window[..close]) || IsPartyTag(window[..close])))
            {
                Noise.Add(lineStart + open, lineStart + open + close + 2);
            }
        }

        FindQuotedTitles(line, lineStart);
    }

    // "R-AK", "D-N.Y.", "I-Vt.": a party letter, a dash and a state. The person is before it; the tag is no entity.
    internal static bool IsPartyTag(ReadOnlySpan<char> inner)
    {
        if (inner.Length is < 4 or > 8 || inner[0] is not ('R' or 'D' or 'I') || inner[1] != '-' || !char.IsUpper(inner[2]))
        {
            return false;
        }

        foreach (var c in inner[2..])
        {
            if (!char.IsLetter(c) && c != '.')
            {
                return false;
            }
        }

        return true;
    }

    // "Constitutional and Common Sense Steps to Reduce Gun Violence": a quoted run of capitalized words is the title of a
    // hearing, report or show, not a list of names.
    private void FindQuotedTitles(ReadOnlySpan<char> line, int lineStart)
    {
        var position = 0;
        while (position < line.Length)
        {
            var open = line[position..].IndexOfAny('"', '\u201C', '`');
            if (open < 0)
            {
                return;
            }

            open += position;
            var contentStart = open + (line[open] == '`' && open + 1 < line.Length && line[open + 1] == '`' ? 2 : 1);
            var close = line[contentStart..].IndexOfAny('"', '\u201D', '\'');
            while (close >= 0 && line[contentStart + close] == '\'' && !(contentStart + close + 1 < line.Length && line[contentStart + close + 1] == '\''))
            {
                var next = line[(contentStart + close + 1)..].IndexOfAny('"', '\u201D', '\'');
                close = next < 0 ? -1 : close + 1 + next;
            }

            if (close < 0)
            {
                return;
            }

            var content = line.Slice(contentStart, close);
            if (IsTitleCase(content))
            {
                Noise.Add(lineStart + contentStart, lineStart + contentStart + close);
            }

            position = contentStart + close + 1;
        }
    }

    // Every word capitalized except short function words, at least three capitalized words, and no sentence inside.
    private static bool IsTitleCase(ReadOnlySpan<char> content)
    {
        var capitalized = 0;
        foreach (var range in content.Split(' '))
        {
            var word = content[range];
            if (word.IsEmpty)
            {
                continue;
            }

            if (char.IsUpper(word[0]))
            {
                capitalized++;
            }
            else if (!(word.Length <= 4 && FunctionWords.Lookup(word) != 0))
            {
                return false;
            }
        }

        return capitalized >= MinQuotedTitleWords && content.IndexOfAny('.', '!', '?') < 0;
    }

    private static int NextIndex(ReadOnlySpan<char> line, char c, int from)
    {
        if (from >= line.Length)
        {
            return -1;
        }

        var found = line[from..].IndexOf(c);
        return found < 0 ? -1 : from + found;
    }
}
