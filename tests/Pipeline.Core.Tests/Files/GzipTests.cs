using System.IO.Compression;
using System.Text;
using Pipeline.Core.Decoding;
using Pipeline.Core.Model;

namespace Pipeline.Core.Tests.Files;

public sealed class GzipTests
{
    private const string Article = "Officials in Chicago said on Monday that the new transit plan would go ahead.\n\nThe plan adds two bus lines.";

    private static readonly ArticleAnalyzer Analyzer = new();

    [Theory]
    [InlineData("article.txt.gz")]
    [InlineData("article.txt")]
    [InlineData(null)]
    public async Task Gzip_is_recognized_by_its_magic_bytes_whatever_the_name(string? fileName)
    {
        var analysis = await Analyzer.AnalyzeFileAsync(new MemoryStream(Samples.Gzip(Encoding.UTF8.GetBytes(Article))), fileName);
        Assert.Equal(ArticleFormat.Text, analysis.Format);
        Assert.Equal(Article, analysis.Entries[0].Analysis!.Document.Body);
    }

    [Fact]
    public async Task A_gz_name_on_plain_content_is_only_a_hint()
    {
        var analysis = await Analyzer.AnalyzeFileAsync(new MemoryStream(Encoding.UTF8.GetBytes(Article)), "article.txt.gz");
        Assert.Equal(Article, analysis.Entries[0].Analysis!.Document.Body);
    }

    [Fact]
    public async Task Any_format_may_be_gzipped()
    {
        var analysis = await Analyzer.AnalyzeFileAsync(new MemoryStream(Samples.Gzip(Samples.Bytes(Samples.Html))), "page.gz");
        Assert.Equal(ArticleFormat.Html, analysis.Format);
    }

    [Fact]
    public async Task Plain_analysis_unwraps_gzip_too()
    {
        var analysis = await Analyzer.AnalyzeAsync(new MemoryStream(Samples.Gzip(Encoding.UTF8.GetBytes(Article))));
        Assert.Equal(Article, analysis.Document.Body);
    }

    [Fact]
    public async Task Gzip_inside_gzip_is_unwrapped_once_more()
    {
        var twice = Samples.Gzip(Samples.Gzip(Encoding.UTF8.GetBytes(Article)));
        var analysis = await Analyzer.AnalyzeFileAsync(new MemoryStream(twice));
        Assert.Equal(Article, analysis.Entries[0].Analysis!.Document.Body);
    }

    [Fact]
    public async Task Three_levels_of_gzip_are_refused()
    {
        var thrice = Samples.Gzip(Samples.Gzip(Samples.Gzip(Encoding.UTF8.GetBytes(Article))));
        var error = await Assert.ThrowsAsync<ArticleFormatException>(() => Analyzer.AnalyzeFileAsync(new MemoryStream(thrice)));
        Assert.Equal(ArticleErrorCode.UnsupportedFormat, error.Code);
        Assert.Equal("file is gzip inside gzip inside gzip; only two levels are unwrapped", error.Message);
    }

    [Fact]
    public async Task Concatenated_gzip_members_are_read_as_one_file()
    {
        var first = Samples.Gzip(Encoding.UTF8.GetBytes("Officials in Chicago said on Monday "));
        var second = Samples.Gzip(Encoding.UTF8.GetBytes("that the new transit plan would go ahead."));
        var analysis = await Analyzer.AnalyzeFileAsync(new MemoryStream([.. first, .. second]));
        Assert.Equal("Officials in Chicago said on Monday that the new transit plan would go ahead.", analysis.Entries[0].Analysis!.Document.Body);
    }

    [Fact]
    public async Task Gzip_of_a_non_seekable_stream_is_read()
    {
        using var stream = new ForwardOnlyStream(Samples.Gzip(Encoding.UTF8.GetBytes(Article)));
        var analysis = await Analyzer.AnalyzeFileAsync(stream);
        Assert.Equal(Article, analysis.Entries[0].Analysis!.Document.Body);
    }

    [Fact]
    public async Task Truncated_gzip_is_malformed_wherever_it_is_cut()
    {
        var whole = Samples.Gzip(Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat(Article + "\n\n", 50))));
        foreach (var length in new[] { 2, 10, 15, whole.Length / 2, whole.Length - 8, whole.Length - 4, whole.Length - 1 })
        {
            var error = await Assert.ThrowsAsync<ArticleFormatException>(() => Analyzer.AnalyzeFileAsync(new MemoryStream(whole[..length])));
            Assert.Equal(ArticleErrorCode.Malformed, error.Code);
            Assert.StartsWith("gzip data is ", error.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Truncation_says_so()
    {
        var whole = Samples.Gzip(Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat(Article + "\n\n", 50))));
        var error = await Assert.ThrowsAsync<ArticleFormatException>(() => Analyzer.AnalyzeFileAsync(new MemoryStream(whole[..(whole.Length / 2)])));
        Assert.Equal("gzip data is truncated: its trailer is missing or does not match the content", error.Message);
    }

    [Fact]
    public async Task Corrupt_gzip_is_malformed()
    {
        var corrupt = Samples.Gzip(Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat(Article + "\n\n", 50))));
        corrupt[20] ^= 0xFF;
        corrupt[21] ^= 0x5A;
        var error = await Assert.ThrowsAsync<ArticleFormatException>(() => Analyzer.AnalyzeFileAsync(new MemoryStream(corrupt)));
        Assert.Equal(ArticleErrorCode.Malformed, error.Code);
        Assert.StartsWith("gzip data is ", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Wrong_checksum_is_malformed()
    {
        var corrupt = Samples.Gzip(Encoding.UTF8.GetBytes(Article));
        corrupt[^6] ^= 0x01;
        var error = await Assert.ThrowsAsync<ArticleFormatException>(() => Analyzer.AnalyzeFileAsync(new MemoryStream(corrupt)));
        Assert.Equal(ArticleErrorCode.Malformed, error.Code);
    }

    [Fact]
    public async Task Bytes_after_the_last_member_are_malformed()
    {
        byte[] padded = [.. Samples.Gzip(Encoding.UTF8.GetBytes(Article)), .. "trailing junk"u8];
        var error = await Assert.ThrowsAsync<ArticleFormatException>(() => Analyzer.AnalyzeFileAsync(new MemoryStream(padded)));
        Assert.Equal(ArticleErrorCode.Malformed, error.Code);
    }

    [Fact]
    public async Task Bomb_fails_on_its_ratio_after_about_a_megabyte()
    {
        var bomb = Samples.Gzip(new byte[64 * 1024 * 1024], CompressionLevel.Fastest);
        var error = await Assert.ThrowsAsync<ArticleFormatException>(() => Analyzer.AnalyzeFileAsync(new MemoryStream(bomb)));
        Assert.Equal(ArticleErrorCode.TooLarge, error.Code);
        Assert.Contains("expands more than 100-fold", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Ten_gigabyte_bomb_fails_within_the_size_cap_with_bounded_memory()
    {
        // 160 members of 64 MiB of zeros each: 10 GiB of output from about 10 MB, built without compressing 10 GiB.
        var member = Samples.Gzip(new byte[64 * 1024 * 1024], CompressionLevel.SmallestSize);
        var bomb = new byte[member.Length * 160];
        for (var i = 0; i < 160; i++)
        {
            member.CopyTo(bomb, i * member.Length);
        }

        // With the ratio cap out of the way, only the 16 MiB size cap stands between the bomb and memory.
        var analyzer = new ArticleAnalyzer(ArticleAnalyzerOptions.Default with { MaxDecompressionRatio = int.MaxValue });
        var before = GC.GetAllocatedBytesForCurrentThread();
        var error = Assert.Throws<ArticleFormatException>(() => analyzer.AnalyzeFileAsync(new MemoryStream(bomb)).GetAwaiter().GetResult());
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Equal(ArticleErrorCode.TooLarge, error.Code);
        Assert.Equal("file is more than 16777216 bytes once decompressed; the limit is 16777216", error.Message);
        Assert.True(allocated < 100L * 1024 * 1024, $"allocated {allocated} bytes for a 10 GiB bomb");
    }

    [Fact]
    public async Task Nested_bomb_is_measured_against_the_stored_file()
    {
        // The outer level is small and innocent; the inner one would expand 1000-fold.
        var inner = Samples.Gzip(new byte[8 * 1024 * 1024], CompressionLevel.SmallestSize);
        var error = await Assert.ThrowsAsync<ArticleFormatException>(() => Analyzer.AnalyzeFileAsync(new MemoryStream(Samples.Gzip(inner))));
        Assert.Equal(ArticleErrorCode.TooLarge, error.Code);
        Assert.Contains("expands more than 100-fold", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Compressed_size_has_its_own_limit()
    {
        var gzip = Samples.Gzip(Encoding.UTF8.GetBytes(Article));
        var analyzer = new ArticleAnalyzer(ArticleAnalyzerOptions.Default with { MaxCompressedBytes = 50 });
        var error = await Assert.ThrowsAsync<ArticleFormatException>(() => analyzer.AnalyzeFileAsync(new MemoryStream(gzip)));
        Assert.Equal(ArticleErrorCode.TooLarge, error.Code);
        Assert.Equal($"gzip file is {gzip.Length} bytes; the limit is 50", error.Message);
    }

    [Fact]
    public async Task A_larger_compressed_limit_does_not_let_plain_files_grow()
    {
        var analyzer = new ArticleAnalyzer(new ArticleAnalyzerOptions(MaxInputBytes: 50) { MaxCompressedBytes = 1000 });
        var error = await Assert.ThrowsAsync<ArticleFormatException>(() => analyzer.AnalyzeFileAsync(new MemoryStream(Encoding.UTF8.GetBytes(Article))));
        Assert.Equal(ArticleErrorCode.TooLarge, error.Code);
        Assert.Equal($"file is {Encoding.UTF8.GetByteCount(Article)} bytes; the limit is 50", error.Message);
    }

    [Fact]
    public async Task Decompressed_size_limit_applies_to_gzip_content()
    {
        var analyzer = new ArticleAnalyzer(new ArticleAnalyzerOptions(MaxInputBytes: 60) { MaxCompressedBytes = 1000 });
        var error = await Assert.ThrowsAsync<ArticleFormatException>(() => analyzer.AnalyzeFileAsync(new MemoryStream(Samples.Gzip(Encoding.UTF8.GetBytes(Article)))));
        Assert.Equal(ArticleErrorCode.TooLarge, error.Code);
        Assert.Equal("file is more than 60 bytes once decompressed; the limit is 60", error.Message);
    }

    [Fact]
    public async Task Text_that_compresses_well_is_not_a_bomb()
    {
        // Repetitive but real text compresses far less than 100:1.
        var text = new StringBuilder();
        for (var i = 0; text.Length < 3 * 1024 * 1024; i++)
        {
            text.Append("Paragraph ").Append(i).Append(": the council met on Monday to discuss the budget for road repairs.\n\n");
        }

        var analysis = await Analyzer.AnalyzeFileAsync(new MemoryStream(Samples.Gzip(Encoding.UTF8.GetBytes(text.ToString()))));
        Assert.Single(analysis.Entries);
    }

    [Fact]
    public async Task Empty_gzip_member_is_an_empty_file()
    {
        var error = await Assert.ThrowsAsync<ArticleFormatException>(() => Analyzer.AnalyzeFileAsync(new MemoryStream(Samples.Gzip([]))));
        Assert.Equal(ArticleErrorCode.Empty, error.Code);
    }

    [Fact]
    public void Crc32_matches_the_standard_check_value()
    {
        Assert.Equal(0xCBF43926u, Crc32.Compute("123456789"u8));
    }
}
