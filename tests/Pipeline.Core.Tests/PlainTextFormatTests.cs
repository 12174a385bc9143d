using Pipeline.Core.Model;
using Pipeline.Core.Parsing;

namespace Pipeline.Core.Tests;

public sealed class PlainTextFormatTests
{
    [Theory]
    [InlineData(Seeds.Ptb)]
    [InlineData(Seeds.Scraped)]
    [InlineData(Seeds.Prose)]
    public void Forced_text_body_is_the_input_exactly(string seed)
    {
        var raw = Seeds.Text(seed);
        var (document, format) = PlainTextParser.Parse(raw, ArticleFormat.Text);

        Assert.Equal(ArticleFormat.Text, format);
        Assert.Equal(raw, document.Body);
        Assert.False(string.IsNullOrWhiteSpace(document.Title));
    }

    [Fact]
    public void Forced_text_keeps_whitespace_furniture_and_tokens_but_still_derives_a_title()
    {
        const string raw = "  Raids to begin Sunday\r\nNow playing\n02:19\n( CNN ) Officials said , `` soon . ''  \n";
        var (document, _) = PlainTextParser.Parse(raw, ArticleFormat.Text);

        Assert.Equal(raw, document.Body);
        Assert.Equal("Raids to begin Sunday", document.Title);
    }

    [Fact]
    public void Forced_text_of_only_furniture_still_has_a_body()
    {
        const string raw = "Now playing\n02:19";
        var (document, _) = PlainTextParser.Parse(raw, ArticleFormat.Text);

        Assert.Equal(raw, document.Body);
        Assert.Equal("Now playing", document.Title);
    }

    [Fact]
    public void Forced_text_without_letters_or_digits_has_no_article()
    {
        var error = Assert.Throws<ArticleFormatException>(() => PlainTextParser.Parse("-- ... --", ArticleFormat.Text));
        Assert.Equal(ArticleErrorCode.NoArticleText, error.Code);
    }

    [Fact]
    public void Page_furniture_alone_is_no_article_text_by_code_too()
    {
        var error = Assert.Throws<ArticleFormatException>(() => PlainTextParser.Parse("Now playing\n02:19\nJohn Moore/Getty Images", null));
        Assert.Equal(ArticleErrorCode.NoArticleText, error.Code);
    }

    [Fact]
    public void Forced_tokenized_detokenizes_what_detection_would_leave()
    {
        const string text = "Officials said `` no '' on Friday .";
        Assert.Equal(ArticleFormat.Text, PlainTextParser.Parse(text, null).Format);

        var (document, format) = PlainTextParser.Parse(text, ArticleFormat.Tokenized);

        Assert.Equal(ArticleFormat.Tokenized, format);
        Assert.Equal("Officials said \"no\" on Friday.", document.Body);
    }

    [Fact]
    public void Forced_scraped_cuts_at_the_dateline_after_a_single_furniture_line()
    {
        const string page = "A dog was rescued from the river by firefighters.\nNow playing\n(CNN) \u2014 The raids begin on Sunday, officials said.\n\nMayors objected.";

        var auto = PlainTextParser.Parse(page, null).Document;
        var (scraped, format) = PlainTextParser.Parse(page, ArticleFormat.Scraped);

        Assert.StartsWith("A dog was rescued", auto.Body, StringComparison.Ordinal);
        Assert.Equal(ArticleFormat.Scraped, format);
        Assert.Equal("(CNN) \u2014 The raids begin on Sunday, officials said.\n\nMayors objected.", scraped.Body);
    }

    [Fact]
    public void Forced_scraped_does_not_detokenize()
    {
        var (document, _) = PlainTextParser.Parse("Trump 's plan , officials said .", ArticleFormat.Scraped);
        Assert.Equal("Trump 's plan , officials said .", document.Body);
    }

    [Fact]
    public void Formats_outside_the_plain_text_family_are_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => PlainTextParser.Parse("Officials said so.", ArticleFormat.Html));
    }

    [Fact]
    public void A_headline_above_the_playlist_survives_the_cut_as_the_title()
    {
        const string page = """
            Raids to begin Sunday in 10 cities | CNN Politics
            Biden speaks from the Treaty Room in the White House on April 14, 2021 in Washington, DC.
            Andrew Harnik/Pool/Getty Images
            Biden speaks from the Treaty Room in the White House on April 14, 2021 in Washington, DC.
            Now playing
            02:59
            (CNN) — Immigration officials said the raids would begin on Sunday.

            Mayors objected.
            """;

        var (document, format) = PlainTextParser.Parse(page, null);

        Assert.Equal(ArticleFormat.Scraped, format);
        Assert.Equal("Raids to begin Sunday in 10 cities", document.Title);
        Assert.Equal("(CNN) — Immigration officials said the raids would begin on Sunday.\n\nMayors objected.", document.Body);
    }

    [Fact]
    public void Share_and_navigation_lines_are_dropped()
    {
        const string page = """
            Share this article
            Facebook Twitter Email
            1 of 12
            Link Copied!
            Officials said the raids would begin on Sunday.
            Sign up | Log in
            """;

        var (document, format) = PlainTextParser.Parse(page, null);

        Assert.Equal(ArticleFormat.Scraped, format);
        Assert.Equal("Officials said the raids would begin on Sunday.", document.Body);
    }

    [Theory]
    [InlineData("Share")]
    [InlineData("Facebook Twitter Email")]
    [InlineData("Follow us on Twitter")]
    [InlineData("3 of 12")]
    [InlineData("Hide Caption")]
    public void Navigation_lines_are_recognized(string line)
    {
        Assert.True(PageFurniture.IsNavigation(line));
    }

    [Theory]
    [InlineData("Share prices fell sharply on Friday.")]
    [InlineData("Watch the video")]
    [InlineData("in")]
    [InlineData("Home Office")]
    public void Text_lines_are_not_navigation(string line)
    {
        Assert.False(PageFurniture.IsNavigation(line));
    }

    public static TheoryData<string> HostileInputs => new()
    {
        new string('(', 200_000) + " a",
        "(CNN) " + new string('-', 200_000) + " a",
        "By " + string.Concat(Enumerable.Repeat("Jane Doe and ", 20_000)),
        string.Concat(Enumerable.Repeat("told NBC News ", 20_000)),
        string.Concat(Enumerable.Repeat("`` '' ` ' -LRB- ", 20_000)),
        string.Concat(Enumerable.Repeat("Now playing\n02:19\n(CNN) \u2014 a\n", 10_000)),
        "\u00A9 " + new string('1', 200_000),
        new string('a', 300_000),
    };

    [Theory]
    [MemberData(nameof(HostileInputs))]
    public void Hostile_inputs_parse_in_every_mode(string text)
    {
        foreach (ArticleFormat? format in (ArticleFormat?[])[null, ArticleFormat.Text, ArticleFormat.Tokenized, ArticleFormat.Scraped])
        {
            try
            {
                var (document, _) = PlainTextParser.Parse(text, format);
                Assert.True(document.Body.Length <= text.Length);
            }
            catch (ArticleFormatException error)
            {
                Assert.Equal(ArticleErrorCode.NoArticleText, error.Code);
            }
        }
    }
}
