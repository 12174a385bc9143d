using Pipeline.Core.Text;

namespace Pipeline.Core.Parsing;

/// <summary>
/// Turns normalized plain text into clean paragraphs. Scraped pages often open with a video playlist (captions
/// repeated around their credit lines, "Now playing", durations, thumbnail names) and carry share and navigation
/// lines; those lines are dropped, and when a wire dateline such as <c>(CNN)</c> follows such a playlist, everything
/// before it is discarded, because the article proper starts there. Byline, timestamp and outlet lines are dropped
/// too; <see cref="TextMetadataReader"/> reads them.
/// </summary>
internal static class PageCleaner
{
    /// <summary>The playlist evidence needed before a dateline restarts the article on an undeclared page.</summary>
    internal const int MinimumPlaylistMarkers = 2;

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
    /// reuse the line break they replace. A wire dateline after at least <paramref name="playlistMarkers"/> lines
    /// of page furniture starts the article afresh.
    /// </summary>
    public static CleanedPage Assemble(ReadOnlySpan<char> text, List<LineInfo> lines, Span<char> destination, int playlistMarkers = MinimumPlaylistMarkers)
    {
        var page = new CleanedPage();
        var paragraphs = page.Paragraphs;
        var written = 0;
        var markers = 0;
        var previousKept = -2;
        var datelineOpen = false;
        var firstBeforeFurniture = false;
        for (var i = 0; i < lines.Count; i++)
        {
            var info = lines[i];
            if (info.IsPageFurniture)
            {
                markers++;
                page.FurnitureLines++;
                continue;
            }

            if (info.Kind == LineKind.Boilerplate || info.IsMetadata)
            {
                continue;
            }

            var line = text[info.Range];
            if (markers >= playlistMarkers && Dateline.Parse(line).HasSource)
            {
                // A headline that opened the page before the playlist is still the article's headline.
                if (firstBeforeFurniture && page.HeadlineBeforeCut is null && TitleSelector.LooksLikeHeadline(destination[paragraphs[0]]))
                {
                    page.HeadlineBeforeCut = new string(destination[paragraphs[0]]);
                }

                paragraphs.Clear();
                written = 0;
                markers = 0;
                datelineOpen = false;
                page.CutAtDateline = true;
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
                if (paragraphs.Count == 0 && !page.CutAtDateline)
                {
                    firstBeforeFurniture = page.FurnitureLines == 0;
                }

                paragraphs.Add(start..written);
            }

            datelineOpen = info.Kind == LineKind.DatelineOnly;
            previousKept = i;
        }

        return page;
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

        if (PageFurniture.IsNavigation(line))
        {
            return LineKind.Navigation;
        }

        if (PageFurniture.IsBoilerplate(line) || !Chars.HasLetterOrDigit(line))
        {
            return LineKind.Boilerplate;
        }

        if (TimestampLine.TryParse(line, out _, out _))
        {
            return LineKind.Timestamp;
        }

        if (BylineLine.TryParse(line, out _, out _))
        {
            return LineKind.Byline;
        }

        if (Outlets.Normalize(line) is not null || Outlets.FromCopyright(line) is not null)
        {
            return LineKind.SourceLine;
        }

        if (PageFurniture.IsCopyright(line))
        {
            return LineKind.Boilerplate;
        }

        return Dateline.PrefixLength(line) == line.Length ? LineKind.DatelineOnly : LineKind.Text;
    }
}

/// <summary>The clean paragraphs of a page, and what cleaning learned about the page on the way.</summary>
internal sealed class CleanedPage
{
    /// <summary>Paragraph ranges into the destination buffer that <see cref="PageCleaner.Assemble"/> wrote.</summary>
    public List<Range> Paragraphs { get; } = [];

    /// <summary>Lines dropped as playlist, gallery, credit or navigation furniture.</summary>
    public int FurnitureLines { get; set; }

    /// <summary>Whether everything before a wire dateline was discarded as page furniture.</summary>
    public bool CutAtDateline { get; set; }

    /// <summary>A headline that opened the page above the furniture that the cut discarded.</summary>
    public string? HeadlineBeforeCut { get; set; }
}
