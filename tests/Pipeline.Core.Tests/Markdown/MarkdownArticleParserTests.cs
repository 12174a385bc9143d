using Pipeline.Core.Parsing.Markdown;

namespace Pipeline.Core.Tests.Markdown;

public sealed class MarkdownArticleParserTests
{
    [Fact]
    public void Without_front_matter_the_first_h1_is_the_title_and_the_rest_renders_as_plain_paragraphs()
    {
        const string markdown = """
            # Mayors push back on raids

            The mayors met on *Friday* and **spoke** to [reporters](https://example.com/reporters).
            They left at `noon`.

            ## What comes next

            - Another meeting
            - A letter to ![chart](chart.png) Congress

            > "We will not help," one mayor said.

            <div class="ad">Sponsored <b>text</b></div>

            ---

            Final paragraph with an inline <span>tag</span> &amp; an entity.
            """;

        var document = MarkdownArticleParser.Parse(markdown);

        Assert.Equal("Mayors push back on raids", document.Title);
        Assert.Equal(
            "The mayors met on Friday and spoke to reporters. They left at noon.\n\nWhat comes next\n\nAnother meeting\n\n"
            + "A letter to Congress\n\n\"We will not help,\" one mayor said.\n\nSponsored text\n\nFinal paragraph with an inline tag & an entity.",
            document.Body);
        Assert.Null(document.PublishedAt);
        Assert.Empty(document.Authors);
    }

    [Fact]
    public void Front_matter_gives_the_metadata_and_is_not_part_of_the_body()
    {
        const string markdown = """
            ---
            title: "Storm \"Ana\" hits the coast"
            date: 2024-03-01T10:00:00+01:00
            authors:
              - Ana Lima
              - name: Ben Cole
            source: 'Example Times'
            url: https://www.example.com/storm
            lang: pt-BR
            tags: [weather, "coast, south"]
            # a comment
            ---
            Winds reached 100 mph.
            """;

        var document = MarkdownArticleParser.Parse(markdown);

        Assert.Equal("Storm \"Ana\" hits the coast", document.Title);
        Assert.Equal("Winds reached 100 mph.", document.Body);
        Assert.Equal(new DateTimeOffset(2024, 3, 1, 9, 0, 0, TimeSpan.Zero), document.PublishedAt);
        Assert.Equal(["Ana Lima", "Ben Cole"], document.Authors);
        Assert.Equal("Example Times", document.Source);
        Assert.Equal("https://www.example.com/storm", document.Url);
        Assert.Equal("pt", document.Language);
    }

    [Fact]
    public void Flow_lists_single_quotes_nested_maps_and_block_scalars_are_read()
    {
        const string markdown = """
            ---
            title: >
              A long title
              folded onto two lines
            author: [Jane Doe, 'John O''Neil']
            publisher:
              name: Daily Planet
              url: https://dailyplanet.example
            date: "Fri, 12 Jul 2019 14:30:00 GMT"
            ---
            Body text.
            """;

        var document = MarkdownArticleParser.Parse(markdown);

        Assert.Equal("A long title folded onto two lines", document.Title);
        Assert.Equal(["Jane Doe", "John O'Neil"], document.Authors);
        Assert.Equal("Daily Planet", document.Source);
        Assert.Equal(new DateTimeOffset(2019, 7, 12, 14, 30, 0, TimeSpan.Zero), document.PublishedAt);
    }

    [Fact]
    public void A_nested_author_map_gives_its_name()
    {
        var document = MarkdownArticleParser.Parse("---\nauthor:\n  name: Jane Doe\n  twitter: '@jane'\n---\nBody text.");

        Assert.Equal(["Jane Doe"], document.Authors);
    }

    [Fact]
    public void A_front_matter_title_repeated_as_the_opening_heading_is_not_kept_in_the_body()
    {
        var document = MarkdownArticleParser.Parse("---\ntitle: Storm hits\n---\n\n# Storm hits\n\nWinds reached 100 mph.\n\n# Later\n\nMore.");

        Assert.Equal("Storm hits", document.Title);
        Assert.Equal("Winds reached 100 mph.\n\nLater\n\nMore.", document.Body);
    }

    [Fact]
    public void Front_matter_with_windows_line_ends_is_read()
    {
        var document = MarkdownArticleParser.Parse("---\r\ntitle: CRLF title\r\nlang: fr\r\n---\r\nLe texte.\r\n");

        Assert.Equal("CRLF title", document.Title);
        Assert.Equal("Le texte.", document.Body);
        Assert.Equal("fr", document.Language);
    }

    [Fact]
    public void Empty_front_matter_leaves_the_body()
    {
        var document = MarkdownArticleParser.Parse("---\n---\n# Title\n\nBody text.");

        Assert.Equal("Title", document.Title);
        Assert.Equal("Body text.", document.Body);
    }

    [Fact]
    public void Unclosed_front_matter_is_read_as_markdown_body()
    {
        var document = MarkdownArticleParser.Parse("---\ntitle: Never closed\n\nThe mayors met on Friday. They left.");

        Assert.Contains("The mayors met on Friday. They left.", document.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void Front_matter_lines_it_does_not_understand_are_skipped()
    {
        const string markdown = "---\n: no key\njust words\n  - stray item\ntitle: Kept\n\tweird: [unclosed\nauthor: &anchor Jane Doe\nsource: *alias\n---\nBody text.";

        var document = MarkdownArticleParser.Parse(markdown);

        Assert.Equal("Kept", document.Title);
        Assert.Equal("Body text.", document.Body);

        // Anchors and aliases are literal text, never expanded.
        Assert.Equal(["&anchor Jane Doe"], document.Authors);
        Assert.Equal("*alias", document.Source);
    }

    [Fact]
    public void An_opening_heading_of_any_level_is_the_title_when_there_is_no_h1()
    {
        var document = MarkdownArticleParser.Parse("Setext style\n------------\n\nThe body.");

        Assert.Equal("Setext style", document.Title);
        Assert.Equal("The body.", document.Body);
    }

    [Fact]
    public void Without_any_heading_the_title_is_the_first_sentence_and_the_body_keeps_it()
    {
        var document = MarkdownArticleParser.Parse("Mayors objected to the raids. They said so on Friday.\n\nSecond paragraph.");

        Assert.Equal("Mayors objected to the raids", document.Title);
        Assert.StartsWith("Mayors objected to the raids.", document.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void Hard_line_breaks_stay_as_line_breaks_inside_a_paragraph()
    {
        var document = MarkdownArticleParser.Parse("# T\n\nFirst line  \nsecond line\nsame line");

        Assert.Equal("First line\nsecond line same line", document.Body);
    }

    [Fact]
    public void Code_blocks_keep_their_text()
    {
        var document = MarkdownArticleParser.Parse("# T\n\nRun this:\n\n```sh\nmake all\n```");

        Assert.Equal("Run this:\n\nmake all", document.Body);
    }

    [Fact]
    public void A_document_with_only_a_title_has_no_article_text()
    {
        var error = Assert.Throws<ArticleFormatException>(() => MarkdownArticleParser.Parse("---\ntitle: Only\n---\n# Only\n"));

        Assert.Equal(ArticleErrorCode.NoArticleText, error.Code);
    }

    [Fact]
    public void Hostile_nesting_is_refused_as_too_large()
    {
        var error = Assert.Throws<ArticleFormatException>(() => MarkdownArticleParser.Parse(new string('>', 100_000) + " deep"));

        Assert.Equal(ArticleErrorCode.TooLarge, error.Code);
    }
}
