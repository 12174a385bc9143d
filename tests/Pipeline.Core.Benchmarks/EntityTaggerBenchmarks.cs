using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using Pipeline.Core.Extraction.Tagging;
using Pipeline.Core.Parsing;
using Pipeline.Core.Text;

namespace Pipeline.Core.Benchmarks;

/// <summary>
/// The statistical entity tagger on realistic prose: the three seed articles as the pipeline sees them (the PTB seed
/// detokenized), about 5,700 words. Tokenization alone (sentence split plus <see cref="WordTokenizer"/>) is the
/// baseline; the tagging pass adds hashing, feature lookups and greedy decoding; the whole pass also turns tags into
/// entity spans. The tokens/s column divides the word count by the mean time. Model load is measured on its own.
/// <c>dotnet run -c Release --project tests/Pipeline.Core.Benchmarks -- --filter '*EntityTagger*'</c>
/// </summary>
[MemoryDiagnoser]
[Config(typeof(TokensPerSecondConfig))]
public class EntityTaggerBenchmarks : IDisposable
{
    private readonly RangeBuffer tokens = new();
    private readonly List<TaggedSpan> spans = [];
    private readonly EntityTag[] tags = new EntityTag[4096];
    private EntityTagger tagger = null!;
    private EntityTagger? loaded;
    private string text = string.Empty;

    [GlobalSetup]
    public void Setup()
    {
        text = TaggerSample.Text;
        tagger = EntityTagger.Default;
    }

    public void Dispose()
    {
        tokens.Dispose();
        GC.SuppressFinalize(this);
    }

    [Benchmark(Baseline = true)]
    public int Tokenize() => WordCount.Of(text, tokens);

    [Benchmark]
    public ulong TokenizeAndHash()
    {
        ulong sum = 0;
        foreach (var sentence in SentenceSplitter.Split(text))
        {
            WordTokenizer.Tokenize(text, sentence, tokens);
            foreach (var range in tokens.Span)
            {
                sum += WordHashes.Of(text.AsSpan()[range], tagger.Gazetteer).Lower;
            }
        }

        return sum;
    }

    [Benchmark]
    public ulong TokenizeHashAndFeatures()
    {
        ulong sum = 0;
        Span<WordHashes> window = stackalloc WordHashes[5];
        Span<ulong> features = stackalloc ulong[FeatureTemplates.WordFeatureCount];
        foreach (var sentence in SentenceSplitter.Split(text))
        {
            WordTokenizer.Tokenize(text, sentence, tokens);
            foreach (var range in tokens.Span)
            {
                window[2] = WordHashes.Of(text.AsSpan()[range], tagger.Gazetteer);
                FeatureTemplates.WordFeatures(window, false, features);
                sum += features[3];
            }
        }

        return sum;
    }

    [Benchmark]
    public int TokenizeAndTag()
    {
        var count = 0;
        foreach (var sentence in SentenceSplitter.Split(text))
        {
            WordTokenizer.Tokenize(text, sentence, tokens);
            tagger.Tag(text, tokens.Span, tags);
            count += tokens.Count;
        }

        return count;
    }

    [Benchmark]
    public int FindEntities()
    {
        spans.Clear();
        tagger.FindEntities(text, spans);
        return spans.Count;
    }

    [Benchmark]
    public int LoadModel()
    {
        using var stream = typeof(EntityTagger).Assembly.GetManifestResourceStream(EntityTagger.ResourceName)!;
        loaded = EntityTagger.Load(stream);
        return loaded.Weights.RowCount;
    }

    private sealed class TokensPerSecondConfig : ManualConfig
    {
        public TokensPerSecondConfig() => AddColumn(RateColumn.TokensPerSecond(
            "Words of the sample text processed per second, from the mean time (blank for model loading)",
            benchmark => benchmark.Descriptor.WorkloadMethod.Name == nameof(LoadModel) ? null : TaggerSample.Tokens));
    }
}

/// <summary>The benchmark text, built the same way in the benchmark process and in the host that prints the columns.</summary>
internal static class TaggerSample
{
    private static readonly Lazy<(string Text, int Tokens)> Sample = new(Build);

    public static string Text => Sample.Value.Text;

    public static int Tokens => Sample.Value.Tokens;

    private static (string, int) Build()
    {
        var text = string.Join(
            "\n\n",
            PtbDetokenizer.Detokenize(SeedText.Read("000_f8b8f606e1205c8f.txt")),
            SeedText.Read("001_4e0d7657024b0922.txt"),
            SeedText.Read("002_08ed150cadca3ac4.txt"));
        using var buffer = new RangeBuffer();
        return (text, WordCount.Of(text, buffer));
    }
}

