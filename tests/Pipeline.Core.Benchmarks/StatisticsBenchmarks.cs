using BenchmarkDotNet.Attributes;
using Pipeline.Core.Extraction;
using Pipeline.Core.Model;
using Pipeline.Core.Statistics;
using Pipeline.Core.Text;

namespace Pipeline.Core.Benchmarks;

/// <summary>
/// The statistics pass (dates, figures, quotes, with sources and times) on each seed body as the analyzer extracts it,
/// against two baselines over the same body: splitting words on whitespace and the sentence splitter alone. The
/// entity extraction the pass consumes is done once in setup, so only the statistics work is timed; the whole
/// analysis of the same file is the reference for what share of it the pass costs.
/// <c>dotnet run -c Release --project tests/Pipeline.Core.Benchmarks -- --filter '*StatisticsBenchmarks*'</c>
/// </summary>
[MemoryDiagnoser]
public class StatisticsBenchmarks
{
    private static readonly char[] Whitespace = [' ', '\n', '\r', '\t'];

    private readonly ArticleAnalyzer analyzer = new();
    private string file = string.Empty;
    private string body = string.Empty;
    private IReadOnlyList<ExtractedEntity> entities = [];

    [Params("000_f8b8f606e1205c8f.txt", "001_4e0d7657024b0922.txt", "002_08ed150cadca3ac4.txt")]
    public string Seed { get; set; } = string.Empty;

    [GlobalSetup]
    public void Setup()
    {
        file = SeedText.Read(Seed);
        body = analyzer.AnalyzeFile(file, Seed).Entries[0].Analysis!.Document.Body;
        entities = EntityExtractor.Extract(body);
    }

    [Benchmark(Baseline = true)]
    public int SplitWords() => body.Split(Whitespace, StringSplitOptions.RemoveEmptyEntries).Length;

    [Benchmark]
    public int SplitSentences() => SentenceSplitter.Count(body);

    [Benchmark]
    public int Statistics()
    {
        var (facts, dates, quotes) = StatisticsStage.Extract(body, new DateOnly(2019, 6, 21), entities);
        return facts.Count + dates.Count + quotes.Count;
    }

    [Benchmark]
    public FileAnalysis AnalyzeWholeFile() => analyzer.AnalyzeFile(file, Seed);
}
