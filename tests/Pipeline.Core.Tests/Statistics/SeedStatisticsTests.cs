using Pipeline.Core.Model;

namespace Pipeline.Core.Tests.Statistics;

/// <summary>The "done when" list, on the seed articles as the analyzer reads them.</summary>
public class SeedStatisticsTests
{
    private static ArticleAnalysis Analyze(string seed) =>
        new ArticleAnalyzer().AnalyzeFile(Seeds.Text(seed), seed).Entries[0].Analysis!;

    private static NumericFact Fact(ArticleAnalysis analysis, string text) => Assert.Single(analysis.Statistics, f => f.Text == text);

    [Fact]
    public void Deportations_in_fiscal_year_2018_are_counted_with_source_and_time()
    {
        var fact = Fact(Analyze(Seeds.Ptb), "256,085");
        Assert.Equal(NumericKind.Cardinal, fact.Kind);
        Assert.Equal(256085, fact.Value);
        Assert.Equal("people", fact.Counts);
        Assert.Equal("ICE", fact.Source);
        Assert.Equal("organization:immigration and customs enforcement", fact.SourceKey);
        Assert.Equal("fiscal year 2018", fact.Time);
        Assert.Equal("FY2018", fact.TimeValue);
    }

    [Fact]
    public void The_budget_request_is_money_in_dollars()
    {
        var fact = Fact(Analyze(Seeds.Ptb), "$4.5 billion");
        Assert.Equal(NumericKind.Money, fact.Kind);
        Assert.Equal(4.5e9, fact.Value);
        Assert.Equal("USD", fact.Currency);
    }

    [Fact]
    public void The_thirteen_percent_increase_is_a_change()
    {
        var fact = Fact(Analyze(Seeds.Ptb), "13%");
        Assert.Equal(NumericKind.Percent, fact.Kind);
        Assert.Equal(13, fact.Value);
        Assert.Equal(NumericRelation.Change, fact.Relation);
        Assert.Equal("increase", fact.Direction);
        Assert.Equal("about", fact.Qualifier);
        Assert.Equal("FY2017/FY2018", fact.TimeValue);
    }

    [Fact]
    public void Detention_beds_and_people_without_status_are_counted()
    {
        var analysis = Analyze(Seeds.Prose);
        var beds = Fact(analysis, "100,000");
        Assert.Equal("detention beds", beds.Counts);
        Assert.Equal("at least", beds.Qualifier);
        var people = Fact(analysis, "11 million");
        Assert.Equal(1.1e7, people.Value);
        Assert.Equal("people", people.Counts);
        var range = Fact(analysis, "70 to 75 percent");
        Assert.Equal((70d, 75d), (range.Value, range.UpperValue!.Value));
        Assert.Equal(NumericRelation.Range, range.Relation);
        var ratio = Fact(analysis, "one");
        Assert.Equal(NumericRelation.Ratio, ratio.Relation);
        Assert.Equal(7000, ratio.Per);
    }

    [Fact]
    public void Mark_Morgans_quotes_are_attributed_to_him()
    {
        var quotes = Analyze(Seeds.Ptb).Quotes.Where(q => q.SpeakerKey == "person:mark morgan").Select(q => q.Text).ToList();
        Assert.Contains("If you're here illegally, then you should be removed,", quotes);
        Assert.Contains("And in this case, that includes families.", quotes);
        Assert.Contains("Our goal is not to separate families.", quotes);
    }

    [Fact]
    public void Text_figures_include_reading_time_readability_and_counts()
    {
        var analysis = Analyze(Seeds.Prose);
        var figures = analysis.Figures;
        Assert.Equal(Math.Round(figures.Words / 238.0, 1), figures.ReadingMinutes);
        Assert.Equal(Math.Round((double)figures.Words / figures.Sentences, 1), figures.MeanSentenceLength);
        Assert.InRange(figures.QuotedShare, 0.05, 0.5);
        Assert.Equal(analysis.Statistics.Count, figures.NumericFacts);
        Assert.Equal(analysis.Dates.Count, figures.DateMentions);
        Assert.Equal(analysis.Quotes.Count, figures.Quotations);
        Assert.Equal(analysis.Entities.Count, figures.DistinctEntities);
        Assert.NotNull(figures.ReadingEase);
        Assert.InRange(figures.ReadingEase!.Value, 0, 100);
    }
}
