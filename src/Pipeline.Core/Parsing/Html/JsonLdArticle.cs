using System.Text.Json;
using Pipeline.Core.Parsing.Metadata;

namespace Pipeline.Core.Parsing.Html;

/// <summary>
/// The article facts a page states in schema.org JSON-LD (<c>&lt;script type="application/ld+json"&gt;</c>): the
/// first object typed NewsArticle, Article, ReportageNewsArticle or BlogPosting, found at the top level, in an array
/// or in <c>@graph</c>. Malformed or oversized JSON is ignored: metadata is a bonus, never a reason to fail.
/// </summary>
internal sealed record JsonLdArticle(string? Headline, IReadOnlyList<string> AuthorNames, DateTimeOffset? PublishedAt, string? PublisherName, string? Url)
{
    private const int MaxScriptChars = 1 << 20;
    private const int MaxAuthors = 20;

    private static readonly JsonDocumentOptions Options = new()
    {
        MaxDepth = 32,
        AllowTrailingCommas = true,
        CommentHandling = JsonCommentHandling.Skip,
    };

    private static readonly string[] ArticleTypes = ["NewsArticle", "Article", "ReportageNewsArticle", "BlogPosting", "AnalysisNewsArticle", "OpinionNewsArticle"];

    /// <summary>The first article object in any of the scripts, or null.</summary>
    public static JsonLdArticle? Read(IEnumerable<string> scripts)
    {
        foreach (var script in scripts)
        {
            if (script.Length > MaxScriptChars)
            {
                continue;
            }

            try
            {
                using var json = JsonDocument.Parse(script, Options);
                if (FindArticle(json.RootElement) is { } article)
                {
                    return From(article);
                }
            }
            catch (JsonException)
            {
                // Hand-edited JSON-LD is often broken; the page's other metadata still counts.
            }
        }

        return null;
    }

    private static JsonElement? FindArticle(JsonElement root)
    {
        // Breadth-first over arrays and @graph only: articles are never nested deeper in practice, and JsonDocument's
        // depth limit already bounds the walk.
        var queue = new Queue<JsonElement>();
        queue.Enqueue(root);
        while (queue.Count > 0)
        {
            var element = queue.Dequeue();
            if (element.ValueKind == JsonValueKind.Array)
            {
                foreach (var item in element.EnumerateArray())
                {
                    queue.Enqueue(item);
                }

                continue;
            }

            if (element.ValueKind != JsonValueKind.Object)
            {
                continue;
            }

            if (IsArticle(element))
            {
                return element;
            }

            if (element.TryGetProperty("@graph", out var graph))
            {
                queue.Enqueue(graph);
            }
        }

        return null;
    }

    private static bool IsArticle(JsonElement element)
    {
        if (!element.TryGetProperty("@type", out var type))
        {
            return false;
        }

        return type.ValueKind switch
        {
            JsonValueKind.String => ArticleTypes.Contains(type.GetString(), StringComparer.OrdinalIgnoreCase),
            JsonValueKind.Array => type.EnumerateArray().Any(t => t.ValueKind == JsonValueKind.String && ArticleTypes.Contains(t.GetString(), StringComparer.OrdinalIgnoreCase)),
            _ => false,
        };
    }

    private static JsonLdArticle From(JsonElement article) => new(
        Text(article, "headline") ?? Text(article, "name"),
        AuthorNamesOf(article),
        PublishedDates.Parse(Text(article, "datePublished") ?? Text(article, "dateCreated")),
        article.TryGetProperty("publisher", out var publisher) ? NameOf(publisher) : null,
        Text(article, "url"));

    private static List<string> AuthorNamesOf(JsonElement article)
    {
        var names = new List<string>();
        if (!article.TryGetProperty("author", out var author))
        {
            return names;
        }

        if (author.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in author.EnumerateArray())
            {
                if (NameOf(item) is { } name && names.Count < MaxAuthors)
                {
                    names.Add(name);
                }
            }
        }
        else if (NameOf(author) is { } name)
        {
            names.Add(name);
        }

        return names;
    }

    /// <summary>A string, or an object's <c>name</c> (a person, an organization).</summary>
    private static string? NameOf(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => Blank(element.GetString()),
        JsonValueKind.Object => Text(element, "name"),
        _ => null,
    };

    private static string? Text(JsonElement element, string property) =>
        element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String ? Blank(value.GetString()) : null;

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
