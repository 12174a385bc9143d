using Pipeline.Core.Extraction.Tagging;
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
        result.Disagreements.Add(new Disagreement(category, text, Show(text, gold), Show(text, predicted)));
    }

    private static string Name(TaggedSpan span) => EntityTags.Name(span.Type);

    private static string? Show(string text, TaggedSpan? span) =>
        span is { } s ? $"{EntityTags.Name(s.Type)} \"{text[s.Start..s.End]}\"" : null;
}
