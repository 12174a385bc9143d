using Pipeline.Training.Stats;

namespace Pipeline.Core.Tests.Statistics;

/// <summary>Keeps the statistics stage's scores on the hand-annotated gold set above the issue's targets.</summary>
public class StatisticsGoldTests
{
    private static readonly Lazy<StatsScores> Scores = new(() =>
    {
        var gold = Path.Combine(AppContext.BaseDirectory, "Gold", "statistics.jsonl");
        return StatsScorer.Score(GoldPassage.ReadJsonLines(gold), Path.GetDirectoryName(Seeds.Path(Seeds.Prose))!);
    });

    [Theory]
    [InlineData("MONEY", 0.95)]
    [InlineData("PERCENT", 0.95)]
    [InlineData("CARDINAL", 0.90)]
    [InlineData("QUANTITY", 0.90)]
    [InlineData("DATE", 0.90)]
    [InlineData("ORDINAL", 0.90)]
    [InlineData("QUOTE", 0.90)]
    public void Exact_span_F1_meets_the_target(string kind, double target)
    {
        var score = Scores.Value.Kinds[kind];
        Assert.True(score.F1 >= target, $"{kind} F1 {score.F1:0.000} < {target}: {string.Join("; ", Scores.Value.Errors)}");
    }

    [Theory]
    [InlineData("MONEY")]
    [InlineData("PERCENT")]
    [InlineData("QUANTITY")]
    [InlineData("CARDINAL")]
    [InlineData("ORDINAL")]
    [InlineData("DATE")]
    [InlineData("TIME")]
    public void Every_correctly_found_span_has_the_right_value(string kind)
    {
        var score = Scores.Value.Kinds[kind];
        Assert.Equal(score.TruePositives, score.ValuesRight);
    }

    [Fact]
    public void Quote_speakers_are_mostly_right()
    {
        Assert.True(Scores.Value.Kinds["QUOTE"].ValueAccuracy >= 0.85, string.Join("; ", Scores.Value.Errors));
    }

    [Fact]
    public void The_gold_set_covers_the_seeds_and_thirty_passages()
    {
        Assert.True(Scores.Value.Passages >= 33);
    }
}
