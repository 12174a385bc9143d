using Pipeline.Core.Parsing;
using Pipeline.Core.Parsing.Structured;

namespace Pipeline.Core.Tests.Structured;

public sealed class JsonLinesArticleParserTests
{
    private static readonly ParseLimits Limits = ParseLimits.Default;

    [Fact]
    public void Each_line_is_an_article_and_blank_lines_are_skipped_keeping_line_numbers_as_indexes()
    {
        const string text = "{\"title\": \"A\", \"body\": \"One.\"}\n\n  \n{\"title\": \"B\", \"body\": \"Two.\"}\r\n{\"title\": \"C\", \"body\": \"Three.\"}\n";

        var entries = JsonLinesArticleParser.Parse(text, Limits);

        Assert.Equal([0, 3, 4], entries.Select(e => e.Index));
        Assert.Equal(["A", "B", "C"], entries.Select(e => e.Document!.Title));
    }

    [Fact]
    public void A_bad_line_is_an_error_for_that_line_only()
    {
        const string text = "{\"title\": \"A\", \"body\": \"One.\"}\n{\"title\": \"B\" \"body\": \"Two.\"}\n{\"title\": \"C\", \"body\": \"Three.\"}";

        var entries = JsonLinesArticleParser.Parse(text, Limits);

        Assert.Equal(3, entries.Count);
        Assert.NotNull(entries[0].Document);
        Assert.Equal(1, entries[1].Index);
        Assert.Equal(
            new ArticleError(ArticleErrorCode.Malformed, "line 2 is not valid JSON: '\"' is invalid after a value; expected either ',', '}', or ']' at position 15"),
            entries[1].Error);
        Assert.NotNull(entries[2].Document);
    }

    [Fact]
    public void Entries_that_are_not_articles_name_their_line()
    {
        var entries = JsonLinesArticleParser.Parse("[1, 2]\n{\"title\": \"No text\"}\n", Limits);

        Assert.Equal(new ArticleError(ArticleErrorCode.Malformed, "line 1 is not a JSON object but an array"), entries[0].Error);
        Assert.Equal(ArticleErrorCode.NoArticleText, entries[1].Error!.Code);
        Assert.StartsWith("line 2 has no article text", entries[1].Error!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_line_longer_than_the_limit_is_a_per_entry_too_large_error()
    {
        var limits = Limits with { MaxLineChars = 40 };
        var text = "{\"title\": \"A\", \"body\": \"One.\"}\n{\"title\": \"B\", \"body\": \"" + new string('x', 50) + "\"}";

        var entries = JsonLinesArticleParser.Parse(text, limits);

        Assert.NotNull(entries[0].Document);
        Assert.Equal(new ArticleError(ArticleErrorCode.TooLarge, "line 2 is 76 characters long; the limit is 40"), entries[1].Error);
    }

    [Fact]
    public void A_line_nested_deeper_than_the_limit_is_a_per_entry_too_large_error()
    {
        var limits = Limits with { MaxDepth = 3 };

        var entries = JsonLinesArticleParser.Parse("{\"body\": \"ok\"}\n{\"a\": [[[1]]]}", limits);

        Assert.NotNull(entries[0].Document);
        Assert.Equal(new ArticleError(ArticleErrorCode.TooLarge, "line 2 nests deeper than 3 levels at position 9"), entries[1].Error);
    }

    [Fact]
    public void More_non_blank_lines_than_the_entry_limit_is_a_file_error()
    {
        var limits = Limits with { MaxEntries = 2 };

        // Blank lines do not count towards the limit.
        Assert.Equal(2, JsonLinesArticleParser.Parse("{\"body\": \"a\"}\n\n\n{\"body\": \"b\"}\n", limits).Count);
        var error = Assert.Throws<ArticleFormatException>(() => JsonLinesArticleParser.Parse("{\"body\": \"a\"}\n{\"body\": \"b\"}\n{\"body\": \"c\"}", limits));
        Assert.Equal(ArticleErrorCode.TooLarge, error.Code);
        Assert.Equal("file holds more than 2 lines of JSON; the limit is 2", error.Message);
    }

    [Fact]
    public void Lines_are_mapped_exactly_like_json_objects()
    {
        const string article = """{"headline": "Storm", "content": "<p>Rain.</p><p>Wind.</p>", "author": {"name": "Ana Lima"}, "link": "https://www.example.com/storm", "date": 1700000000}""";

        var fromJson = Assert.Single(JsonArticleParser.Parse(article, Limits)).Document!;
        var fromLine = Assert.Single(JsonLinesArticleParser.Parse(article, Limits)).Document!;

        Assert.Equal(fromJson with { Authors = [] }, fromLine with { Authors = [] });
        Assert.Equal(fromJson.Authors, fromLine.Authors);
        Assert.Equal("example.com", fromLine.Source);
    }

    [Fact]
    public void A_byte_order_mark_before_the_first_line_is_ignored()
    {
        var entries = JsonLinesArticleParser.Parse("\uFEFF{\"body\": \"a\"}", Limits);

        Assert.NotNull(Assert.Single(entries).Document);
    }
}
