namespace Pipeline.Core.Tests;

public sealed class PageCleaningTests
{
    private static readonly ArticleAnalyzer Analyzer = new();

    [Fact]
    public void Scraped_seed_starts_at_the_dateline_after_the_playlist()
    {
        var body = Analyzer.Analyze(Seeds.Text(Seeds.Scraped)).Document.Body;

        Assert.StartsWith("(CNN) \u2014 The Trump administration is considering deporting migrant families", body, StringComparison.Ordinal);
        Assert.EndsWith("because they did not attend their immigration hearings.", body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Now playing")]
    [InlineData("Getty Images")]
    [InlineData("(Photo by")]
    [InlineData("02:19")]
    [InlineData(".png")]
    [InlineData("Murkowski")]
    [InlineData("Chauvin")]
    public void Scraped_seed_body_has_no_playlist_residue(string residue)
    {
        var body = Analyzer.Analyze(Seeds.Text(Seeds.Scraped)).Document.Body;
        Assert.DoesNotContain(residue, body, StringComparison.Ordinal);
    }

    [Fact]
    public void Scraped_seed_keeps_its_blank_line_paragraphs()
    {
        var analysis = Analyzer.Analyze(Seeds.Text(Seeds.Scraped));
        Assert.Equal(18, analysis.Figures.Paragraphs);
        Assert.DoesNotContain("\n\n\n", analysis.Document.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void Playlist_lines_are_dropped_even_without_a_dateline()
    {
        const string page = """
            Biden speaks from the Treaty Room in the White House on April 14, 2021 in Washington, DC.
            Andrew Harnik/Pool/Getty Images
            Biden speaks from the Treaty Room in the White House on April 14, 2021 in Washington, DC.
            Now playing
            02:59
            gun laws shootings Comer pamela brown nr vpx _00015627.png
            Evan Vucci/AP
            CNN
            The mayor said the city would not cooperate with the raids.
            """;

        var body = Analyzer.Analyze(page).Document.Body;

        Assert.Equal(
            "Biden speaks from the Treaty Room in the White House on April 14, 2021 in Washington, DC.\n\nThe mayor said the city would not cooperate with the raids.",
            body);
    }

    [Fact]
    public void A_short_line_between_two_copies_of_a_caption_is_a_credit()
    {
        const string page = """
            Two children were rescued by Border Patrol agents in the Rio Grande, officials said.
            U.S. Border Patrol
            Two children were rescued by Border Patrol agents in the Rio Grande, officials said.
            The agents took them into custody.
            """;

        var body = Analyzer.Analyze(page).Document.Body;

        Assert.DoesNotContain("U.S. Border Patrol\n", body, StringComparison.Ordinal);
        Assert.Equal(2, body.Split("\n\n").Length);
    }

    [Theory]
    [InlineData("Officials spoke on Friday. (Photo by John Moore/Getty Images)", "Officials spoke on Friday.")]
    [InlineData("Biden spoke at the White House. (AP Photo/Evan Vucci) He left soon after.", "Biden spoke at the White House. He left soon after.")]
    [InlineData("The (small) crowd cheered loudly.", "The (small) crowd cheered loudly.")]
    public void Inline_photo_credits_are_removed(string line, string expected)
    {
        Assert.Equal(expected, Analyzer.Analyze(line).Document.Body);
    }

    [Fact]
    public void Stray_boilerplate_fragment_after_a_sentence_is_dropped()
    {
        var body = Analyzer.Analyze(Seeds.Text(Seeds.Prose)).Document.Body;

        Assert.DoesNotContain("Start execution", body, StringComparison.Ordinal);
        Assert.StartsWith("Donald Trump has vowed to begin the largest mass deportations", body, StringComparison.Ordinal);
        Assert.Contains("takes the oath of office on Monday.\"\n\nBut immigration experts", body, StringComparison.Ordinal);
    }

    [Fact]
    public void Stray_period_after_a_closing_quote_is_dropped()
    {
        var body = Analyzer.Analyze(Seeds.Text(Seeds.Prose)).Document.Body;
        Assert.Contains("third-country nationals.\"\n\nMost of the deportees", body, StringComparison.Ordinal);
    }

    [Fact]
    public void Hard_wrapped_lines_are_joined_into_one_paragraph()
    {
        const string text = "Officials said the operation would begin\non Sunday in ten cities.\n\nMayors objected.";
        Assert.Equal("Officials said the operation would begin on Sunday in ten cities.\n\nMayors objected.", Analyzer.Analyze(text).Document.Body);
    }

    [Fact]
    public void Whitespace_is_normalized()
    {
        const string text = "  Officials\u00A0said  the\tplan\r\nwas ready.  \r\n\r\n\r\n\r\nMayors   objected.  ";
        Assert.Equal("Officials said the plan was ready.\n\nMayors objected.", Analyzer.Analyze(text).Document.Body);
    }
}
