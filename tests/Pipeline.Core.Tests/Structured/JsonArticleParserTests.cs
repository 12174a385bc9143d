using Pipeline.Core.Model;
using Pipeline.Core.Parsing;
using Pipeline.Core.Parsing.Structured;

namespace Pipeline.Core.Tests.Structured;

public sealed class JsonArticleParserTests
{
    private static readonly ParseLimits Limits = ParseLimits.Default;

    [Fact]
    public void A_single_object_gives_one_article_with_all_its_fields()
    {
        const string json = """
            {
              "title": "Mayors push back on raids",
              "body": "The mayors met on Friday.\nThey spoke to reporters.",
              "url": "https://www.nbcnews.com/politics/raids",
              "published": "2019-07-12T14:30:00Z",
              "author": "By Jane Doe and John Roe, NBC News",
              "source": "NBC News",
              "language": "en-US"
            }
            """;

        var document = Single(json);

        Assert.Equal("Mayors push back on raids", document.Title);
        Assert.Equal("The mayors met on Friday.\n\nThey spoke to reporters.", document.Body);
        Assert.Equal("https://www.nbcnews.com/politics/raids", document.Url);
        Assert.Equal(new DateTimeOffset(2019, 7, 12, 14, 30, 0, TimeSpan.Zero), document.PublishedAt);
        Assert.Equal(["Jane Doe", "John Roe"], document.Authors);
        Assert.Equal("NBC News", document.Source);
        Assert.Equal("en", document.Language);
    }

    [Fact]
    public void Json_ld_names_and_object_values_are_read()
    {
        const string json = """
            {
              "@type": "NewsArticle",
              "headline": "Storm hits the coast",
              "articleBody": "Winds reached 100 mph.",
              "datePublished": "2024-03-01",
              "author": [{"@type": "Person", "name": "Ana Lima"}, {"name": "Ben Cole"}],
              "publisher": {"@type": "Organization", "name": "Example Times"},
              "inLanguage": "pt-BR"
            }
            """;

        var document = Single(json);

        Assert.Equal("Storm hits the coast", document.Title);
        Assert.Equal("Winds reached 100 mph.", document.Body);
        Assert.Equal(new DateTimeOffset(2024, 3, 1, 0, 0, 0, TimeSpan.Zero), document.PublishedAt);
        Assert.Equal(["Ana Lima", "Ben Cole"], document.Authors);
        Assert.Equal("Example Times", document.Source);
        Assert.Equal("pt", document.Language);
    }

    [Fact]
    public void Field_names_match_case_insensitively()
    {
        var document = Single("""{"TITLE": "Upper", "Text": "Body text here.", "Lang": "DE"}""");

        Assert.Equal("Upper", document.Title);
        Assert.Equal("Body text here.", document.Body);
        Assert.Equal("de", document.Language);
    }

    [Fact]
    public void The_first_name_in_the_list_with_a_usable_value_wins_whatever_the_property_order()
    {
        const string json = """
            {"description": "The summary.", "title": "", "headline": "The headline", "body": "The body.", "name": "A name"}
            """;

        var document = Single(json);

        Assert.Equal("The headline", document.Title);
        Assert.Equal("The body.", document.Body);
    }

    [Fact]
    public void An_html_body_is_rendered_to_paragraphs()
    {
        var document = Single("""{"title": "T", "content": "<p>One <b>bold</b> step.</p><script>x()</script><p>Two &amp; three.</p>"}""");

        Assert.Equal("One bold step.\n\nTwo & three.", document.Body);
    }

    [Fact]
    public void Plain_text_with_blank_lines_keeps_paragraphs_and_joins_wrapped_lines()
    {
        var document = Single("""{"title": "T", "text": "First line\nwrapped here.\n\n  Second   paragraph.\r\n"}""");

        Assert.Equal("First line wrapped here.\n\nSecond paragraph.", document.Body);
    }

    [Fact]
    public void A_lone_angle_bracket_or_ampersand_is_not_taken_for_html()
    {
        var document = Single("""{"title": "T", "body": "Profits rose 5% as x < y & the R&D budget grew."}""");

        Assert.Equal("Profits rose 5% as x < y & the R&D budget grew.", document.Body);
    }

    [Theory]
    [InlineData("1562941800", 2019, 7, 12, 14, 30)]
    [InlineData("1562941800000", 2019, 7, 12, 14, 30)]
    [InlineData("\"1562941800\"", 2019, 7, 12, 14, 30)]
    [InlineData("\"Fri, 12 Jul 2019 14:30:00 GMT\"", 2019, 7, 12, 14, 30)]
    [InlineData("\"2019-07-12T16:30:00+02:00\"", 2019, 7, 12, 14, 30)]
    public void Dates_may_be_unix_seconds_milliseconds_iso_or_rfc_822(string value, int year, int month, int day, int hour, int minute)
    {
        var document = Single($$"""{"title": "T", "body": "B.", "publishedAt": {{value}}}""");

        Assert.Equal(new DateTimeOffset(year, month, day, hour, minute, 0, TimeSpan.Zero), document.PublishedAt);
    }

    [Fact]
    public void An_unreadable_date_falls_through_to_the_next_date_field()
    {
        var document = Single("""{"title": "T", "body": "B.", "published": "last Tuesday", "created_at": "2020-01-02"}""");

        Assert.Equal(new DateTimeOffset(2020, 1, 2, 0, 0, 0, TimeSpan.Zero), document.PublishedAt);
    }

    [Fact]
    public void Authors_may_be_an_array_of_strings_and_duplicates_and_the_source_are_dropped()
    {
        var document = Single("""{"title": "T", "body": "B.", "source": "CNN", "authors": ["Jane Doe", "jane doe", "CNN", "By Max Mustermann"]}""");

        Assert.Equal(["Jane Doe", "Max Mustermann"], document.Authors);
    }

    [Fact]
    public void Without_a_source_field_the_source_is_the_url_host()
    {
        var document = Single("""{"title": "T", "body": "B.", "link": "https://edition.cnn.com/2019/07/12/politics/raids"}""");

        Assert.Equal("cnn.com", document.Source);
        Assert.Equal("https://edition.cnn.com/2019/07/12/politics/raids", document.Url);
    }

    [Fact]
    public void A_relative_url_is_not_kept()
    {
        var document = Single("""{"title": "T", "body": "B.", "url": "/politics/raids"}""");

        Assert.Null(document.Url);
        Assert.Null(document.Source);
    }

    [Fact]
    public void Without_a_title_the_title_is_the_first_sentence()
    {
        var document = Single("""{"body": "Mayors objected to the raids. They said so on Friday."}""");

        Assert.Equal("Mayors objected to the raids", document.Title);
    }

    [Fact]
    public void Wordpress_rendered_objects_and_paragraph_arrays_are_read_as_text()
    {
        Assert.Equal("Hello & welcome", Single("""{"title": {"rendered": "Hello &amp; welcome"}, "content": {"rendered": "<p>Body.</p>"}}""").Title);
        Assert.Equal("One.\n\nTwo.", Single("""{"title": "T", "body": ["One.", "", "Two."]}""").Body);
    }

    [Fact]
    public void An_array_gives_one_entry_per_element_and_bad_elements_fail_alone()
    {
        const string json = """
            [
              {"title": "First", "body": "One."},
              "not an article",
              {"title": "No body", "url": "https://example.com/x"},
              {"title": "Fourth", "body": "Four."}
            ]
            """;

        var entries = JsonArticleParser.Parse(json, Limits);

        Assert.Equal([0, 1, 2, 3], entries.Select(e => e.Index));
        Assert.Equal("First", entries[0].Document!.Title);
        Assert.Equal(new ArticleError(ArticleErrorCode.Malformed, "the entry at line 3 is not a JSON object but a string"), entries[1].Error);
        Assert.Equal(ArticleErrorCode.NoArticleText, entries[2].Error!.Code);
        Assert.StartsWith("the entry at line 4 has no article text", entries[2].Error!.Message, StringComparison.Ordinal);
        Assert.Equal("Fourth", entries[3].Document!.Title);
    }

    [Theory]
    [InlineData("articles")]
    [InlineData("Items")]
    [InlineData("data")]
    public void A_wrapper_object_holds_the_articles(string wrapper)
    {
        var json = $$"""{"status": "ok", "totalResults": 2, "{{wrapper}}": [{"title": "A", "body": "One."}, {"title": "B", "body": "Two."}]}""";

        var entries = JsonArticleParser.Parse(json, Limits);

        Assert.Equal(["A", "B"], entries.Select(e => e.Document!.Title));
    }

    [Fact]
    public void A_newsapi_response_reads_source_objects_and_locates_bad_entries_inside_the_wrapper()
    {
        const string json = """
            {
              "status": "ok",
              "articles": [
                {"source": {"id": "bbc-news", "name": "BBC News"}, "author": "BBC News", "title": "A",
                 "description": "Short.", "url": "https://www.bbc.co.uk/news/a", "publishedAt": "2024-05-01T08:00:00Z"},
                42
              ]
            }
            """;

        var entries = JsonArticleParser.Parse(json, Limits);

        var document = entries[0].Document!;
        Assert.Equal("BBC News", document.Source);
        Assert.Empty(document.Authors);
        Assert.Equal("Short.", document.Body);
        Assert.Equal("the entry at line 6 is not a JSON object but a number", entries[1].Error!.Message);
    }

    [Fact]
    public void A_wrapper_level_source_applies_to_articles_that_name_none()
    {
        var entries = JsonArticleParser.Parse("""{"site_name": "Example Daily", "items": [{"title": "A", "content_text": "One."}]}""", Limits);

        Assert.Equal("Example Daily", entries[0].Document!.Source);
    }

    [Fact]
    public void An_object_without_text_is_a_failed_entry_not_a_file_error()
    {
        var entries = JsonArticleParser.Parse("""{"status": "error", "message": "apiKeyInvalid"}""", Limits);

        var error = Assert.Single(entries).Error!;
        Assert.Equal(ArticleErrorCode.NoArticleText, error.Code);
        Assert.StartsWith("the JSON object has no article text", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_empty_array_gives_no_entries()
    {
        Assert.Empty(JsonArticleParser.Parse("[]", Limits));
    }

    [Fact]
    public void Malformed_json_is_reported_with_line_and_position()
    {
        const string json = "{\n  \"title\": \"x\",\n  \"body\": \"y\"\n  \"url\": 1\n}";

        var error = Assert.Throws<ArticleFormatException>(() => JsonArticleParser.Parse(json, Limits));

        Assert.Equal(ArticleErrorCode.Malformed, error.Code);
        Assert.Equal("file is not valid JSON: '\"' is invalid after a value; expected either ',', '}', or ']' at line 4, position 3", error.Message);
    }

    [Fact]
    public void The_position_counts_characters_not_utf8_bytes()
    {
        var error = Assert.Throws<ArticleFormatException>(() => JsonArticleParser.Parse("{\"title\": \"Zürich — naïve\" x}", Limits));

        Assert.EndsWith("at line 1, position 28", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Truncated_json_says_the_text_ends_too_early()
    {
        var error = Assert.Throws<ArticleFormatException>(() => JsonArticleParser.Parse("[{\"title\": \"x\"", Limits));

        Assert.StartsWith("file is not valid JSON: the text ends before the value is complete at line 1", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Nesting_deeper_than_the_limit_is_too_large_and_says_where()
    {
        var limits = Limits with { MaxDepth = 5 };

        var error = Assert.Throws<ArticleFormatException>(() => JsonArticleParser.Parse("[[[[[[1]]]]]]", limits));

        Assert.Equal(ArticleErrorCode.TooLarge, error.Code);
        Assert.Equal("file nests deeper than 5 levels at line 1, position 6", error.Message);
    }

    [Fact]
    public void Nesting_exactly_at_the_limit_is_accepted()
    {
        var limits = Limits with { MaxDepth = 3 };

        var entries = JsonArticleParser.Parse("""[{"title": "T", "body": "B.", "tags": ["a"]}]""", limits);

        Assert.NotNull(Assert.Single(entries).Document);
    }

    [Fact]
    public void Hostile_nesting_far_beyond_the_limit_fails_without_recursing()
    {
        var json = new string('[', 1_000_000) + new string(']', 1_000_000);

        var error = Assert.Throws<ArticleFormatException>(() => JsonArticleParser.Parse(json, Limits));

        Assert.Equal(ArticleErrorCode.TooLarge, error.Code);
    }

    [Fact]
    public void More_elements_than_the_entry_limit_is_too_large()
    {
        var limits = Limits with { MaxEntries = 2 };

        var error = Assert.Throws<ArticleFormatException>(() => JsonArticleParser.Parse("""[{"body": "a"}, {"body": "b"}, {"body": "c"}]""", limits));

        Assert.Equal(ArticleErrorCode.TooLarge, error.Code);
        Assert.Equal("file holds more than 2 articles; the limit is 2", error.Message);
    }

    [Fact]
    public void A_scalar_root_is_malformed()
    {
        var error = Assert.Throws<ArticleFormatException>(() => JsonArticleParser.Parse("\"just a string\"", Limits));

        Assert.Equal(ArticleErrorCode.Malformed, error.Code);
    }

    [Fact]
    public void An_escaped_lone_surrogate_becomes_a_replacement_character_instead_of_losing_the_article()
    {
        var document = Single("""{"title": "Smile \ud83d\ude00", "body": "Broken \ud800 escape \"quoted\"\tand \udc00 more."}""");

        Assert.Equal("Smile \U0001F600", document.Title);
        Assert.Equal("Broken \uFFFD escape \"quoted\" and \uFFFD more.", document.Body);
    }

    [Fact]
    public void Comments_and_trailing_commas_are_tolerated()
    {
        var document = Single("{\n  // exported by hand\n  \"title\": \"T\",\n  \"body\": \"B.\",\n}");

        Assert.Equal("B.", document.Body);
    }

    private static ArticleDocument Single(string json) => Assert.Single(JsonArticleParser.Parse(json, Limits)).Document!;
}
