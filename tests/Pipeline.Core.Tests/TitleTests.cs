namespace Pipeline.Core.Tests;

public sealed class TitleTests
{
    private static readonly ArticleAnalyzer Analyzer = new();

    [Fact]
    public void Short_first_line_without_a_period_is_the_headline()
    {
        var document = Analyzer.Analyze("ICE plans raids in 10 cities\nImmigration officials said on Friday that the raids would begin.").Document;

        Assert.Equal("ICE plans raids in 10 cities", document.Title);
        Assert.Equal("Immigration officials said on Friday that the raids would begin.", document.Body);
    }

    [Fact]
    public void Short_first_sentence_becomes_the_title_without_its_period()
    {
        var document = Analyzer.Analyze("Mayors objected to the raids.\n\nThey said so on Friday.").Document;

        Assert.Equal("Mayors objected to the raids", document.Title);
        Assert.StartsWith("Mayors objected to the raids.", document.Body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Seeds.Ptb, "Immigration and Customs Enforcement is pressing forward to arrest and deport families with court-ordered removals in 10\u2026")]
    [InlineData(Seeds.Scraped, "The Trump administration is considering deporting migrant families with court-ordered removals, a move that senior\u2026")]
    [InlineData(Seeds.Prose, "Donald Trump has vowed to begin the largest mass deportations in U.S. history on his first day as president, with an\u2026")]
    public void Long_first_sentence_is_cut_on_a_word_boundary_without_the_dateline(string seed, string expected)
    {
        var title = Analyzer.Analyze(Seeds.Text(seed)).Document.Title;

        Assert.Equal(expected, title);
        Assert.True(title.Length <= 121, $"title is {title.Length} characters");
    }
}
