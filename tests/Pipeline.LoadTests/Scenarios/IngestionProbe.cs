using System.Diagnostics;
using System.Text;
using Pipeline.LoadTests.Corpus;
using Pipeline.LoadTests.Measurement;
using Pipeline.LoadTests.Runtime;
using Pipeline.Storage.Articles;

namespace Pipeline.LoadTests.Scenarios;

/// <summary>What ingesting a sample of articles in-process cost at one corpus size.</summary>
/// <param name="CorpusArticles">How many articles the deployment held when the sample was ingested.</param>
internal sealed record ProbeResult(
    string Label,
    long CorpusArticles,
    int Articles,
    double Seconds,
    int Requests,
    IReadOnlyDictionary<string, int> ByCategory,
    LatencySummary PerArticleMs,
    [property: System.Text.Json.Serialization.JsonIgnore] IReadOnlyList<string> BlobNames)
{
    public double RequestsPerArticle => Requests / (double)Articles;

    public double ArticlesPerSecond => Articles / Seconds;
}

/// <summary>
/// Measures the storage requests one article costs, exactly, by ingesting a sample through the production
/// <see cref="ArticleIngestor"/> (the code <c>pipeline run</c>'s reconciler calls, 8 files at a time as it does) with a
/// counting policy in the clients. The sample's blobs go to a container of their own, which the runtime does not watch,
/// but into the deployment's tables, so the cost is that of an article added to the corpus as it stands.
/// </summary>
internal static class IngestionProbe
{
    public static async Task<ProbeResult> RunAsync(LoadTarget target, ArticleGenerator generator, int firstIndex, int count, string label, long corpusArticles, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(generator);
        var container = target.Container + "-probe";
        var plain = target.Open(container: container);
        await plain.EnsureCreatedAsync(cancellationToken);
        var articles = generator.Generate(count, firstIndex).ToList();
        var names = new List<string>();
        foreach (var article in articles)
        {
            var name = "probe-" + label + "-" + article.Name;
            names.Add(name);
            await plain.Articles.GetBlobClient(name).UploadAsync(new BinaryData(Encoding.UTF8.GetBytes(article.Text)), overwrite: true, cancellationToken);
        }

        var counter = new RequestCounter();
        var storage = target.Open(counter, container);
        var ingestor = LoadTarget.Ingestor(storage);
        var perArticle = new List<double>();
        var clock = Stopwatch.StartNew();
        await Parallel.ForEachAsync(names, new ParallelOptions { MaxDegreeOfParallelism = 8, CancellationToken = cancellationToken }, async (name, ct) =>
        {
            var started = Stopwatch.GetTimestamp();
            var outcome = await ingestor.ProcessAsync(storage.Articles.GetBlobClient(name), ct);
            if (outcome != IngestOutcome.Processed)
            {
                throw new InvalidOperationException($"probe article {name} ended {outcome}");
            }

            lock (perArticle)
            {
                perArticle.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            }
        });
        clock.Stop();
        return new ProbeResult(label, corpusArticles, count, clock.Elapsed.TotalSeconds, counter.TotalRequests, counter.Requests, Percentiles.Summarize(perArticle), names);
    }

    /// <summary>
    /// Takes the probe's articles out of the deployment again through the production removal path, so it holds exactly
    /// the articles dropped (a later <c>pipeline run</c> would otherwise remove them itself, their blobs being in no
    /// container it watches).
    /// </summary>
    public static async Task RemoveAsync(LoadTarget target, ProbeResult probe, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(probe);
        var storage = target.Open(container: target.Container + "-probe");
        var ingestor = LoadTarget.Ingestor(storage);
        await Parallel.ForEachAsync(probe.BlobNames, new ParallelOptions { MaxDegreeOfParallelism = 8, CancellationToken = cancellationToken }, async (name, ct) =>
        {
            await storage.Articles.DeleteBlobIfExistsAsync(name, cancellationToken: ct);
            await ingestor.RemoveAsync(name, ct);
        });
    }
}
