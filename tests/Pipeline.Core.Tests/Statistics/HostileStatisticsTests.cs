using System.Text;
using Pipeline.Core.Statistics;

namespace Pipeline.Core.Tests.Statistics;

/// <summary>Hostile bodies: the statistics pass finishes without exceptions and with output bounded by the input.</summary>
public class HostileStatisticsTests
{
    private static void Survives(string body)
    {
        var (facts, dates, quotes) = StatisticsStage.Extract(body, new DateOnly(2020, 1, 1), []);
        Assert.True(facts.Count + dates.Count + quotes.Count <= body.Length);
        Assert.All(facts, f => Assert.True(f.Start >= 0 && f.End <= body.Length && f.Start < f.End && double.IsFinite(f.Value)));
        Assert.All(quotes, q => Assert.True(q.Start >= 0 && q.End <= body.Length));
    }

    [Fact]
    public void Ten_thousand_digits_are_not_a_figure()
    {
        var body = "They counted " + new string('9', 10_000) + " people.";
        Survives(body);
        Assert.Empty(StatisticsStage.Extract(body, null, []).Statistics);
    }

    [Fact]
    public void Huge_numbers_with_scales_stay_finite()
    {
        Survives("It cost $999,999,999,999,999,999 trillion trillion and 1e308 billion billion.");
        Survives(string.Concat(Enumerable.Repeat("9,999,999 billion ", 5_000)));
    }

    [Fact]
    public void A_megabyte_without_punctuation_is_handled()
    {
        var builder = new StringBuilder();
        var words = new[] { "about", "12", "million", "people", "in", "April", "said", "officials", "one", "for", "every", "7000", "cases" };
        for (var i = 0; builder.Length < 1_000_000; i++)
        {
            builder.Append(words[i % words.Length]).Append(' ');
        }

        Survives(builder.ToString());
    }

    [Fact]
    public void Unbalanced_and_endless_quote_marks_are_handled()
    {
        Survives(new string('"', 100_000));
        Survives(string.Concat(Enumerable.Repeat("\u201C said Smith \"\n\n\"", 20_000)));
        Survives("\"" + string.Concat(Enumerable.Repeat("open quote that never closes ", 30_000)));
    }

    [Fact]
    public void Symbol_floods_are_handled()
    {
        Survives(string.Concat(Enumerable.Repeat("$-€£%:.,-", 100_000)));
        Survives(string.Concat(Enumerable.Repeat("1-2-3-4-5/6:7 ", 50_000)));
        Survives(string.Concat(Enumerable.Repeat("January 1, ", 50_000)));
    }
}
