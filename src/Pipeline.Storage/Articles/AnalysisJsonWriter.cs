using System.Text.Encodings.Web;
using System.Text.Json;
using Pipeline.Core;
using Pipeline.Core.Model;
using Pipeline.Storage.Entities;

namespace Pipeline.Storage.Articles;

/// <summary>
/// Writes one analyzed file as one line of JSON: what <c>pipeline inspect --json</c> prints, what ingestion keeps as
/// the file's results blob and what <c>GET /api/articles/{id}</c> serves, so the three never differ (documented in
/// the README). Offsets are UTF-16 code units into <c>body</c>, end exclusive.
/// </summary>
public static class AnalysisJsonWriter
{
    // Relaxed escaping keeps bodies readable (quotes and dashes as written); the output is JSON Lines, never HTML.
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static void Write(Stream output, string file, FileAnalysis? analysis, ArticleError? error)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(file);
        using var json = new Utf8JsonWriter(output, Options);
        json.WriteStartObject();
        json.WriteString("file", file);
        WriteNullableString(json, "format", analysis is null ? null : ArticleFormats.Name(analysis.Format));
        if (error is null)
        {
            json.WriteNull("error");
        }
        else
        {
            json.WritePropertyName("error");
            WriteError(json, error, index: null);
        }

        json.WriteStartArray("articles");
        foreach (var entry in analysis?.Entries ?? [])
        {
            if (entry.Analysis is { } article)
            {
                WriteArticle(json, entry.Index, article);
            }
        }

        json.WriteEndArray();
        json.WriteStartArray("entryErrors");
        foreach (var entry in analysis?.Entries ?? [])
        {
            if (entry.Error is { } entryError)
            {
                WriteError(json, entryError, entry.Index);
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

        json.WriteStartArray("statistics");
        foreach (var fact in article.Statistics)
        {
            WriteFact(json, fact);
        }

        json.WriteEndArray();
        json.WriteStartArray("dates");
        foreach (var date in article.Dates)
        {
            json.WriteStartObject();
            json.WriteString("type", date.Kind == TemporalKind.Time ? "TIME" : "DATE");
            json.WriteString("text", date.Text);
            json.WriteNumber("start", date.Start);
            json.WriteNumber("end", date.End);
            WriteNullableString(json, "value", date.Value);
            json.WriteBoolean("relative", date.IsRelative);
            json.WriteBoolean("duration", date.IsDuration);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("quotes");
        foreach (var quote in article.Quotes)
        {
            json.WriteStartObject();
            json.WriteString("text", quote.Text);
            json.WriteNumber("start", quote.Start);
            json.WriteNumber("end", quote.End);
            WriteNullableString(json, "speaker", quote.Speaker);
            WriteNullableString(json, "speakerKey", quote.SpeakerKey);
            if (quote.SpeakerStart >= 0)
            {
                json.WriteNumber("speakerStart", quote.SpeakerStart);
                json.WriteNumber("speakerEnd", quote.SpeakerEnd);
            }

            WriteNullableString(json, "cue", quote.Cue);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        var figures = article.Figures;
        json.WriteStartObject("textStats");
        json.WriteNumber("words", figures.Words);
        json.WriteNumber("sentences", figures.Sentences);
        json.WriteNumber("paragraphs", figures.Paragraphs);
        json.WriteNumber("characters", figures.Characters);
        json.WriteNumber("readingMinutes", figures.ReadingMinutes);
        json.WriteNumber("meanSentenceLength", figures.MeanSentenceLength);
        json.WriteNumber("quotedShare", figures.QuotedShare);
        json.WriteNumber("figures", figures.NumericFacts);
        json.WriteNumber("dates", figures.DateMentions);
        json.WriteNumber("quotes", figures.Quotations);
        json.WriteNumber("distinctEntities", figures.DistinctEntities);
        if (figures.ReadingEase is { } ease)
        {
            json.WriteNumber("fleschReadingEase", ease);
        }
        else
        {
            json.WriteNull("fleschReadingEase");
        }

        json.WriteEndObject();
        json.WriteEndObject();
    }

    /// <summary>One numeric fact; absent facts (no unit, no source) are written as null so every object has the same keys.</summary>
    private static void WriteFact(Utf8JsonWriter json, NumericFact fact)
    {
        json.WriteStartObject();
        json.WriteString("kind", fact.Kind.ToString().ToUpperInvariant());
        json.WriteString("text", fact.Text);
        json.WriteNumber("start", fact.Start);
        json.WriteNumber("end", fact.End);
        json.WriteNumber("value", fact.Value);
        WriteNullableNumber(json, "upperValue", fact.UpperValue);
        WriteNullableString(json, "unit", fact.Unit);
        WriteNullableString(json, "currency", fact.Currency);
        WriteNullableString(json, "qualifier", fact.Qualifier);
        WriteNullableString(json, "relation", fact.Relation == NumericRelation.None ? null : fact.Relation.ToString().ToLowerInvariant());
        WriteNullableString(json, "direction", fact.Direction);
        WriteNullableNumber(json, "per", fact.Per);
        WriteNullableString(json, "counts", fact.Counts);
        json.WriteStartObject("sentence");
        json.WriteNumber("start", fact.SentenceStart);
        json.WriteNumber("end", fact.SentenceEnd);
        json.WriteEndObject();
        WriteNullableString(json, "source", fact.Source);
        WriteNullableString(json, "sourceKey", fact.SourceKey);
        WriteNullableString(json, "time", fact.Time);
        WriteNullableString(json, "timeValue", fact.TimeValue);
        json.WriteEndObject();
    }

    private static void WriteNullableNumber(Utf8JsonWriter json, string name, double? value)
    {
        if (value is { } number)
        {
            json.WriteNumber(name, number);
        }
        else
        {
            json.WriteNull(name);
        }
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
