using System.Diagnostics;
using System.Globalization;
using Pipeline.Core.Extraction.Tagging;

namespace Pipeline.Training;

/// <summary>
/// <c>eval-ner</c>: exact-span P/R/F1 of the embedded model (or <c>--model</c>) on the corpus's dev split, on the corpus
/// tokens, on the detokenized prose, and for the combined recognizer (tagger and rules) on that prose; or on a
/// hand-annotated <c>--gold</c> file (CoNLL or JSON Lines), where <c>--pipeline</c> scores the whole article pipeline
/// (<c>ArticleAnalyzer</c> to entity spans) instead of the tagger alone.
/// </summary>
internal static class EvalCommand
{
    public static int Run(Options options)
    {
        var clock = Stopwatch.StartNew();
        var tagger = LoadTagger(options.Text("model"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"model loaded in {clock.Elapsed.TotalMilliseconds:0} ms"));
        var errors = options.Number("errors", 0);
        var gold = options.Text("gold");
        if (gold is not null && (gold.EndsWith(".jsonl", StringComparison.OrdinalIgnoreCase) || gold.EndsWith(".json", StringComparison.OrdinalIgnoreCase)))
        {
            var documents = GoldDocument.ReadJsonLines(gold);
            var pipeline = options.Flag("pipeline");
            if (pipeline && options.Text("model") is not null)
            {
                throw new UsageException("--pipeline scores the article pipeline, which uses the embedded model; drop --model");
            }

            var result = pipeline ? Evaluation.OnPipeline(documents) : Evaluation.OnDocuments(tagger, documents);
            Console.WriteLine($"{gold}: {documents.Count} documents, text spans, {(pipeline ? "the whole article pipeline (ArticleAnalyzer, --as text)" : "the tagger alone (FindEntities)")}");
            Report.Scores(result.Scorer, Console.Out);
            Report.Disagreements(result, errors, Console.Out);
            return 0;
        }

        var path = gold ?? Path.Combine(options.Text("data", Repository.DefaultData), "dev.conll.gz");
        var sentences = Conll.Read(path);
        clock.Restart();
        var onTokens = Evaluation.OnTokens(tagger, sentences);
        var seconds = clock.Elapsed.TotalSeconds;
        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"{path}: {sentences.Count} sentences, {onTokens.Tokens} tokens as given (tagged in {seconds:0.00} s)"));
        Report.Scores(onTokens.Scorer, Console.Out);

        var onProse = Evaluation.OnProse(tagger, sentences);
        Console.WriteLine();
        Console.WriteLine($"the same sentences detokenized to prose and tokenized again by WordTokenizer ({onProse.Skipped} skipped):");
        Report.Scores(onProse.Scorer, Console.Out);

        clock.Restart();
        var withRules = Evaluation.OnProseWithRules(tagger, sentences);
        Console.WriteLine();
        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"the combined recognizer (tagger and rules, one sentence per document; DATE is not an entity there) on that prose ({clock.Elapsed.TotalSeconds:0.00} s):"));
        Report.Scores(withRules.Scorer, Console.Out);
        Report.Disagreements(options.Flag("rules-errors") ? withRules : onTokens, errors, Console.Out);
        return 0;
    }

    private static EntityTagger LoadTagger(string? path)
    {
        if (path is null)
        {
            return EntityTagger.Default;
        }

        using var stream = File.OpenRead(path);
        return EntityTagger.Load(stream);
    }
}
