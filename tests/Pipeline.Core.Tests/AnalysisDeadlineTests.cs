using System.Text;

namespace Pipeline.Core.Tests;

/// <summary>The per-file analysis deadline (Pipeline:Limits:MaxProcessingSeconds): a file whose analysis runs too long is stopped.</summary>
public sealed class AnalysisDeadlineTests
{
    // About 12 MB of prose (within the 16 MiB limit): several seconds of analysis, so the 1 ms deadline's timer fires
    // first even on a thread pool crowded by the other tests (with 2 MB it once fired late enough to miss). Stopped at
    // the first checkpoint, a run costs only the reading and the format detection.
    private static readonly byte[] LongProse = Encoding.UTF8.GetBytes(
        "Council approves the plan\n\n" + string.Concat(Enumerable.Repeat("Anna Schmidt met officials of the Red Cross in Dresden on Tuesday and said the plan would cost 12 million euros. ", 110_000)));

    // A hang guard, not a speed assertion: a caller left waiting for ever fails the test instead of blocking the run.
    private static readonly TimeSpan HangGuard = TimeSpan.FromMinutes(2);

    [Fact]
    public async Task An_analysis_past_its_deadline_ends_with_a_timeout_that_names_the_limit()
    {
        var analyzer = new ArticleAnalyzer(ArticleAnalyzerOptions.Default with { MaxAnalysisTime = TimeSpan.FromMilliseconds(1) });

        var error = await Assert.ThrowsAsync<ArticleAnalysisTimeoutException>(
            () => analyzer.AnalyzeFileAsync(new MemoryStream(LongProse), "long.txt").WaitAsync(HangGuard));

        Assert.Equal(TimeSpan.FromMilliseconds(1), error.Limit);
        Assert.Contains("did not finish within the limit of 0.001 s", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_abandoned_analysis_gives_its_memory_budget_back_once_it_has_stopped()
    {
        // The budget holds one of these texts at a time: the second can only start once the first has let go.
        var analyzer = new ArticleAnalyzer(ArticleAnalyzerOptions.Default with
        {
            MaxAnalysisTime = TimeSpan.FromMilliseconds(1),
            MaxConcurrentTextBytes = LongProse.Length * 2L + 1,
        });

        await Assert.ThrowsAsync<ArticleAnalysisTimeoutException>(() => analyzer.AnalyzeFileAsync(new MemoryStream(LongProse), "first.txt").WaitAsync(HangGuard));
        await Assert.ThrowsAsync<ArticleAnalysisTimeoutException>(() => analyzer.AnalyzeFileAsync(new MemoryStream(LongProse), "second.txt").WaitAsync(HangGuard));
    }

    [Fact]
    public async Task A_file_analyzed_within_its_deadline_is_unaffected()
    {
        var analyzer = new ArticleAnalyzer(ArticleAnalyzerOptions.Default with { MaxAnalysisTime = TimeSpan.FromMinutes(1) });

        var analysis = await analyzer.AnalyzeFileAsync(new MemoryStream(LongProse[..4000]), "short.txt");

        Assert.NotEmpty(analysis.Entries[0].Analysis!.Entities);
    }

    [Fact]
    public void The_deadline_must_be_positive() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => ArticleAnalyzerOptions.Default with { MaxAnalysisTime = TimeSpan.Zero });
}
