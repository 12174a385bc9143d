using System.Text;
using System.Text.Json;

namespace Pipeline.Core.Parsing.Structured;

/// <summary>
/// Reads articles from a JSON file: one article object, an array of them, or a wrapper object that holds the array
/// under <c>articles</c>, <c>items</c> or <c>data</c> (NewsAPI, JSON Feed, typical API dumps). Entry indexes are
/// array positions; a bad element is an error for that entry only, located by the line it starts on.
/// </summary>
internal static class JsonArticleParser
{
    private static readonly string[] WrapperNames = ["articles", "items", "data"];

    /// <exception cref="ArticleFormatException">The text is not JSON, nests too deep, holds too many entries, or its root is not an object or array.</exception>
    public static IReadOnlyList<ParsedEntry> Parse(string text, ParseLimits limits)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(limits);
        var utf8 = Encoding.UTF8.GetBytes(text);
        using var document = JsonSyntax.TryParse(text, utf8, limits.MaxDepth, out var error)
            ?? throw new ArticleFormatException(error.Code, Describe(error));

        var root = document.RootElement;
        switch (root.ValueKind)
        {
            case JsonValueKind.Object when FindWrapped(root) is { } wrapped:
                return ParseArray(utf8, wrapped.Name, wrapped.Value, JsonArticleFields.ReadSource(root), limits);
            case JsonValueKind.Object:
                var article = JsonArticleFields.Map(root, null, out var problem);
                return [article is null ? ParsedEntry.Failed(0, problem.Code, "the JSON object " + problem.Predicate) : ParsedEntry.Ok(0, article)];
            case JsonValueKind.Array:
                return ParseArray(utf8, null, root, null, limits);
            default:
                throw new ArticleFormatException(ArticleErrorCode.Malformed, "file holds a single JSON value, not an article object or an array of them");
        }
    }

    private static string Describe(JsonSyntaxError error) => error.Code == ArticleErrorCode.TooLarge
        ? $"file {error.Reason} at {EntryErrors.At(error.Line, error.Position)}"
        : $"file is not valid JSON: {error.Reason} at {EntryErrors.At(error.Line, error.Position)}";

    private static (string Name, JsonElement Value)? FindWrapped(JsonElement root)
    {
        foreach (var wrapperName in WrapperNames)
        {
            foreach (var property in root.EnumerateObject())
            {
                if (property.Value.ValueKind == JsonValueKind.Array && property.Name.Equals(wrapperName, StringComparison.OrdinalIgnoreCase))
                {
                    return (property.Name, property.Value);
                }
            }
        }

        return null;
    }

    private static List<ParsedEntry> ParseArray(byte[] utf8, string? wrapperName, JsonElement array, string? defaultSource, ParseLimits limits)
    {
        var count = array.GetArrayLength();
        if (count > limits.MaxEntries)
        {
            throw new ArticleFormatException(ArticleErrorCode.TooLarge, EntryErrors.TooManyEntries("articles", limits.MaxEntries));
        }

        var entries = new List<ParsedEntry>(count);
        int[]? lines = null;
        var index = 0;
        foreach (var element in array.EnumerateArray())
        {
            var document = JsonArticleFields.Map(element, defaultSource, out var problem);
            if (document is null)
            {
                // Lines are only needed to report a bad entry, so they are found (with one more reader pass) only then.
                lines ??= JsonEntryLines.Find(utf8, wrapperName, count, limits.MaxDepth);
                entries.Add(ParsedEntry.Failed(index, problem.Code, $"the entry at line {lines[index]} {problem.Predicate}"));
            }
            else
            {
                entries.Add(ParsedEntry.Ok(index, document));
            }

            index++;
        }

        return entries;
    }
}
