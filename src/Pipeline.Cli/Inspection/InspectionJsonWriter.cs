using System.Text.Encodings.Web;
using System.Text.Json;
using Pipeline.Core;
using Pipeline.Core.Model;
using Pipeline.Storage.Articles;
using Pipeline.Storage.Entities;

namespace Pipeline.Cli.Inspection;

/// <summary>
/// Writes one inspected file as one line of JSON: the contract that operators' scripts and the quality
/// measurements read (documented in the README). Offsets are UTF-16 code units into <c>body</c>, end exclusive.
/// </summary>
internal static class InspectionJsonWriter
{
    // Relaxed escaping keeps bodies readable (quotes and dashes as written); the output is JSON Lines, never HTML.
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static void Write(Stream output, InspectionResult result)
    {
        using var json = new Utf8JsonWriter(output, Options);
        json.WriteStartObject();
        json.WriteString("file", result.File);
        WriteNullableString(json, "format", result.Analysis is null ? null : ArticleFormats.Name(result.Analysis.Format));
        if (result.Error is null)
        {
            json.WriteNull("error");
        }
        else
        {
            json.WritePropertyName("error");
            WriteError(json, result.Error, index: null);
        }

        json.WriteStartArray("articles");
        foreach (var entry in result.Analysis?.Entries ?? [])
        {
            if (entry.Analysis is { } article)
            {
                WriteArticle(json, entry.Index, article);
            }
        }

        json.WriteEndArray();
        json.WriteStartArray("entryErrors");
        foreach (var entry in result.Analysis?.Entries ?? [])
        {
            if (entry.Error is { } error)
            {
                WriteError(json, error, entry.Index);
            }
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.Flush();
        output.WriteByte((byte)'\n');
    }

    private static void WriteArticle(Utf8JsonWriter json, int index, ArticleAnalysis article)
    {
        var document = article.Document;
        json.WriteStartObject();
        json.WriteNumber("index", index);
        json.WriteString("title", document.Title);
        WriteNullableString(json, "source", document.Source);
        WriteNullableString(json, "url", document.Url);
        if (document.PublishedAt is { } published)
        {
            json.WriteString("publishedAt", published);
        }
        else
        {
            json.WriteNull("publishedAt");
        }

        json.WriteStartArray("authors");
        foreach (var author in document.Authors)
        {
            json.WriteStringValue(author);
        }

        json.WriteEndArray();
        WriteNullableString(json, "dateline", document.Dateline);
        WriteNullableString(json, "language", document.Language);
        json.WriteString("body", document.Body);
        json.WriteStartArray("entities");
        foreach (var mention in Mentions(article.Entities))
        {
            json.WriteStartObject();
            json.WriteString("type", EntityTypeNames.Of(mention.Entity.Type));
            json.WriteString("text", mention.Span.Text);
            json.WriteString("canonical", mention.Entity.Name);
            json.WriteString("key", mention.Entity.Key);
            json.WriteNumber("start", mention.Span.Start);
            json.WriteNumber("end", mention.Span.End);
            json.WriteNumber("salience", mention.Entity.Salience);
            json.WriteBoolean("bareName", mention.Entity.IsBareName);
            WriteNullableString(json, "title", mention.Entity.Title);
            json.WriteEndObject();
        }

        json.WriteEndArray();

        // Numeric facts, dates and quotes are extracted by the statistics stage, which is not built yet.
        json.WriteStartArray("statistics");
        json.WriteEndArray();
        json.WriteStartObject("textStats");
        json.WriteNumber("words", article.Figures.Words);
        json.WriteNumber("sentences", article.Figures.Sentences);
        json.WriteNumber("paragraphs", article.Figures.Paragraphs);
        json.WriteNumber("characters", article.Figures.Characters);
        json.WriteEndObject();
        json.WriteEndObject();
    }

    /// <summary>Every mention of every entity, in the order they appear in the body.</summary>
    private static IEnumerable<(ExtractedEntity Entity, EntityMention Span)> Mentions(IReadOnlyList<ExtractedEntity> entities) =>
        entities.SelectMany(e => e.Spans.Select(s => (e, s))).OrderBy(m => m.s.Start).ThenBy(m => m.s.End);

    private static void WriteError(Utf8JsonWriter json, ArticleError error, int? index)
    {
        json.WriteStartObject();
        if (index is { } i)
        {
            json.WriteNumber("index", i);
        }

        json.WriteString("code", ArticleFormats.Name(error.Code));
        json.WriteString("message", error.Message);
        json.WriteEndObject();
    }

    private static void WriteNullableString(Utf8JsonWriter json, string name, string? value)
    {
        if (value is null)
        {
            json.WriteNull(name);
        }
        else
        {
            json.WriteString(name, value);
        }
    }
}
