using System.Globalization;
using Pipeline.Core;
using Pipeline.Core.Extraction;
using Pipeline.Core.Model;
using Pipeline.Core.Statistics;

namespace Pipeline.Training.Stats;

/// <summary>Counts for one kind: exact-span matches, and how many matched spans also have the right value.</summary>
internal sealed class KindScore
{
    public int TruePositives { get; set; }

    public int FalsePositives { get; set; }

    public int FalseNegatives { get; set; }

    public int ValuesRight { get; set; }

    public double Precision => TruePositives + FalsePositives == 0 ? 1 : (double)TruePositives / (TruePositives + FalsePositives);

    public double Recall => TruePositives + FalseNegatives == 0 ? 1 : (double)TruePositives / (TruePositives + FalseNegatives);

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    /// <summary>Share of exact-span matches whose value (or, for quotes, speaker) is right.</summary>
    public double ValueAccuracy => TruePositives == 0 ? 1 : (double)ValuesRight / TruePositives;
}

/// <summary>The result of scoring the statistics stage on a gold file.</summary>
internal sealed class StatsScores
{
    public Dictionary<string, KindScore> Kinds { get; } = new(StringComparer.Ordinal);

    /// <summary>Attribute agreement on matched spans where the gold gives the attribute: (right, annotated).</summary>
    public Dictionary<string, (int Right, int Annotated)> Attributes { get; } = new(StringComparer.Ordinal);

    public List<string> Errors { get; } = [];

    public int Passages { get; set; }

    public KindScore this[string kind] => Kinds.TryGetValue(kind, out var score) ? score : Kinds[kind] = new KindScore();
}

/// <summary>
/// Scores figures, dates and quotes against the gold set: exact span and kind for precision/recall/F1, then value
/// (and for quotes, speaker) on every exact match. Seeds are read as the analyzer reads them; passages are bodies as
/// given. Relative dates resolve against the passage's <c>published</c> date.
/// </summary>
internal static class StatsScorer
{
    public static readonly string[] KindOrder = ["MONEY", "PERCENT", "QUANTITY", "CARDINAL", "ORDINAL", "DATE", "TIME", "QUOTE"];

    private static readonly string[] FigureAttributes = ["currency", "unit", "qualifier", "relation", "counts", "source", "time"];

    public static StatsScores Score(IReadOnlyList<GoldPassage> passages, string seedsFolder)
    {
        var scores = new StatsScores();
        var analyzer = new ArticleAnalyzer();
        foreach (var passage in passages)
        {
            var body = passage.Seed is { } seed
                ? analyzer.AnalyzeFile(File.ReadAllText(Path.Combine(seedsFolder, seed)), seed).Entries[0].Analysis!.Document.Body
                : passage.Text ?? throw new InvalidDataException($"{passage.Id}: neither seed nor text");
            passage.Locate(body);
            var entities = EntityExtractor.Extract(body);
            var (figures, dates, quotes) = StatisticsStage.Extract(body, passage.Published, entities);
            var predicted = new List<(string Kind, int Start, int End, object Item)>();
            predicted.AddRange(figures.Select(f => (Name(f.Kind), f.Start, f.End, (object)f)));
            predicted.AddRange(dates.Select(d => (d.Kind == TemporalKind.Time ? "TIME" : "DATE", d.Start, d.End, (object)d)));
            predicted.AddRange(quotes.Select(q => ("QUOTE", q.Start, q.End, (object)q)));
            var matched = new HashSet<int>();
            foreach (var gold in passage.Items)
            {
                var index = predicted.FindIndex(p => p.Kind == gold.Kind && p.Start == gold.Start && p.End == gold.End);
                var score = scores[gold.Kind];
                if (index < 0)
                {
                    score.FalseNegatives++;
                    var near = predicted.FirstOrDefault(p => p.Start < gold.End && gold.Start < p.End);
                    scores.Errors.Add($"{passage.Id}: missed {gold.Kind} '{Clip(gold.Text)}'" + (near.Item is null ? string.Empty : $" (found {near.Kind} '{Clip(body[near.Start..near.End])}')"));
                    continue;
                }

                matched.Add(index);
                score.TruePositives++;
                if (ValueRight(gold, predicted[index].Item, out var got))
                {
                    score.ValuesRight++;
                }
                else
                {
                    scores.Errors.Add($"{passage.Id}: {gold.Kind} '{Clip(gold.Text)}' has value {got}, gold {Expected(gold)}");
                }

                if (predicted[index].Item is NumericFact fact)
                {
                    ScoreAttributes(scores, passage.Id, gold, fact);
                }
            }

            for (var i = 0; i < predicted.Count; i++)
            {
                if (!matched.Contains(i))
                {
                    scores[predicted[i].Kind].FalsePositives++;
                    scores.Errors.Add($"{passage.Id}: spurious {predicted[i].Kind} '{Clip(body[predicted[i].Start..predicted[i].End])}'");
                }
            }

            scores.Passages++;
        }

        return scores;
    }

    public static string Name(NumericKind kind) => kind.ToString().ToUpperInvariant();

    private static bool ValueRight(GoldItem gold, object predicted, out string got)
    {
        switch (predicted)
        {
            case NumericFact fact:
                got = fact.UpperValue is { } upper ? $"{Number(fact.Value)}..{Number(upper)}" : Number(fact.Value);
                var value = double.Parse(gold.Fields["value"]!, CultureInfo.InvariantCulture);
                var upperRight = gold.Fields.TryGetValue("upper", out var goldUpper) && goldUpper is not null
                    ? fact.UpperValue is { } u && Close(u, double.Parse(goldUpper, CultureInfo.InvariantCulture))
                    : fact.UpperValue is null;
                return Close(fact.Value, value) && upperRight;
            case DateMention date:
                got = date.Value ?? "null";
                return string.Equals(date.Value, gold.Fields.GetValueOrDefault("value"), StringComparison.Ordinal);
            case Quotation quote:
                got = quote.Speaker ?? "null";
                return SpeakerRight(gold.Fields.GetValueOrDefault("speaker"), quote.Speaker);
            default:
                got = "?";
                return false;
        }
    }

    /// <summary>The same speaker: equal ignoring case, or one is the other's surname ("Sue" for "Rick Sue").</summary>
    private static bool SpeakerRight(string? gold, string? predicted)
    {
        if (gold is null || predicted is null)
        {
            return gold is null && predicted is null;
        }

        return gold.Equals(predicted, StringComparison.OrdinalIgnoreCase)
            || gold.EndsWith(" " + predicted, StringComparison.OrdinalIgnoreCase)
            || predicted.EndsWith(" " + gold, StringComparison.OrdinalIgnoreCase);
    }

    private static void ScoreAttributes(StatsScores scores, string id, GoldItem gold, NumericFact fact)
    {
        foreach (var name in FigureAttributes)
        {
            if (!gold.Fields.TryGetValue(name, out var expected))
            {
                continue;
            }

            var actual = name switch
            {
                "currency" => fact.Currency,
                "unit" => fact.Unit,
                "qualifier" => fact.Qualifier,
                "relation" => fact.Relation == NumericRelation.None ? null : fact.Relation.ToString(),
                "counts" => fact.Counts,
                "source" => fact.Source,
                _ => fact.Time,
            };
            var right = string.Equals(expected, actual, StringComparison.OrdinalIgnoreCase);
            var (r, n) = scores.Attributes.GetValueOrDefault(name);
            scores.Attributes[name] = (r + (right ? 1 : 0), n + 1);
            if (!right)
            {
                scores.Errors.Add($"{id}: {gold.Kind} '{Clip(gold.Text)}' {name} is '{actual}', gold '{expected}'");
            }
        }
    }

    private static bool Close(double a, double b) => Math.Abs(a - b) <= 1e-9 * Math.Max(1, Math.Abs(b));

    private static string Number(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    private static string Expected(GoldItem gold) =>
        gold.Kind == "QUOTE" ? gold.Fields.GetValueOrDefault("speaker") ?? "null"
        : gold.Fields.TryGetValue("upper", out var upper) && upper is not null ? $"{gold.Fields["value"]}..{upper}"
        : gold.Fields.GetValueOrDefault("value") ?? "null";

    private static string Clip(string text) => text.Length <= 60 ? text.ReplaceLineEndings(" ") : text[..57].ReplaceLineEndings(" ") + "...";
}
