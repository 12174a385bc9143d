using System.Globalization;
using System.Text.Json;

namespace Pipeline.Training.Stats;

/// <summary>One annotated item: a figure, a date or a quote, located in the passage by its text.</summary>
/// <param name="Kind">MONEY, PERCENT, QUANTITY, CARDINAL, ORDINAL, DATE, TIME or QUOTE.</param>
/// <param name="Text">The exact span as written in the body.</param>
/// <param name="Fields">The other annotated fields (value, upper, currency, unit, qualifier, relation, counts, source, time, speaker), as text; absent means not annotated.</param>
internal sealed record GoldItem(string Kind, string Text, int? Occurrence, IReadOnlyDictionary<string, string?> Fields)
{
    public int Start { get; set; } = -1;

    public int End => Start + Text.Length;
}

/// <summary>
/// One line of <c>tests/Pipeline.Core.Tests/Gold/statistics.jsonl</c>: a passage (<c>text</c>) or a seed article
/// (<c>seed</c>, a file name under <c>seeds/</c>, whose body is the one the analyzer extracts), an optional
/// <c>published</c> date, and its <c>figures</c>, <c>dates</c> and <c>quotes</c>. Items are located by their
/// <c>text</c>: items with the same text take successive whole-word occurrences in the order listed, unless an item
/// gives its 1-based <c>occurrence</c>.
/// </summary>
internal sealed record GoldPassage(string Id, string? Seed, string? Text, DateOnly? Published, IReadOnlyList<GoldItem> Items)
{
    public static IReadOnlyList<GoldPassage> ReadJsonLines(string path)
    {
        var passages = new List<GoldPassage>();
        var lineNumber = 0;
        foreach (var line in File.ReadLines(path))
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            using var json = JsonDocument.Parse(line);
            var root = json.RootElement;
            var items = new List<GoldItem>();
            foreach (var (array, kind) in new[] { ("figures", (string?)null), ("dates", null), ("quotes", "QUOTE") })
            {
                if (!root.TryGetProperty(array, out var list))
                {
                    continue;
                }

                foreach (var element in list.EnumerateArray())
                {
                    var fields = new Dictionary<string, string?>(StringComparer.Ordinal);
                    foreach (var property in element.EnumerateObject())
                    {
                        fields[property.Name] = property.Value.ValueKind switch
                        {
                            JsonValueKind.Null => null,
                            JsonValueKind.Number => property.Value.GetDouble().ToString("R", CultureInfo.InvariantCulture),
                            _ => property.Value.ToString(),
                        };
                    }

                    var itemKind = kind ?? fields["kind"] ?? throw new InvalidDataException($"line {lineNumber}: an item without a kind");
                    var text = fields["text"] ?? throw new InvalidDataException($"line {lineNumber}: an item without text");
                    int? occurrence = fields.TryGetValue("occurrence", out var o) && o is not null ? int.Parse(o, CultureInfo.InvariantCulture) : null;
                    items.Add(new GoldItem(itemKind, text, occurrence, fields));
                }
            }

            DateOnly? published = root.TryGetProperty("published", out var p) && p.ValueKind == JsonValueKind.String
                ? DateOnly.Parse(p.GetString()!, CultureInfo.InvariantCulture)
                : null;
            passages.Add(new GoldPassage(
                root.GetProperty("id").GetString()!,
                root.TryGetProperty("seed", out var seed) ? seed.GetString() : null,
                root.TryGetProperty("text", out var body) ? body.GetString() : null,
                published,
                items));
        }

        return passages;
    }

    /// <summary>Sets every item's start offset in <paramref name="body"/>; throws when an item's text is not there.</summary>
    public void Locate(string body)
    {
        var cursors = new Dictionary<(string, string), int>();
        foreach (var item in Items)
        {
            var key = (item.Kind == "QUOTE" ? "QUOTE" : "SPAN", item.Text);
            var from = cursors.GetValueOrDefault(key);
            var found = -1;
            if (item.Occurrence is { } occurrence)
            {
                from = 0;
                for (var n = 0; n < occurrence; n++)
                {
                    found = NextWholeWord(body, item.Text, from);
                    from = found + 1;
                }
            }
            else
            {
                found = NextWholeWord(body, item.Text, from);
            }

            if (found < 0)
            {
                throw new InvalidDataException($"{Id}: '{item.Text}' ({item.Kind}) is not in the body (after offset {from})");
            }

            item.Start = found;
            cursors[key] = found + 1;
        }
    }

    private static int NextWholeWord(string body, string text, int from)
    {
        while (from <= body.Length)
        {
            var found = body.IndexOf(text, from, StringComparison.Ordinal);
            if (found < 0)
            {
                return -1;
            }

            var end = found + text.Length;
            // "3" is not whole in "$3.4" nor in "1,300": a point or comma between digits joins them.
            var startsClean = found == 0 || !char.IsLetterOrDigit(text[0])
                || (!char.IsLetterOrDigit(body[found - 1]) && !(body[found - 1] is '.' or ',' && found > 1 && char.IsDigit(body[found - 2])));
            var endsClean = end == body.Length || !char.IsLetterOrDigit(text[^1])
                || (!char.IsLetterOrDigit(body[end]) && !(body[end] is '.' or ',' && end + 1 < body.Length && char.IsDigit(body[end + 1])));
            if (startsClean && endsClean)
            {
                return found;
            }

            from = found + 1;
        }

        return -1;
    }
}
