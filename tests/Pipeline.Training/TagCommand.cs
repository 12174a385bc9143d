using System.Text.Json;
using Pipeline.Core.Extraction;
using Pipeline.Core.Extraction.Tagging;
using Pipeline.Core.Model;
using Pipeline.Core.Parsing;

namespace Pipeline.Training;

/// <summary>
/// <c>tag-ner</c>: tags a text file and prints one JSON line in the <c>--gold</c> format (plus each entity's text), a
/// starting point for hand annotation. <c>--detokenize yes</c> first undoes PTB tokenization as the pipeline does;
/// <c>--rules yes</c> prints the combined recognizer's mentions (tagger and rules, as the pipeline finds them) instead
/// of the tagger's, each with its canonical name and key.
/// </summary>
internal static class TagCommand
{
    public static int Run(Options options)
    {
        var input = options.Text("input") ?? throw new UsageException("tag-ner needs --input FILE");
        var text = File.ReadAllText(input).Replace("\r\n", "\n", StringComparison.Ordinal);
        if (string.Equals(options.Text("detokenize"), "yes", StringComparison.OrdinalIgnoreCase))
        {
            text = PtbDetokenizer.Detokenize(text);
        }

        var modelPath = options.Text("model");
        EntityTagger tagger;
        if (modelPath is null)
        {
            tagger = EntityTagger.Default;
        }
        else
        {
            using var stream = File.OpenRead(modelPath);
            tagger = EntityTagger.Load(stream);
        }

        using var output = new Utf8JsonWriter(Console.OpenStandardOutput());
        output.WriteStartObject();
        output.WriteString("text", text);
        output.WriteStartArray("entities");
        if (options.Flag("rules"))
        {
            var mentions = EntityExtractor.Extract(text, null, tagger)
                .SelectMany(entity => entity.Spans.Select(span => (Entity: entity, Span: span)))
                .OrderBy(mention => mention.Span.Start);
            foreach (var (entity, span) in mentions)
            {
                output.WriteStartObject();
                output.WriteNumber("start", span.Start);
                output.WriteNumber("end", span.End);
                output.WriteString("type", entity.Type switch
                {
                    EntityType.Person => "PER",
                    EntityType.Organization => "ORG",
                    EntityType.Location => "LOC",
                    _ => "MISC",
                });
                output.WriteString("text", span.Text);
                output.WriteString("key", entity.Key);
                output.WriteEndObject();
            }
        }
        else
        {
            var spans = new List<TaggedSpan>();
            tagger.FindEntities(text, spans);
            foreach (var span in spans)
            {
                output.WriteStartObject();
                output.WriteNumber("start", span.Start);
                output.WriteNumber("end", span.End);
                output.WriteString("type", EntityTags.Name(span.Type));
                output.WriteString("text", text[span.Start..span.End]);
                output.WriteEndObject();
            }
        }

        output.WriteEndArray();
        output.WriteEndObject();
        output.Flush();
        Console.WriteLine();
        return 0;
    }
}
