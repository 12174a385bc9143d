using Pipeline.Core.Model;

namespace Pipeline.Core.Tests.Hostile;

public sealed class HostileCorpusTests
{
    // A hang guard, not a speed target: the slowest input takes well under a second here.
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(60);

    private static readonly ArticleAnalyzer Analyzer = new();

    public static TheoryData<string> Names() => [.. HostileCorpus.All.Select(input => input.Name)];

    [Fact]
    public void Corpus_has_at_least_thirty_distinct_inputs()
    {
        Assert.True(HostileCorpus.All.Count >= 30, $"only {HostileCorpus.All.Count} inputs");
        Assert.Equal(HostileCorpus.All.Count, HostileCorpus.All.Select(input => input.Name).Distinct().Count());
    }

    [Theory]
    [MemberData(nameof(Names))]
    public async Task Hostile_input_comes_to_its_expected_outcome(string name)
    {
        var input = HostileCorpus.All.Single(candidate => candidate.Name == name);
        var content = input.Build();
        FileAnalysis? analysis = null;
        ArticleFormatException? error = null;
        var run = Task.Run(async () => await Analyzer.AnalyzeFileAsync(new MemoryStream(content, writable: false), input.FileName));
        try
        {
            analysis = await run.WaitAsync(Deadline);
        }
        catch (ArticleFormatException ex)
        {
            error = ex;
        }

        var expected = input.Expected;
        if (expected.Code is { } code)
        {
            Assert.True(error?.Code == code, $"{name}: expected {code}, got {Describe(analysis, error)}");
            Assert.False(string.IsNullOrWhiteSpace(error!.Message));
            Assert.True(char.IsLower(error.Message[0]) || char.IsDigit(error.Message[0]), $"{name}: message should start in lower case: {error.Message}");
        }
        else
        {
            Assert.True(analysis is not null, $"{name}: expected {expected}, got {Describe(analysis, error)}");
            Assert.Equal(expected.Format, analysis.Format);
            Assert.Equal(expected.EveryEntryFails, analysis.ArticleCount == 0);
        }

        if (analysis is not null)
        {
            AssertWellFormed(analysis);
            Assert.Null(input.Check?.Invoke(analysis));
        }
    }

    private static void AssertWellFormed(FileAnalysis analysis)
    {
        Assert.NotEmpty(analysis.Entries);
        foreach (var entry in analysis.Entries)
        {
            Assert.True((entry.Analysis is null) != (entry.Error is null), $"entry {entry.Index} must have exactly one of analysis and error");
            if (entry.Analysis is { } article)
            {
                Assert.False(string.IsNullOrWhiteSpace(article.Document.Body));
            }
        }
    }

    private static string Describe(FileAnalysis? analysis, ArticleFormatException? error) =>
        error is not null ? $"{error.Code} ({error.Message})" : $"{analysis!.Format} with {analysis.ArticleCount} articles";
}
