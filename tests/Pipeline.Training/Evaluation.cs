using Pipeline.Core;
using Pipeline.Core.Extraction;
using Pipeline.Core.Extraction.Tagging;
using Pipeline.Core.Model;
using Pipeline.Core.Parsing;

namespace Pipeline.Training;

/// <summary>One gold entity and one predicted entity that do not match exactly, or one of them alone.</summary>
internal sealed record Disagreement(string Category, string Context, string? Gold, string? Predicted);

/// <summary>Scores and the disagreements behind them.</summary>
internal sealed class EvaluationResult
{
    public EntityScorer Scorer { get; } = new();

    public List<Disagreement> Disagreements { get; } = [];

    public SortedDictionary<string, int> Categories { get; } = new(StringComparer.Ordinal);

    public int Units { get; set; }

    public int Skipped { get; set; }

    public int Tokens { get; set; }
}

/// <summary>The ways of running the tagger against gold data.</summary>
internal static class Evaluation
{
    /// <summary>Tags the gold tokens as given (PTB tokenization, one sentence at a time) and compares token spans.</summary>
    public static EvaluationResult OnTokens(EntityTagger tagger, IReadOnlyList<TrainingSentence> sentences)
    {
        var result = new EvaluationResult();
        var tags = new EntityTag[16];
        var gold = new List<TaggedSpan>();
        var predicted = new List<TaggedSpan>();
        foreach (var sentence in sentences)
        {
            var (text, ranges) = Join(sentence.Words);
            if (tags.Length < ranges.Length)
            {
                tags = new EntityTag[ranges.Length * 2];
            }

            var sentenceTags = tags.AsSpan(0, ranges.Length);
            tagger.Tag(text, ranges, sentenceTags);
            gold.Clear();
            predicted.Clear();
            TaggedSpans.InText(sentence.Tags.ToArray(), ranges, text.Length, gold);
            TaggedSpans.InText(sentenceTags, ranges, text.Length, predicted);
            Compare(result, text, gold, predicted);
            result.Tokens += ranges.Length;
        }

        return result;
    }

    /// <summary>
    /// Detokenizes each gold sentence into prose ("Trump 's" → "Trump's"), tokenizes it again with the core's
    /// <see cref="WordTokenizer"/> and compares text spans: the path that article bodies take.
    /// </summary>
    public static EvaluationResult OnProse(EntityTagger tagger, IReadOnlyList<TrainingSentence> sentences)
    {
        var result = new EvaluationResult();
        using var tokens = new RangeBuffer();
        var tags = new EntityTag[16];
        var gold = new List<TaggedSpan>();
        var predicted = new List<TaggedSpan>();
        foreach (var sentence in sentences)
        {
            var text = PtbDetokenizer.Detokenize(string.Join(' ', sentence.Words));
            var goldRanges = Locate(text, sentence.Words);
            if (goldRanges is null)
            {
                result.Skipped++;
                continue;
            }

            WordTokenizer.Tokenize(text, Range.All, tokens);
            if (tags.Length < tokens.Count)
            {
                tags = new EntityTag[tokens.Count * 2];
            }

            var sentenceTags = tags.AsSpan(0, tokens.Count);
            tagger.Tag(text, tokens.Span, sentenceTags);
            gold.Clear();
            predicted.Clear();
            TaggedSpans.InText(sentence.Tags.ToArray(), goldRanges, text.Length, gold);
            TaggedSpans.InText(sentenceTags, tokens.Span, text.Length, predicted);
            Compare(result, text, gold, predicted);
            result.Tokens += tokens.Count;
        }

        return result;
    }

    /// <summary>Finds entities in whole documents (sentence splitting included) and compares text spans.</summary>
    public static EvaluationResult OnDocuments(EntityTagger tagger, IEnumerable<GoldDocument> documents)
    {
        var result = new EvaluationResult();
        var predicted = new List<TaggedSpan>();
        foreach (var document in documents)
        {
            predicted.Clear();
            tagger.FindEntities(document.Text, predicted);
            Compare(result, document.Text, document.Entities, predicted);
        }

        return result;
    }

    /// <summary>
    /// The combined recognizer (tagger and rules, <see cref="EntityExtractor"/>) on each detokenized gold sentence, one
    /// sentence per document: the corpus has no document boundaries, so the article-level pass sees one sentence.
    /// </summary>
    public static EvaluationResult OnProseWithRules(EntityTagger tagger, IReadOnlyList<TrainingSentence> sentences)
    {
        var result = new EvaluationResult();
        var gold = new List<TaggedSpan>();
        var predicted = new List<TaggedSpan>();
        foreach (var sentence in sentences)
        {
            var text = PtbDetokenizer.Detokenize(string.Join(' ', sentence.Words));
            var goldRanges = Locate(text, sentence.Words);
            if (goldRanges is null)
            {
                result.Skipped++;
                continue;
            }

            gold.Clear();
            predicted.Clear();
            TaggedSpans.InText(sentence.Tags.ToArray(), goldRanges, text.Length, gold);
            gold.RemoveAll(static span => span.Type == EntityTagType.Date);
            AddSpans(EntityExtractor.Extract(text, null, tagger), predicted);
            Compare(result, text, gold, predicted);
            result.Tokens += sentence.Words.Count;
        }

        return result;
    }

    /// <summary>
    /// The whole article pipeline on each gold document: <see cref="ArticleAnalyzer"/> analyzes the text as a plain-text
    /// file (forced, so the body is the text as given and the gold offsets hold), and every span of every
    /// <see cref="ExtractedEntity"/> is a prediction.
    /// </summary>
    /// <exception cref="InvalidDataException">The analyzer changed a document's text, so its offsets are not the gold's.</exception>
    public static EvaluationResult OnPipeline(IEnumerable<GoldDocument> documents)
    {
        var analyzer = new ArticleAnalyzer();
        var result = new EvaluationResult();
        var predicted = new List<TaggedSpan>();
        foreach (var document in documents)
        {
            var analysis = analyzer.AnalyzeFile(document.Text, null, ArticleFormat.Text).Entries[0].Analysis
                ?? throw new InvalidDataException("the analyzer found no article in a gold document");
            if (!string.Equals(analysis.Document.Body, document.Text, StringComparison.Ordinal))
            {
                throw new InvalidDataException("the analyzer's body differs from a gold document's text, so the offsets do not line up; annotate the body that pipeline inspect --as text --json prints");
            }

            predicted.Clear();
            AddSpans(analysis.Entities, predicted);
            Compare(result, document.Text, document.Entities, predicted);
        }

        return result;
    }

    private static void AddSpans(IReadOnlyList<ExtractedEntity> entities, List<TaggedSpan> output)
    {
        foreach (var entity in entities)
        {
            var type = entity.Type switch
            {
                EntityType.Person => EntityTagType.Person,
                EntityType.Organization => EntityTagType.Organization,
                EntityType.Location => EntityTagType.Location,
                _ => EntityTagType.Misc,
            };
            foreach (var span in entity.Spans)
            {
                output.Add(new TaggedSpan(span.Start, span.End, type));
            }
        }
    }

    public static (string Text, Range[] Ranges) Join(IReadOnlyList<string> words)
    {
        var text = string.Join(' ', words);
        var ranges = new Range[words.Count];
        var position = 0;
        for (var i = 0; i < words.Count; i++)
        {
            ranges[i] = position..(position + words[i].Length);
            position += words[i].Length + 1;
        }

        return (text, ranges);
    }

    /// <summary>Where each word landed in the detokenized text, or null when a word was rewritten (PTB brackets).</summary>
    private static Range[]? Locate(string text, IReadOnlyList<string> words)
    {
        var ranges = new Range[words.Count];
        var position = 0;
        for (var i = 0; i < words.Count; i++)
        {
            while (position < text.Length && text[position] == ' ')
            {
                position++;
            }

            if (string.CompareOrdinal(text, position, words[i], 0, words[i].Length) != 0)
            {
                return null;
            }

            ranges[i] = position..(position + words[i].Length);
            position += words[i].Length;
        }

        return ranges;
    }

    private static void Compare(EvaluationResult result, string text, IReadOnlyCollection<TaggedSpan> gold, IReadOnlyCollection<TaggedSpan> predicted)
    {
        result.Units++;
        result.Scorer.Add(gold, predicted);
        var missedGold = gold.Except(predicted).ToList();
        foreach (var prediction in predicted.Except(gold))
        {
            var index = missedGold.FindIndex(g => g.Start < prediction.End && prediction.Start < g.End);
            if (index < 0)
            {
                Record(result, $"spurious {Name(prediction)}", text, null, prediction);
                continue;
            }

            var overlapping = missedGold[index];
            missedGold.RemoveAt(index);
            var sameSpan = overlapping.Start == prediction.Start && overlapping.End == prediction.End;
            var category = sameSpan ? $"wrong type {Name(overlapping)}->{Name(prediction)}"
                : overlapping.Type == prediction.Type ? $"wrong boundary {Name(overlapping)}"
                : $"wrong boundary and type {Name(overlapping)}->{Name(prediction)}";
            Record(result, category, text, overlapping, prediction);
        }

        foreach (var missed in missedGold)
        {
            Record(result, $"missed {Name(missed)}", text, missed, null);
        }
    }

    private static void Record(EvaluationResult result, string category, string text, TaggedSpan? gold, TaggedSpan? predicted)
    {
        result.Categories[category] = result.Categories.GetValueOrDefault(category) + 1;
        var at = (gold ?? predicted)!.Value;
        result.Disagreements.Add(new Disagreement(category, Around(text, at.Start, at.End), Show(text, gold), Show(text, predicted)));
    }

    // The span's line, cut to a window around it: a sentence of the corpus, or a stretch of a document.
    private static string Around(string text, int start, int end)
    {
        const int Window = 90;
        var lineStart = text.LastIndexOf('\n', Math.Max(0, start - 1)) + 1;
        var lineEnd = text.IndexOf('\n', end);
        lineEnd = lineEnd < 0 ? text.Length : lineEnd;
        var from = Math.Max(lineStart, start - Window);
        var to = Math.Min(lineEnd, end + Window);
        return (from > lineStart ? "…" : string.Empty) + text[from..to] + (to < lineEnd ? "…" : string.Empty);
    }

    private static string Name(TaggedSpan span) => EntityTags.Name(span.Type);

    private static string? Show(string text, TaggedSpan? span) =>
        span is { } s ? $"{EntityTags.Name(s.Type)} \"{text[s.Start..s.End]}\"" : null;
}
