using System.IO.Compression;
using System.Text;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using Pipeline.Core.Model;

namespace Pipeline.Core.Benchmarks;

/// <summary>
/// Reading one file of each format end to end (decode, detect, parse, clean, figures, entities), as a ratio to
/// the cheapest meaningful pass over the same bytes: decoding them as UTF-8 and splitting on whitespace. The
/// MB/s column is the input size over the mean time.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(ThroughputConfig))]
public class FormatBenchmarks
{
    private static readonly char[] Whitespace = [' ', '\n', '\r', '\t'];

    private readonly ArticleAnalyzer analyzer = new();
    private byte[] bytes = [];
    private string fileName = string.Empty;

    [ParamsSource(nameof(Formats))]
    public string Format { get; set; } = string.Empty;

    public static IEnumerable<string> Formats => FormatSamples.Names;

    [GlobalSetup]
    public void Setup() => (fileName, bytes) = FormatSamples.Build(Format);

    [Benchmark(Baseline = true)]
    public int DecodeAndSplitWords()
    {
        // A gzipped sample is decompressed first, so the baseline reads the same text the analyzer does.
        var text = fileName.EndsWith(".gz", StringComparison.Ordinal)
            ? Encoding.UTF8.GetString(Gunzip(bytes))
            : Encoding.UTF8.GetString(bytes);
        return text.Split(Whitespace, StringSplitOptions.RemoveEmptyEntries).Length;
    }

    [Benchmark]
    public FileAnalysis AnalyzeFile() => analyzer.AnalyzeFileAsync(new MemoryStream(bytes, writable: false), fileName).GetAwaiter().GetResult();

    private static byte[] Gunzip(byte[] compressed)
    {
        using var gzip = new GZipStream(new MemoryStream(compressed), CompressionMode.Decompress);
        using var output = new MemoryStream();
        gzip.CopyTo(output);
        return output.ToArray();
    }

    private sealed class ThroughputConfig : ManualConfig
    {
        public ThroughputConfig() => AddColumn(RateColumn.MegabytesPerSecond());
    }
}
