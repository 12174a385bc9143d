using System.Text;
using Pipeline.Core.Detection;
using Pipeline.Core.Model;
using Pipeline.Core.Parsing;

namespace Pipeline.Core.Tests.Files;

/// <summary>
/// The per-file limits, enforced before any parser runs: these hold whatever the format parsers do with the file.
/// </summary>
public sealed class LimitTests
{
    private static readonly ParseLimits Small = new(MaxEntries: 3, MaxLineChars: 40, MaxDepth: 4);

    [Fact]
    public async Task Json_lines_with_more_entries_than_allowed_are_too_large()
    {
        var analyzer = new ArticleAnalyzer(ArticleAnalyzerOptions.Default with { MaxEntriesPerFile = 3 });
        var text = string.Concat(Enumerable.Repeat("{\"title\": \"A\", \"body\": \"B\"}\n", 4));
        var error = await Assert.ThrowsAsync<ArticleFormatException>(() => analyzer.AnalyzeFileAsync(Utf8(text)));
        Assert.Equal(ArticleErrorCode.TooLarge, error.Code);
        Assert.Equal("file has more than 3 entries; the limit is 3", error.Message);
    }

    [Fact]
    public void Blank_lines_are_not_entries()
    {
        StructureLimits.Check("{\"a\": 1}\n\n\n   \n{\"a\": 2}\r\n\r\n{\"a\": 3}\n", ArticleFormat.JsonLines, Small);
    }

    [Fact]
    public void Json_line_longer_than_allowed_is_too_large_with_its_line_number()
    {
        var text = "{\"a\": 1}\n{\"a\": \"" + new string('x', 40) + "\"}\n{\"a\": 3}";
        var error = Assert.Throws<ArticleFormatException>(() => StructureLimits.Check(text, ArticleFormat.JsonLines, Small));
        Assert.Equal(ArticleErrorCode.TooLarge, error.Code);
        Assert.Equal("line 2 is 49 characters long; the limit is 40", error.Message);
    }

    [Fact]
    public void Line_of_exactly_the_limit_passes_and_carriage_returns_do_not_count()
    {
        var line = "{\"a\": \"" + new string('x', 31) + "\"}";
        Assert.Equal(40, line.Length);
        StructureLimits.Check(line + "\r\n" + line + "\r\n", ArticleFormat.JsonLines, Small);
    }

    [Fact]
    public async Task Json_nested_deeper_than_allowed_is_too_large_with_its_position()
    {
        var analyzer = new ArticleAnalyzer(ArticleAnalyzerOptions.Default with { MaxDepth = 4 });
        var error = await Assert.ThrowsAsync<ArticleFormatException>(() => analyzer.AnalyzeFileAsync(Utf8("{\"a\":\n  {\"b\": [[[1]]]}}"), "x.json"));
        Assert.Equal(ArticleErrorCode.TooLarge, error.Code);
        Assert.Equal("file nests deeper than 4 levels at line 2, position 11", error.Message);
    }

    [Theory]
    [InlineData("{\"a\": {\"b\": [[1]]}}")]
    [InlineData("{\"a\": \"[[[[[[[[[[ {{{{{{{{\"}")]
    [InlineData("{\"a\": \"quote \\\" then [[[[[[[[\"}")]
    [InlineData("{\"a\": \"backslash \\\\\", \"b\": [[1]]}")]
    public void Brackets_inside_strings_do_not_nest(string text) => StructureLimits.Check(text, ArticleFormat.Json, Small);

    [Fact]
    public void Json_array_with_more_entries_than_allowed_is_too_large()
    {
        StructureLimits.Check("[{\"a\": [1, 2, 3, 4, 5]}, {}, {\"b\": \"x, y, z\"}]", ArticleFormat.Json, Small);
        var error = Assert.Throws<ArticleFormatException>(() => StructureLimits.Check("[{}, {}, {}, {}]", ArticleFormat.Json, Small));
        Assert.Equal(ArticleErrorCode.TooLarge, error.Code);
        Assert.Equal("file has more than 3 entries; the limit is 3", error.Message);
    }

    [Fact]
    public void Feed_with_more_items_than_allowed_is_too_large()
    {
        var items = string.Concat(Enumerable.Repeat("<item><title>t</title></item>", 4));
        var error = Assert.Throws<ArticleFormatException>(() => StructureLimits.Check($"<rss><channel>{items}</channel></rss>", ArticleFormat.Rss, Small));
        Assert.Equal(ArticleErrorCode.TooLarge, error.Code);

        var entries = string.Concat(Enumerable.Repeat("<atom:entry xml:lang=\"en\"/>", 4));
        Assert.Throws<ArticleFormatException>(() => StructureLimits.Check($"<atom:feed>{entries}</atom:feed>", ArticleFormat.Atom, Small));
    }

    [Fact]
    public void Elements_that_merely_start_like_items_are_not_counted()
    {
        var text = "<rss><channel>" + string.Concat(Enumerable.Repeat("<itemCount>1</itemCount><entryway/>", 10)) + "<item/></channel></rss>";
        StructureLimits.Check(text, ArticleFormat.Rss, Small);
    }

    [Fact]
    public void Page_nested_deeper_than_browsers_nest_is_too_large()
    {
        StructureLimits.Check(Nested(StructureLimits.MaxMarkupDepth), ArticleFormat.Html, Small);
        var error = Assert.Throws<ArticleFormatException>(() => StructureLimits.Check(Nested(StructureLimits.MaxMarkupDepth + 1), ArticleFormat.Html, Small));
        Assert.Equal(ArticleErrorCode.TooLarge, error.Code);
        Assert.Equal("file nests elements deeper than 512 levels at line 2, position 2561", error.Message);

        static string Nested(int depth) => "<!DOCTYPE html>\n" + string.Concat(Enumerable.Repeat("<div>", depth)) + "text" + string.Concat(Enumerable.Repeat("</div>", depth));
    }

    [Theory]
    [InlineData("<br><img src=x><hr/><meta charset=utf-8><input>")]
    [InlineData("<p>one<p>two<li>three<li>four<td>five<tr><td>six")]
    [InlineData("<span/><x:y/><div class=\"a > b\" title='c > d'/>")]
    [InlineData("<!-- <div><div><div><div><div> --><?xml version=\"1.0\"?><!DOCTYPE html>")]
    [InlineData("<script>for (i = 0; i < n; i++) { s += '<div><div><div><div><div>'; }</script><style>div > p {}</style>")]
    [InlineData("1 < 2 and 3 <4 and a <= b <-- arrows <<< >>>")]
    [InlineData("<div></div><div></div><div></div><div></div><div></div><div></div><div></div><div></div>")]
    public void Tags_that_do_not_nest_are_not_counted(string html)
    {
        MarkupNesting.Check(html, 4);
    }

    [Fact]
    public void Unclosed_formatting_tags_count_as_nesting()
    {
        Assert.Throws<ArticleFormatException>(() => MarkupNesting.Check("<b><i><b><i><b>text", 4));
    }

    [Fact]
    public void Limits_map_from_the_options()
    {
        var options = new ArticleAnalyzerOptions(1000) { MaxEntriesPerFile = 5, MaxLineChars = 6, MaxDepth = 7 };
        Assert.Equal(new ParseLimits(5, 6, 7), options.ParseLimits);
        Assert.Equal(ParseLimits.Default, ArticleAnalyzerOptions.Default.ParseLimits);
    }

    [Fact]
    public void Defaults_are_the_documented_ones()
    {
        var options = ArticleAnalyzerOptions.Default;
        Assert.Equal(16L * 1024 * 1024, options.MaxInputBytes);
        Assert.Null(options.MaxCompressedBytes);
        Assert.Equal(100, options.MaxDecompressionRatio);
        Assert.Equal(10_000, options.MaxEntriesPerFile);
        Assert.Equal(1024 * 1024, options.MaxLineChars);
        Assert.Equal(64, options.MaxDepth);
        Assert.Equal(options.MaxInputBytes, options.MaxFileBytes);
        Assert.Equal(50_000_000, (options with { MaxCompressedBytes = 50_000_000 }).MaxFileBytes);
        Assert.Equal(options.MaxInputBytes, (options with { MaxCompressedBytes = 1000 }).MaxFileBytes);
    }

    [Fact]
    public void Options_reject_values_out_of_range()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new ArticleAnalyzerOptions(-1));
        Assert.Throws<ArgumentOutOfRangeException>(() => new ArticleAnalyzerOptions(Array.MaxLength));
        Assert.Throws<ArgumentOutOfRangeException>(() => ArticleAnalyzerOptions.Default with { MaxInputBytes = 0 });
        Assert.Throws<ArgumentOutOfRangeException>(() => ArticleAnalyzerOptions.Default with { MaxCompressedBytes = 0 });
        Assert.Throws<ArgumentOutOfRangeException>(() => ArticleAnalyzerOptions.Default with { MaxDecompressionRatio = 0 });
        Assert.Throws<ArgumentOutOfRangeException>(() => ArticleAnalyzerOptions.Default with { MaxEntriesPerFile = 0 });
        Assert.Throws<ArgumentOutOfRangeException>(() => ArticleAnalyzerOptions.Default with { MaxLineChars = -5 });
        Assert.Throws<ArgumentOutOfRangeException>(() => ArticleAnalyzerOptions.Default with { MaxDepth = 0 });
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => ArticleAnalyzerOptions.Default with { MaxDepth = ArticleAnalyzerOptions.MaxDepthCeiling + 1 });
        Assert.Equal("MaxDepth", error.ParamName);
        Assert.Null((ArticleAnalyzerOptions.Default with { MaxCompressedBytes = null }).MaxCompressedBytes);
    }

    private static MemoryStream Utf8(string text) => new(Encoding.UTF8.GetBytes(text));
}
