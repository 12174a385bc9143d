using System.Text.Json;
using Pipeline.Core.Extraction.Tagging;

namespace Pipeline.Training;

/// <summary>
/// A hand-annotated document: <c>{"text": "...", "entities": [{"start": 0, "end": 12, "type": "PER"}, ...]}</c>, one per
/// line (JSON Lines). Offsets are UTF-16 code units into <c>text</c>, end exclusive; types are PER, ORG, LOC, MISC, DATE
/// (PERSON, ORGANIZATION, LOCATION are accepted). Other members (an entity's <c>"text"</c>, say) are ignored.
/// </summary>
internal sealed record GoldDocument(string Text, IReadOnlyList<TaggedSpan> Entities)
{
    public static List<GoldDocument> ReadJsonLines(string path)
    {
        var documents = new List<GoldDocument>();
        var lineNumber = 0;
        foreach (var line in File.ReadLines(path))
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            try
            {
                documents.Add(Parse(line));
            }
            catch (Exception error) when (error is JsonException or InvalidDataException or KeyNotFoundException or InvalidOperationException)
            {
                throw new InvalidDataException($"{path} line {lineNumber}: {error.Message}", error);
            }
        }

        return documents;
    }

    private static GoldDocument Parse(string line)
    {
        using var json = JsonDocument.Parse(line);
        var text = json.RootElement.GetProperty("text").GetString() ?? throw new InvalidDataException("text is null");
        var entities = new List<TaggedSpan>();
        if (json.RootElement.TryGetProperty("entities", out var list))
        {
            foreach (var entity in list.EnumerateArray())
            {
                var start = entity.GetProperty("start").GetInt32();
                var end = entity.GetProperty("end").GetInt32();
                var typeName = entity.GetProperty("type").GetString() ?? string.Empty;
                if (start < 0 || end <= start || end > text.Length)
                {
                    throw new InvalidDataException($"entity [{start}, {end}) is outside the text of {text.Length} characters");
                }

                if (!EntityTags.TryParseType(typeName, out var type))
                {
                    throw new InvalidDataException($"unknown entity type '{typeName}'");
                }

                entities.Add(new TaggedSpan(start, end, type));
            }
        }

        return new GoldDocument(text, entities);
    }
}
