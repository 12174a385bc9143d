using BenchmarkDotNet.Attributes;
using Pipeline.Core.Model;

namespace Pipeline.Core.Benchmarks;

/// <summary>
/// Full analysis of each seed article, reported as a ratio to the cheapest meaningful pass over the same text:
/// counting words by splitting on whitespace.
/// </summary>
[MemoryDiagnoser]
public class AnalyzeBenchmarks
{
    private static readonly char[] Whitespace = [' ', '\n', '\r', '\t'];

    private readonly ArticleAnalyzer analyzer = new();
    private string text = string.Empty;

    [Params("000_f8b8f606e1205c8f.txt", "001_4e0d7657024b0922.txt", "002_08ed150cadca3ac4.txt")]
    public string Seed { get; set; } = string.Empty;

    [GlobalSetup]
    public void Setup() => text = SeedText.Read(Seed);

    [Benchmark(Baseline = true)]
    public int SplitWords() => text.Split(Whitespace, StringSplitOptions.RemoveEmptyEntries).Length;

    [Benchmark]
    public ArticleAnalysis Analyze() => analyzer.Analyze(text);
}
