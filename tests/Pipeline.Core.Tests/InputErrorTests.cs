using System.Text;
using Pipeline.Core.Tests.Files;

namespace Pipeline.Core.Tests;

public sealed class InputErrorTests
{
    private static readonly ArticleAnalyzer Analyzer = new();

    [Fact]
    public async Task Empty_stream_is_rejected_as_empty()
    {
        var error = await Assert.ThrowsAsync<ArticleFormatException>(() => Analyzer.AnalyzeAsync(new MemoryStream()));
        Assert.Equal("file is empty", error.Message);
    }

    [Theory]
    [InlineData("   \n\t\r\n  ")]
    [InlineData("\uFEFF \u00A0\n")]
    public async Task Whitespace_only_is_rejected_as_empty(string content)
    {
        var error = await Assert.ThrowsAsync<ArticleFormatException>(() => Analyzer.AnalyzeAsync(Utf8(content)));
        Assert.Equal("file is empty", error.Message);
    }

    [Fact]
    public async Task Image_is_rejected_as_binary_by_its_signature()
    {
        byte[] png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52, 0xFF, 0xD8];
        var error = await Assert.ThrowsAsync<ArticleFormatException>(() => Analyzer.AnalyzeAsync(new MemoryStream(png)));
        Assert.Equal(ArticleErrorCode.Binary, error.Code);
        Assert.Equal("file is a PNG image, not text", error.Message);
    }

    [Fact]
    public async Task Bytes_with_nul_are_rejected_as_binary()
    {
        byte[] bytes = [.. "Some words"u8, 0x00, 0x17, 0x00, .. "more words here"u8];
        var error = await Assert.ThrowsAsync<ArticleFormatException>(() => Analyzer.AnalyzeAsync(new MemoryStream(bytes)));
        Assert.Equal(ArticleErrorCode.Binary, error.Code);
        Assert.Equal("file looks binary, not text", error.Message);
    }

    [Fact]
    public async Task High_share_of_control_characters_is_rejected_as_binary()
    {
        var content = new StringBuilder();
        for (var i = 0; i < 20; i++)
        {
            content.Append("word\u0001\u0002\u0003 ");
        }

        var error = await Assert.ThrowsAsync<ArticleFormatException>(() => Analyzer.AnalyzeAsync(Utf8(content.ToString())));
        Assert.Equal("file looks binary, not text", error.Message);
    }

    [Fact]
    public void A_stray_control_character_in_long_text_is_tolerated()
    {
        var text = string.Concat(Enumerable.Repeat("The mayor spoke to reporters on Friday. ", 10)) + "\u0007";
        var analysis = Analyzer.Analyze(text);
        Assert.DoesNotContain('\u0007', analysis.Document.Body);
    }

    [Fact]
    public async Task Invalid_utf8_reports_the_offset_of_the_first_bad_byte()
    {
        byte[] bytes = [.. "Hello, world"u8, 0xC3, 0x28, .. " more text"u8];
        var error = await Assert.ThrowsAsync<ArticleFormatException>(() => Analyzer.AnalyzeAsync(new MemoryStream(bytes)));
        Assert.Equal("file is not valid UTF-8 text (first bad byte at offset 12)", error.Message);
    }

    [Fact]
    public async Task Invalid_utf8_offset_counts_the_byte_order_mark()
    {
        byte[] bytes = [0xEF, 0xBB, 0xBF, .. "Hi there"u8, 0xFF, .. " again"u8];
        var error = await Assert.ThrowsAsync<ArticleFormatException>(() => Analyzer.AnalyzeAsync(new MemoryStream(bytes)));
        Assert.Equal("file is not valid UTF-8 text (first bad byte at offset 11)", error.Message);
    }

    [Fact]
    public async Task Truncated_utf8_sequence_at_the_end_is_invalid()
    {
        byte[] bytes = [.. "Caf"u8, 0xC3];
        var error = await Assert.ThrowsAsync<ArticleFormatException>(() => Analyzer.AnalyzeAsync(new MemoryStream(bytes)));
        Assert.Equal("file is not valid UTF-8 text (first bad byte at offset 3)", error.Message);
    }

    [Fact]
    public async Task Seekable_stream_over_the_limit_reports_its_size()
    {
        var analyzer = new ArticleAnalyzer(new ArticleAnalyzerOptions(MaxInputBytes: 100));
        var error = await Assert.ThrowsAsync<ArticleFormatException>(() => analyzer.AnalyzeAsync(Utf8(new string('a', 101))));
        Assert.Equal("file is 101 bytes; the limit is 100", error.Message);
    }

    [Fact]
    public async Task Non_seekable_stream_over_the_limit_is_rejected_without_reading_it_all()
    {
        var analyzer = new ArticleAnalyzer(new ArticleAnalyzerOptions(MaxInputBytes: 100));
        using var stream = new ForwardOnlyStream(new byte[1_000_000]);
        var error = await Assert.ThrowsAsync<ArticleFormatException>(() => analyzer.AnalyzeAsync(stream));
        Assert.Equal("file is more than 100 bytes; the limit is 100", error.Message);
        Assert.True(stream.BytesRead < 1_000_000, $"read {stream.BytesRead} bytes");
    }

    [Fact]
    public async Task Stream_exactly_at_the_limit_is_accepted()
    {
        const string text = "Officials in Chicago said the plan would go ahead.";
        var analyzer = new ArticleAnalyzer(new ArticleAnalyzerOptions(MaxInputBytes: Encoding.UTF8.GetByteCount(text)));
        using var stream = new ForwardOnlyStream(Encoding.UTF8.GetBytes(text));
        var analysis = await analyzer.AnalyzeAsync(stream);
        Assert.Equal(text, analysis.Document.Body);
    }

    [Fact]
    public void String_longer_than_the_limit_is_rejected()
    {
        var analyzer = new ArticleAnalyzer(new ArticleAnalyzerOptions(MaxInputBytes: 10));
        var error = Assert.Throws<ArticleFormatException>(() => analyzer.Analyze("This sentence is too long."));
        Assert.Equal("text is 26 characters; the limit is 10 bytes", error.Message);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Utf16_with_byte_order_mark_decodes(bool bigEndian)
    {
        const string text = "Café owners in São Paulo met Mayor Ana Souza on Tuesday.\n\nThey asked for help.";
        var encoding = new UnicodeEncoding(bigEndian, byteOrderMark: true);
        byte[] bytes = [.. encoding.GetPreamble(), .. encoding.GetBytes(text)];
        var analysis = await Analyzer.AnalyzeAsync(new MemoryStream(bytes));
        Assert.Equal(text, analysis.Document.Body);
    }

    [Fact]
    public async Task Utf16_with_odd_trailing_byte_is_rejected()
    {
        byte[] bytes = [0xFF, 0xFE, .. Encoding.Unicode.GetBytes("Hello there"), 0x41];
        var error = await Assert.ThrowsAsync<ArticleFormatException>(() => Analyzer.AnalyzeAsync(new MemoryStream(bytes)));
        Assert.Equal(ArticleErrorCode.Undecodable, error.Code);
        Assert.Equal("file is not valid UTF-16 text (first bad byte at offset 24)", error.Message);
    }

    [Fact]
    public async Task Utf8_byte_order_mark_is_not_part_of_the_text()
    {
        byte[] bytes = [0xEF, 0xBB, 0xBF, .. "Rain fell on Denver all week."u8];
        var analysis = await Analyzer.AnalyzeAsync(new MemoryStream(bytes));
        Assert.Equal("Rain fell on Denver all week.", analysis.Document.Body);
    }

    [Fact]
    public void Page_furniture_alone_has_no_article_text()
    {
        var error = Assert.Throws<ArticleFormatException>(() => Analyzer.Analyze("Now playing\n02:19\nJohn Moore/Getty Images\n"));
        Assert.Equal("file has no article text", error.Message);
    }

    [Fact]
    public void Options_must_allow_at_least_one_byte()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new ArticleAnalyzer(new ArticleAnalyzerOptions(0)));
    }

    [Fact]
    public void Default_limit_is_sixteen_mebibytes()
    {
        Assert.Equal(16L * 1024 * 1024, ArticleAnalyzerOptions.Default.MaxInputBytes);
        Assert.Same(ArticleAnalyzerOptions.Default, new ArticleAnalyzer().Options);
    }

    private static MemoryStream Utf8(string text) => new(Encoding.UTF8.GetBytes(text));
}
