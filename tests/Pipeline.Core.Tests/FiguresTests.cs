namespace Pipeline.Core.Tests;

public sealed class FiguresTests
{
    private static readonly ArticleAnalyzer Analyzer = new();

    [Fact]
    public void Counts_words_sentences_paragraphs_and_characters_of_the_body()
    {
        const string text = "Officials met on Friday -- briefly. They left at 5 p.m. sharp.\n\nMayors objected: \"No!\"";
        var analysis = Analyzer.Analyze(text);

        Assert.Equal(text, analysis.Document.Body);
        Assert.Equal(14, analysis.Figures.Words);
        Assert.Equal(3, analysis.Figures.Sentences);
        Assert.Equal(2, analysis.Figures.Paragraphs);
        Assert.Equal(text.Length, analysis.Figures.Characters);
    }

    [Fact]
    public void Surrogate_pairs_count_as_one_character()
    {
        const string text = "Fans cheered \U0001F389 loudly.";
        Assert.Equal(text.Length - 1, Analyzer.Analyze(text).Figures.Characters);
    }

    [Theory]
    [InlineData(Seeds.Ptb, 1431, 36)]
    [InlineData(Seeds.Scraped, 623, 18)]
    [InlineData(Seeds.Prose, 1393, 39)]
    public void Seed_figures(string seed, int words, int paragraphs)
    {
        var figures = Analyzer.Analyze(Seeds.Text(seed)).Figures;

        Assert.Equal(words, figures.Words);
        Assert.Equal(paragraphs, figures.Paragraphs);
    }
}
