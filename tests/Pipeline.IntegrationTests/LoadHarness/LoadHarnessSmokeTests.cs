using Pipeline.Core;
using Pipeline.Core.Model;
using Pipeline.LoadTests.Corpus;
using Pipeline.LoadTests.Measurement;
using Xunit.Abstractions;

namespace Pipeline.IntegrationTests.LoadHarness;

/// <summary>
/// Keeps the load harness (tests/Pipeline.LoadTests, run by hand; see docs/benchmarks.md) from rotting: its corpus is
/// deterministic and reads as the articles it claims to be, and its percentiles are right.
/// </summary>
public sealed class LoadHarnessSmokeTests(ITestOutputHelper output)
{
    [Fact]
    public void Generate_is_deterministic_for_a_seed_and_article_i_does_not_depend_on_how_many_are_asked_for()
    {
        var first = new ArticleGenerator(7).Generate(30).ToList();
        var again = new ArticleGenerator(7).Generate(30).ToList();
        var tail = new ArticleGenerator(7).Generate(10, firstIndex: 20).ToList();
        var other = new ArticleGenerator(8).Generate(30).ToList();

        Assert.Equal(first.Select(a => a.Text), again.Select(a => a.Text));
        Assert.Equal(first.Skip(20).Select(a => a.Text), tail.Select(a => a.Text));
        Assert.Equal(first.Select(a => a.Name), first.Select(a => a.Name).Distinct());
        Assert.All(first.Zip(other), pair => Assert.NotEqual(pair.First.Text, pair.Second.Text));
    }

    [Fact]
    public void Generated_articles_parse_with_their_title_source_date_and_the_entities_put_in_them()
    {
        var analyzer = new ArticleAnalyzer();
        var articles = new ArticleGenerator(1).Generate(60).ToList();
        int people = 0, peopleFound = 0, organizations = 0, organizationsFound = 0, places = 0, placesFound = 0;
        var withSource = 0;
        var entityCounts = new List<int>();
        foreach (var article in articles)
        {
            var file = analyzer.AnalyzeFile(article.Text, article.Name);
            Assert.Equal(ArticleFormat.Text, file.Format);
            var analysis = Assert.Single(file.Entries).Analysis;
            Assert.NotNull(analysis);
            Assert.Equal(article.Title, analysis.Document.Title);
            Assert.InRange(analysis.Figures.Words, ArticleGenerator.MinWords, ArticleGenerator.MaxWords + 200);
            if (article.Source is not null)
            {
                withSource++;
                Assert.Equal(article.Source, analysis.Document.Source);
            }

            if (article.PublishedOn is { } day)
            {
                Assert.Equal(day, DateOnly.FromDateTime(analysis.Document.PublishedAt!.Value.UtcDateTime));
            }

            var keys = analysis.Entities.Select(e => e.Key).ToHashSet(StringComparer.Ordinal);
            entityCounts.Add(keys.Count);
            people += article.People.Count;
            peopleFound += article.People.Count(p => keys.Contains("person:" + p.ToLowerInvariant()));
            organizations += article.Organizations.Count;
            organizationsFound += article.Organizations.Count(o => keys.Contains("organization:" + StripArticle(o).ToLowerInvariant()));
            places += article.Places.Count;
            placesFound += article.Places.Count(p => keys.Any(k => k.EndsWith(":" + p.ToLowerInvariant(), StringComparison.Ordinal)));
        }

        output.WriteLine($"people {peopleFound}/{people}, organizations {organizationsFound}/{organizations}, places {placesFound}/{places}, " +
            $"{withSource} with a source, entities per article {entityCounts.Average():F1} ({entityCounts.Min()}-{entityCounts.Max()})");

        // The extractor is statistical; the corpus must still carry the entities it was built with, nearly all of them.
        Assert.InRange(peopleFound, people * 9 / 10, people);
        Assert.InRange(organizationsFound, organizations * 8 / 10, organizations);
        Assert.InRange(placesFound, places * 8 / 10, places);
        Assert.InRange(withSource, articles.Count / 2, articles.Count);
        Assert.InRange(entityCounts.Average(), 10, 60);
    }

    [Fact]
    public void Entities_follow_a_zipf_law_so_a_few_are_hot_and_most_are_rare()
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var article in new ArticleGenerator(3).Generate(400))
        {
            foreach (var person in article.People)
            {
                counts[person] = counts.GetValueOrDefault(person) + 1;
            }
        }

        var ranked = counts.Values.OrderDescending().ToList();
        Assert.True(ranked[0] > 100, $"the hottest person is in {ranked[0]} of 400 articles");
        Assert.True(ranked.Count(c => c <= 3) > ranked.Count / 2, "most people are rare");
    }

    [Theory]
    [InlineData(0.50, 50)]
    [InlineData(0.95, 95)]
    [InlineData(0.99, 99)]
    [InlineData(1.00, 100)]
    [InlineData(0.001, 1)]
    public void Percentiles_of_1_to_100_are_nearest_rank(double fraction, double expected) =>
        Assert.Equal(expected, Percentiles.Of([.. Enumerable.Range(1, 100).Select(i => (double)i)], fraction));

    [Fact]
    public void Percentiles_of_a_short_series_pick_the_nearest_rank_and_summaries_sort_first()
    {
        double[] sorted = [15, 20, 35, 40, 50];
        Assert.Equal(20, Percentiles.Of(sorted, 0.30));
        Assert.Equal(20, Percentiles.Of(sorted, 0.40));
        Assert.Equal(35, Percentiles.Of(sorted, 0.50));
        Assert.Equal(50, Percentiles.Of(sorted, 0.99));
        Assert.True(double.IsNaN(Percentiles.Of([], 0.5)));

        var summary = Percentiles.Summarize([50, 15, 40, 20, 35]);
        Assert.Equal((5, 35.0, 50.0, 50.0, 50.0, 32.0), (summary.Count, summary.P50, summary.P95, summary.P99, summary.Max, summary.Mean));
    }

    private static string StripArticle(string name) => name.StartsWith("the ", StringComparison.Ordinal) ? name[4..] : name;
}
