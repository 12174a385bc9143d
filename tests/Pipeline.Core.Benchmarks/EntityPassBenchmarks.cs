using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using Pipeline.Core.Extraction;
using Pipeline.Core.Extraction.Tagging;
using Pipeline.Core.Model;
using Pipeline.Core.Text;

namespace Pipeline.Core.Benchmarks;

/// <summary>
/// The entity pass as the pipeline runs it, on a realistic article mix: the bodies and titles the analyzer makes of the
/// three seeds (PTB CNN detokenized, the scraped CNN page cleaned, NBC prose) plus the scraped page read whole as
/// plain text (captions, credits and furniture kept: the rules' worst case). Tokenization alone (sentence split and
/// <see cref="WordTokenizer"/>) is the floor; the tagger alone is what the rules add to; the whole pass is
/// <see cref="EntityExtractor.Extract(string, string?)"/>: layout scan, tagging, rules, the article's vote and
/// propagation, and folding into entities. The tokens/s column divides the mix's word count by the mean time.
/// <c>dotnet run -c Release --project tests/Pipeline.Core.Benchmarks -- --filter '*EntityPass*'</c>
/// </summary>
[MemoryDiagnoser]
[Config(typeof(MixTokensPerSecondConfig))]
public class EntityPassBenchmarks : IDisposable
{
    private readonly RangeBuffer tokens = new();
    private readonly List<TaggedSpan> spans = [];
    private IReadOnlyList<(string Body, string Title)> articles = [];
    private EntityTagger tagger = null!;

    [GlobalSetup]
    public void Setup()
    {
        articles = ArticleMix.Articles;
        tagger = EntityTagger.Default;
        Extract();
    }

    public void Dispose()
    {
        tokens.Dispose();
        GC.SuppressFinalize(this);
    }

    [Benchmark(Baseline = true)]
    public int Tokenize()
    {
        var count = 0;
        foreach (var (body, _) in articles)
        {
            count += WordCount.Of(body, tokens);
        }

        return count;
    }

    [Benchmark]
    public int TaggerAlone()
    {
        spans.Clear();
        foreach (var (body, _) in articles)
        {
            tagger.FindEntities(body, spans);
        }

        return spans.Count;
    }

    [Benchmark]
    public int Extract()
    {
        var count = 0;
        foreach (var (body, title) in articles)
        {
            count += EntityExtractor.Extract(body, title).Count;
        }

        return count;
    }

    private sealed class MixTokensPerSecondConfig : ManualConfig
    {
        public MixTokensPerSecondConfig() => AddColumn(RateColumn.TokensPerSecond("Words of the article mix processed per second, from the mean time", _ => ArticleMix.Tokens));
    }
}

/// <summary>The benchmark's articles, made the same way in the benchmark process and in the host that prints the columns.</summary>
internal static class ArticleMix
{
    private static readonly Lazy<(IReadOnlyList<(string, string)> Articles, int Tokens)> Mix = new(Build);

    public static IReadOnlyList<(string Body, string Title)> Articles => Mix.Value.Articles;

    public static int Tokens => Mix.Value.Tokens;

    private static (IReadOnlyList<(string, string)>, int) Build()
    {
        var analyzer = new ArticleAnalyzer();
        var articles = new List<(string, string)>();
        foreach (var seed in new[] { "000_f8b8f606e1205c8f.txt", "001_4e0d7657024b0922.txt", "002_08ed150cadca3ac4.txt" })
        {
            var document = analyzer.AnalyzeFile(SeedText.Read(seed), seed).Entries[0].Analysis!.Document;
            articles.Add((document.Body, document.Title));
        }

        var page = analyzer.AnalyzeFile(SeedText.Read("001_4e0d7657024b0922.txt"), null, ArticleFormat.Text).Entries[0].Analysis!.Document;
        articles.Add((page.Body, page.Title));

        using var buffer = new RangeBuffer();
        return (articles, articles.Sum(article => WordCount.Of(article.Item1, buffer)));
    }
}

