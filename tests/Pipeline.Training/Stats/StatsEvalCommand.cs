using System.Globalization;

namespace Pipeline.Training.Stats;

/// <summary>
/// <c>eval-stats</c>: exact-span and value precision/recall/F1 per kind of the statistics stage (figures, dates,
/// quotes) on the hand-annotated gold set, plus agreement on the figures' attributes.
/// <code>dotnet run -c Release --project tests/Pipeline.Training -- eval-stats [--gold FILE] [--errors N]</code>
/// </summary>
internal static class StatsEvalCommand
{
    public static int Run(Options options)
    {
        var root = Repository.Root();
        var goldPath = options.Text("gold") ?? Path.Combine(root, "tests", "Pipeline.Core.Tests", "Gold", "statistics.jsonl");
        var passages = GoldPassage.ReadJsonLines(goldPath);
        var scores = StatsScorer.Score(passages, Path.Combine(root, "seeds"));
        Console.WriteLine($"{goldPath}: {scores.Passages} passages");
        Write(scores, Console.Out);
        var errors = options.Number("errors", 0);
        foreach (var error in scores.Errors.Take(errors))
        {
            Console.WriteLine(error);
        }

        return 0;
    }

    public static void Write(StatsScores scores, TextWriter output)
    {
        output.WriteLine("| kind | gold | found | P | R | F1 | value right |");
        output.WriteLine("|---|---:|---:|---:|---:|---:|---:|");
        foreach (var kind in StatsScorer.KindOrder)
        {
            if (!scores.Kinds.TryGetValue(kind, out var s))
            {
                continue;
            }

            output.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"| {kind} | {s.TruePositives + s.FalseNegatives} | {s.TruePositives + s.FalsePositives} | {s.Precision:0.000} | {s.Recall:0.000} | {s.F1:0.000} | {s.ValuesRight}/{s.TruePositives} |"));
        }

        output.WriteLine();
        output.WriteLine("| figure attribute (on matched spans) | right |");
        output.WriteLine("|---|---:|");
        foreach (var (name, (right, annotated)) in scores.Attributes.OrderBy(a => a.Key, StringComparer.Ordinal))
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {name} | {right}/{annotated} |"));
        }
    }
}
