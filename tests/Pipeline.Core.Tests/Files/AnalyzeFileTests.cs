using System.Text;
using Pipeline.Core.Model;

namespace Pipeline.Core.Tests.Files;

/// <summary>
/// The file-level contract of <see cref="ArticleAnalyzer.AnalyzeFileAsync"/>: what comes back for each kind of file
/// and which code each failure carries. Tests marked "depends on" exercise another engineer's parser through its
/// placeholder and accept the placeholder's answer; tighten them once the parser lands.
/// </summary>
public sealed class AnalyzeFileTests
{
    private const string Prose = "Officials in Chicago said on Monday that the new transit plan would go ahead.\n\nMayor Brandon Johnson praised the vote.";

    private static readonly ArticleAnalyzer Analyzer = new();

    [Fact]
    public async Task Plain_text_file_is_one_article_with_figures_and_entities()
    {
        var analysis = await Analyzer.AnalyzeFileAsync(Utf8(Prose), "story.txt");
        Assert.Equal(ArticleFormat.Text, analysis.Format);
        var entry = Assert.Single(analysis.Entries);
        Assert.Equal(0, entry.Index);
        Assert.Null(entry.Error);
        Assert.Equal(Prose, entry.Analysis!.Document.Body);
        Assert.Equal(Analyzer.Analyze(Prose).Figures, entry.Analysis.Figures);
        Assert.Contains(entry.Analysis.Entities, e => e.Name == "Chicago");
        Assert.Equal(1, analysis.ArticleCount);
        Assert.Equal(0, analysis.FailedCount);
    }

    [Fact]
    public async Task Decoded_text_is_analyzed_like_a_file()
    {
        var fromText = Analyzer.AnalyzeFile(Samples.Text(Samples.Html), "page.html");
        var fromFile = await Analyzer.AnalyzeFileAsync(new MemoryStream(Samples.Bytes(Samples.Html)), "page.html");
        Assert.Equal(fromFile.Format, fromText.Format);
        var expected = fromFile.Entries[0].Analysis!.Document;
        var actual = fromText.Entries[0].Analysis!.Document;

        // Records compare lists by reference: the authors are compared by content, the rest by value.
        Assert.Equal(expected.Authors, actual.Authors);
        Assert.Equal(expected with { Authors = [] }, actual with { Authors = [] });
    }

    [Theory]
    [InlineData("", ArticleErrorCode.Empty, "file is empty")]
    [InlineData(" \n\t\u200B\uFEFF ", ArticleErrorCode.Empty, "file is empty")]
    [InlineData("word\u0001\u0002\u0003 word\u0001\u0002\u0003 word\u0001\u0002\u0003", ArticleErrorCode.Binary, "file looks binary, not text")]
    [InlineData("Now playing\n02:19\nJohn Moore/Getty Images\n", ArticleErrorCode.NoArticleText, "file has no article text")]
    public async Task File_level_failures_carry_their_code(string text, ArticleErrorCode code, string message)
    {
        var error = await Assert.ThrowsAsync<ArticleFormatException>(() => Analyzer.AnalyzeFileAsync(Utf8(text)));
        Assert.Equal(code, error.Code);
        Assert.Equal(message, error.Message);

        var fromText = Assert.Throws<ArticleFormatException>(() => Analyzer.AnalyzeFile(text));
        Assert.Equal(code, fromText.Code);
    }

    [Fact]
    public async Task Page_without_text_has_no_article_text()
    {
        const string html = "<!DOCTYPE html><html><head><title></title><script>var a = 1;</script></head><body><nav></nav></body></html>";
        var error = await Assert.ThrowsAsync<ArticleFormatException>(() => Analyzer.AnalyzeFileAsync(Utf8(html)));
        Assert.Equal(ArticleErrorCode.NoArticleText, error.Code);
    }

    [Fact]
    public void Text_longer_than_the_limit_is_too_large()
    {
        var analyzer = new ArticleAnalyzer(new ArticleAnalyzerOptions(MaxInputBytes: 10));
        var error = Assert.Throws<ArticleFormatException>(() => analyzer.AnalyzeFile("This sentence is too long."));
        Assert.Equal(ArticleErrorCode.TooLarge, error.Code);
        Assert.Equal("text is 26 characters; the limit is 10 bytes", error.Message);
    }

    [Fact]
    public async Task Seekable_file_over_the_limit_is_too_large_before_it_is_read()
    {
        var analyzer = new ArticleAnalyzer(new ArticleAnalyzerOptions(MaxInputBytes: 100));
        var error = await Assert.ThrowsAsync<ArticleFormatException>(() => analyzer.AnalyzeFileAsync(Utf8(new string('a', 101))));
        Assert.Equal(ArticleErrorCode.TooLarge, error.Code);
        Assert.Equal("file is 101 bytes; the limit is 100", error.Message);
    }

    [Fact]
    public async Task Unknown_format_value_is_an_argument_error()
    {
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => Analyzer.AnalyzeFileAsync(Utf8(Prose), format: (ArticleFormat)99));
        Assert.Throws<ArgumentOutOfRangeException>(() => Analyzer.AnalyzeFile(Prose, format: (ArticleFormat)(-1)));
    }

    [Fact]
    public async Task Cancellation_is_honoured()
    {
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Analyzer.AnalyzeFileAsync(Utf8(Prose), cancellationToken: cancelled.Token));
    }

    [Fact]
    public async Task Concurrent_callers_get_the_same_results_as_sequential_ones()
    {
        byte[][] files =
        [
            Encoding.UTF8.GetBytes(Prose),
            Encoding.UTF8.GetBytes(Seeds.Text(Seeds.Ptb)),
            Encoding.UTF8.GetBytes(Seeds.Text(Seeds.Scraped)),
            Samples.Bytes(Samples.Html),
            Samples.Gzip(Encoding.UTF8.GetBytes(Seeds.Text(Seeds.Prose))),
        ];
        var expected = new List<string>();
        foreach (var file in files)
        {
            expected.Add(Describe(await Analyzer.AnalyzeFileAsync(new MemoryStream(file))));
        }

        var runs = Enumerable.Range(0, 40).Select(i => Task.Run(async () => (i % files.Length, Describe(await Analyzer.AnalyzeFileAsync(new MemoryStream(files[i % files.Length]))))));
        foreach (var (index, description) in await Task.WhenAll(runs))
        {
            Assert.Equal(expected[index], description);
        }
    }

    [Theory]
    [InlineData(Samples.Json, ArticleFormat.Json, 1)]
    [InlineData(Samples.JsonArray, ArticleFormat.Json, 2)]
    [InlineData(Samples.JsonLines, ArticleFormat.JsonLines, 3)]
    [InlineData(Samples.Rss, ArticleFormat.Rss, 2)]
    [InlineData(Samples.Atom, ArticleFormat.Atom, 2)]
    [InlineData(Samples.Markdown, ArticleFormat.Markdown, 1)]
    public async Task Samples_reach_their_parser(string sample, ArticleFormat format, int articles)
    {
        var analysis = await Analyzer.AnalyzeFileAsync(new MemoryStream(Samples.Bytes(sample)), sample);
        Assert.Equal(format, analysis.Format);
        Assert.Equal(articles, analysis.ArticleCount);
    }

    private static string Describe(FileAnalysis analysis) =>
        $"{analysis.Format}|{string.Join("|", analysis.Entries.Select(e => $"{e.Analysis?.Document.Title}/{e.Analysis?.Document.Body.Length}/{e.Analysis?.Figures}/{e.Analysis?.Entities.Count}"))}";

    private static MemoryStream Utf8(string text) => new(Encoding.UTF8.GetBytes(text));
}
