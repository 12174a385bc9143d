using System.Globalization;
using Pipeline.Core.Extraction.Tagging;

namespace Pipeline.Training;

/// <summary>Prints scores and disagreements.</summary>
internal static class Report
{
    public static void Scores(EntityScorer scorer, TextWriter output)
    {
        output.WriteLine("type                 gold   pred      P      R     F1");
        foreach (var type in Enum.GetValues<EntityTagType>())
        {
            Line(EntityTags.Name(type), scorer.Score(type), output);
        }

        Line("micro PER+ORG+LOC", scorer.Micro(EntityScorer.NameTypes), output);
        Line("micro all", scorer.Micro(Enum.GetValues<EntityTagType>()), output);
    }

    public static string Short(EntityScorer scorer)
    {
        var micro = scorer.Micro(EntityScorer.NameTypes);
        return string.Create(
            CultureInfo.InvariantCulture,
            $"micro PER+ORG+LOC P {micro.Precision:0.0000} R {micro.Recall:0.0000} F1 {micro.F1:0.0000} | PER {scorer.Score(EntityTagType.Person).F1:0.000} ORG {scorer.Score(EntityTagType.Organization).F1:0.000} LOC {scorer.Score(EntityTagType.Location).F1:0.000} MISC {scorer.Score(EntityTagType.Misc).F1:0.000} DATE {scorer.Score(EntityTagType.Date).F1:0.000}");
    }

    public static void Disagreements(EvaluationResult result, int limit, TextWriter output)
    {
        output.WriteLine();
        output.WriteLine("disagreements by category:");
        foreach (var (category, count) in result.Categories.OrderByDescending(pair => pair.Value))
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {count,6}  {category}"));
        }

        if (limit <= 0)
        {
            return;
        }

        output.WriteLine();
        output.WriteLine($"first {Math.Min(limit, result.Disagreements.Count)} disagreements:");
        foreach (var disagreement in result.Disagreements.Take(limit))
        {
            output.WriteLine($"- {disagreement.Category}: gold {disagreement.Gold ?? "-"} | predicted {disagreement.Predicted ?? "-"}");
            output.WriteLine($"    {disagreement.Context}");
        }
    }

    private static void Line(string name, EntityScore score, TextWriter output) =>
        output.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"{name,-18} {score.Gold,7} {score.Predicted,6} {score.Precision,6:0.0000} {score.Recall,6:0.0000} {score.F1,6:0.0000}"));
}
