using Pipeline.Core.Text;

namespace Pipeline.Core.Parsing;

/// <summary>
/// Turns normalized plain text into clean paragraphs. Scraped pages often open with a video playlist (captions
/// repeated around their credit lines, "Now playing", durations, thumbnail names); those lines are dropped, and when
/// a wire dateline such as <c>(CNN)</c> follows such a playlist, everything before it is discarded, because the
/// article proper starts there.
/// </summary>
internal static class PageCleaner
{
    private const int MinimumPlaylistMarkers = 2;
    private const int MaxSandwichedCreditLength = 80;

    public static List<LineInfo> SplitLines(ReadOnlySpan<char> text)
    {
        var lines = new List<LineInfo>(Math.Max(4, text.Length / 256));
        var start = 0;
        var blankBefore = false;
        while (start < text.Length)
        {
            var length = text[start..].IndexOf('\n');
            if (length < 0)
            {
                length = text.Length - start;
            }

            if (length == 0)
            {
                blankBefore = lines.Count > 0;
            }
            else
            {
                lines.Add(new LineInfo(start, length, blankBefore, LineKind.Text));
                blankBefore = false;
            }

            start += length + 1;
        }

        return lines;
    }

    public static void Classify(ReadOnlySpan<char> text, List<LineInfo> lines)
    {
        // Hash to first line index; equal hashes are confirmed by comparing the text, so no line is copied.
        var seen = new Dictionary<int, int>(lines.Count);
        for (var i = 0; i < lines.Count; i++)
        {
            var line = text[lines[i].Range];
            var kind = ClassifyAlone(line);
            if (kind == LineKind.Text)
            {
                var hash = string.GetHashCode(line);
                if (seen.TryGetValue(hash, out var first))
                {
                    if (text[lines[first].Range].SequenceEqual(line))
                    {
                        kind = LineKind.Duplicate;
                    }
                }
                else
                {
                    seen.Add(hash, i);
                }
            }

            lines[i] = lines[i] with { Kind = kind };
        }

        // A short line between two copies of the same caption is that caption's credit ("U.S. Border Patrol").
        for (var i = 1; i + 1 < lines.Count; i++)
        {
            if (lines[i].Kind == LineKind.Text && lines[i + 1].Kind == LineKind.Duplicate
                && lines[i].Length <= MaxSandwichedCreditLength && lines[i - 1].Length > lines[i].Length
                && !PageFurniture.EndsLikeSentence(text[lines[i].Range])
                && text[lines[i - 1].Range].SequenceEqual(text[lines[i + 1].Range]))
            {
                lines[i] = lines[i] with { Kind = LineKind.Credit };
            }
        }
    }

    /// <summary>
    /// Writes the kept lines to <paramref name="destination"/> and returns paragraph ranges into it. The destination
    /// must be at least as long as <paramref name="text"/>: every kept line shrinks or keeps its length, and joins
    /// reuse the line break they replace.
    /// </summary>
    public static List<Range> Assemble(ReadOnlySpan<char> text, List<LineInfo> lines, Span<char> destination)
    {
        var paragraphs = new List<Range>();
        var written = 0;
        var markers = 0;
        var previousKept = -2;
        var datelineOpen = false;
        for (var i = 0; i < lines.Count; i++)
        {
            var info = lines[i];
            if (info.IsPageFurniture)
            {
                markers++;
                continue;
            }

            if (info.Kind == LineKind.Boilerplate)
            {
                continue;
            }

            var line = text[info.Range];
            if (markers >= MinimumPlaylistMarkers && Dateline.PrefixLength(line) > 0)
            {
                paragraphs.Clear();
                written = 0;
                markers = 0;
                datelineOpen = false;
            }

            var join = datelineOpen || (!info.BlankBefore && previousKept == i - 1 && paragraphs.Count > 0
                && char.IsLower(line[0]) && !PageFurniture.EndsLikeSentence(destination[paragraphs[^1]]));
            var start = written;
            if (join)
            {
                destination[written++] = ' ';
            }

            var length = LineCleaner.Clean(line, destination[written..]);
            if (length == 0)
            {
                written = start;
                continue;
            }

            written += length;
            if (join)
            {
                paragraphs[^1] = paragraphs[^1].Start..written;
            }
            else
            {
                paragraphs.Add(start..written);
            }

            datelineOpen = info.Kind == LineKind.DatelineOnly;
            previousKept = i;
        }

        return paragraphs;
    }

    private static LineKind ClassifyAlone(ReadOnlySpan<char> line)
    {
        if (PageFurniture.IsNowPlaying(line))
        {
            return LineKind.NowPlaying;
        }

        if (PageFurniture.IsDuration(line))
        {
            return LineKind.Duration;
        }

        if (PageFurniture.IsFileName(line))
        {
            return LineKind.FileName;
        }

        if (PageFurniture.IsCredit(line))
        {
            return LineKind.Credit;
        }

        if (PageFurniture.IsBoilerplate(line) || !Chars.HasLetterOrDigit(line))
        {
            return LineKind.Boilerplate;
        }

        return Dateline.PrefixLength(line) == line.Length ? LineKind.DatelineOnly : LineKind.Text;
    }
}
