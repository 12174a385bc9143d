using System.Globalization;
using System.Text.Json;
using Pipeline.Core.Model;
using Pipeline.Core.Parsing.Metadata;

namespace Pipeline.Core.Parsing.Structured;

/// <summary>Why one JSON value yielded no article; <see cref="Predicate"/> completes a sentence such as "line 7 …".</summary>
internal readonly record struct JsonEntryProblem(ArticleErrorCode Code, string Predicate);

/// <summary>
/// Maps one JSON article object to an <see cref="ArticleDocument"/>, for both the JSON and the JSON Lines parser.
/// Field names match case-insensitively; for each field the first name in the lists below whose value is usable
/// wins, whatever the order of the properties in the object.
/// </summary>
internal static class JsonArticleFields
{
    private static readonly string[] TitleNames = ["title", "headline", "name"];

    // content_html / content_text are JSON Feed's names; they rank with "content".
    private static readonly string[] BodyNames =
        ["body", "text", "content", "content_html", "content_text", "articleBody", "description", "summary"];

    private static readonly string[] UrlNames = ["url", "link", "canonical_url"];

    private static readonly string[] DateNames =
        ["published", "date", "datePublished", "date_published", "published_at", "publishedAt", "pubDate", "created_at"];

    private static readonly string[] AuthorNames = ["author", "authors", "byline", "creator"];

    private static readonly string[] PublisherNames = ["source", "publisher", "site", "site_name"];

    private static readonly string[] LanguageNames = ["language", "lang", "inLanguage"];

    private static readonly string[][] Fields = [TitleNames, BodyNames, UrlNames, DateNames, AuthorNames, PublisherNames, LanguageNames];

    // Every known name → its slot; a field's slots are contiguous and in rank order.
    private static readonly Dictionary<string, int> Slots = BuildSlots();

    private static readonly int SlotCount = Fields.Sum(names => names.Length);

    // A number above this is read as Unix milliseconds: as seconds it would be past the year 5000.
    private const double MillisecondsThreshold = 1e11;

    /// <summary>
    /// Maps <paramref name="value"/>; when it is not an object or has no body text, returns null and says why.
    /// <paramref name="defaultSource"/> (a wrapper's publisher) is used when the object names none.
    /// </summary>
    public static ArticleDocument? Map(JsonElement value, string? defaultSource, out JsonEntryProblem problem)
    {
        problem = default;
        if (value.ValueKind != JsonValueKind.Object)
        {
            problem = new JsonEntryProblem(ArticleErrorCode.Malformed, $"is not a JSON object but {KindName(value.ValueKind)}");
            return null;
        }

        var slots = Collect(value);
        var body = First(slots, BodyNames, ReadBody);
        if (body is null)
        {
            problem = new JsonEntryProblem(ArticleErrorCode.NoArticleText, "has no article text (no body, text, content, articleBody, description or summary)");
            return null;
        }

        var url = First(slots, UrlNames, ReadUrl);
        var source = First(slots, PublisherNames, ReadName) ?? defaultSource ?? SourceNames.FromUrl(url);
        return new ArticleFields(body)
        {
            Title = First(slots, TitleNames, ReadTitle),
            Url = url,
            PublishedAt = FirstDate(slots),
            Authors = FirstAuthors(slots, source),
            Source = source,
            Language = First(slots, LanguageNames, static v => LanguageTags.ToIso6391(JsonStrings.Of(v))),
        }.ToDocument();
    }

    /// <summary>The publisher a wrapper object names for all its articles (<c>{"source": "CNN", "articles": […]}</c>).</summary>
    public static string? ReadSource(JsonElement wrapper) =>
        wrapper.ValueKind == JsonValueKind.Object ? First(Collect(wrapper), PublisherNames, ReadName) : null;

    private static Dictionary<string, int> BuildSlots()
    {
        var slots = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var name in Fields.SelectMany(names => names))
        {
            slots.Add(name, slots.Count);
        }

        return slots;
    }

    private static JsonElement?[] Collect(JsonElement value)
    {
        // One pass over the properties, so an object with very many of them costs no more than reading it.
        var slots = new JsonElement?[SlotCount];
        foreach (var property in value.EnumerateObject())
        {
            if (Slots.TryGetValue(property.Name, out var slot) && slots[slot] is null)
            {
                slots[slot] = property.Value;
            }
        }

        return slots;
    }

    private static T? First<T>(JsonElement?[] slots, string[] names, Func<JsonElement, T?> read)
        where T : class
    {
        var start = Slots[names[0]];
        for (var slot = start; slot < start + names.Length; slot++)
        {
            if (slots[slot] is { } value && read(value) is { } result)
            {
                return result;
            }
        }

        return null;
    }

    private static DateTimeOffset? FirstDate(JsonElement?[] slots)
    {
        var start = Slots[DateNames[0]];
        for (var slot = start; slot < start + DateNames.Length; slot++)
        {
            if (slots[slot] is { } value && ReadDate(value) is { } date)
            {
                return date;
            }
        }

        return null;
    }

    private static List<string> FirstAuthors(JsonElement?[] slots, string? source)
    {
        var start = Slots[AuthorNames[0]];
        for (var slot = start; slot < start + AuthorNames.Length; slot++)
        {
            if (slots[slot] is { } value && ReadAuthors(value, source) is { Count: > 0 } authors)
            {
                return authors;
            }
        }

        return [];
    }

    private static string? ReadTitle(JsonElement value) => NonBlank(Text(value) is { } text ? FieldText.Line(text) : null);

    // A string, a WordPress-style {"rendered": "…"}, or an array of paragraph strings.
    private static string? ReadBody(JsonElement value)
    {
        if (value.ValueKind == JsonValueKind.Array)
        {
            var paragraphs = value.EnumerateArray()
                .Select(JsonStrings.Of)
                .OfType<string>()
                .Select(FieldText.Body)
                .Where(paragraph => paragraph.Length > 0);
            return NonBlank(string.Join("\n\n", paragraphs));
        }

        return NonBlank(Text(value) is { } text ? FieldText.Body(text) : null);
    }

    private static string? ReadUrl(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => ArticleFields.AbsoluteUrl(JsonStrings.Of(value)),
        JsonValueKind.Object => ArticleFields.AbsoluteUrl(StringProperty(value, "href") ?? StringProperty(value, "url")),
        _ => null,
    };

    // A string, or an object with a name (JSON-LD publisher, NewsAPI source).
    private static string? ReadName(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => SourceNames.Clean(FieldText.Line(JsonStrings.Of(value)!)),
        JsonValueKind.Object => StringProperty(value, "name") is { } name ? SourceNames.Clean(FieldText.Line(name)) : null,
        _ => null,
    };

    private static List<string> ReadAuthors(JsonElement value, string? source)
    {
        var authors = new List<string>();
        if (value.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in value.EnumerateArray())
            {
                ArticleFields.AddAuthors(authors, ReadName(item), source);
            }
        }
        else
        {
            ArticleFields.AddAuthors(authors, ReadName(value), source);
        }

        return authors;
    }

    private static DateTimeOffset? ReadDate(JsonElement value)
    {
        if (value.ValueKind == JsonValueKind.Number && value.TryGetDouble(out var number))
        {
            return FromUnix(number);
        }

        if (value.ValueKind != JsonValueKind.String)
        {
            return null;
        }

        var text = JsonStrings.Of(value)!.Trim();
        return text.Length is 10 or 13 && text.AsSpan().IndexOfAnyExceptInRange('0', '9') < 0
            ? FromUnix(double.Parse(text, CultureInfo.InvariantCulture))
            : PublishedDates.Parse(text);
    }

    private static DateTimeOffset? FromUnix(double number)
    {
        var milliseconds = Math.Abs(number) >= MillisecondsThreshold ? number : number * 1000;
        if (double.IsNaN(milliseconds) || milliseconds < -2_208_988_800_000d || milliseconds > 7_258_118_400_000d)
        {
            return null; // Outside 1900–2200, the range PublishedDates accepts too.
        }

        return DateTimeOffset.FromUnixTimeMilliseconds((long)milliseconds);
    }

    private static string? Text(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => JsonStrings.Of(value),
        JsonValueKind.Object => StringProperty(value, "rendered"),
        _ => null,
    };

    private static string? StringProperty(JsonElement value, string name)
    {
        foreach (var property in value.EnumerateObject())
        {
            if (property.Value.ValueKind == JsonValueKind.String && property.Name.Equals(name, StringComparison.OrdinalIgnoreCase))
            {
                return JsonStrings.Of(property.Value);
            }
        }

        return null;
    }

    private static string? NonBlank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text;

    private static string KindName(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        _ => "null",
    };
}
