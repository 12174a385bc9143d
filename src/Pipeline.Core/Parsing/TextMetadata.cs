using Pipeline.Core.Parsing.Metadata;

namespace Pipeline.Core.Parsing;

/// <summary>What the lines of a plain-text article say about it.</summary>
internal sealed record TextMetadata(string? Source, string? Dateline, IReadOnlyList<string> Authors, DateTimeOffset? PublishedAt);

/// <summary>
/// Reads an article's metadata from its plain text. The source comes from the strongest evidence present: the
/// opening wire dateline (<c>(CNN)</c>), then a byline's outlet (<c>By Jane Doe, CNN</c>), then a header or footer
/// line (<c>NBC News</c>, <c>© 2024 Cable News Network</c>), then an outlet suffix of the headline, and last the
/// outlet that the article's sources keep speaking to (<c>…, she told NBC News.</c> at least twice and more than any
/// other), which is how outlets name themselves in running text.
/// </summary>
internal static class TextMetadataReader
{
    private const int MinimumInterviewMentions = 2;

    public static TextMetadata Read(ReadOnlySpan<char> text, List<LineInfo> lines, ReadOnlySpan<char> opening, ReadOnlySpan<char> body, string? titleOutlet)
    {
        string? bylineSource = null, lineSource = null;
        IReadOnlyList<string> authors = [];
        DateTimeOffset? published = null, bare = null, updated = null;
        foreach (var info in lines)
        {
            var line = text[info.Range];
            switch (info.Kind)
            {
                case LineKind.Byline when authors.Count == 0 && bylineSource is null
                    && BylineLine.TryParse(line, out var names, out bylineSource):
                    authors = BylineLine.Authors(line, names, bylineSource);
                    break;
                case LineKind.Timestamp when TimestampLine.TryParse(line, out var value, out var kind):
                    switch (kind)
                    {
                        case TimestampKind.Published:
                            published ??= value;
                            break;
                        case TimestampKind.Updated:
                            updated ??= value;
                            break;
                        default:
                            bare ??= value;
                            break;
                    }

                    break;
                case LineKind.SourceLine:
                    lineSource ??= Outlets.Normalize(line) ?? Outlets.FromCopyright(line);
                    break;
                default:
                    break;
            }
        }

        var dateline = Dateline.Parse(opening);
        var datelineSource = dateline.HasSource ? Outlets.Normalize(opening[dateline.Source]) ?? SourceNames.Clean(opening[dateline.Source].ToString()) : null;
        var place = dateline.HasPlace ? opening[dateline.Place].ToString() : null;
        var source = datelineSource ?? bylineSource ?? lineSource ?? titleOutlet ?? InterviewingOutlet(body);
        return new TextMetadata(source, place, authors, published ?? bare ?? updated);
    }

    /// <summary>The outlet named after "told" or "tells" most often, at least twice and more than any other.</summary>
    internal static string? InterviewingOutlet(ReadOnlySpan<char> body)
    {
        Dictionary<string, int>? counts = null;
        foreach (var verb in (ReadOnlySpan<string>)["told ", "tells "])
        {
            var position = 0;
            while (position < body.Length)
            {
                var index = body[position..].IndexOf(verb, StringComparison.Ordinal);
                if (index < 0)
                {
                    break;
                }

                position += index + verb.Length;
                if (Outlets.MatchAtStart(body[position..], out _) is { } outlet)
                {
                    counts ??= new Dictionary<string, int>(StringComparer.Ordinal);
                    counts[outlet] = counts.GetValueOrDefault(outlet) + 1;
                }
            }
        }

        string? best = null;
        var bestCount = 0;
        var tied = false;
        foreach (var (outlet, count) in counts ?? [])
        {
            if (count > bestCount)
            {
                (best, bestCount, tied) = (outlet, count, false);
            }
            else if (count == bestCount)
            {
                tied = true;
            }
        }

        return bestCount >= MinimumInterviewMentions && !tied ? best : null;
    }
}
