using Azure.Core;
using Azure.Core.Pipeline;
using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Microsoft.Extensions.Logging.Abstractions;
using Pipeline.Core;
using Pipeline.Storage.Articles;
using Pipeline.Storage.Hosting;

namespace Pipeline.LoadTests.Runtime;

/// <summary>
/// One pipeline deployment inside Azurite, as the harness addresses it: a table prefix and an articles container of
/// its own, so runs at different corpus sizes sit side by side in one emulator.
/// </summary>
internal sealed record LoadTarget(string Connection, string Prefix, string Container)
{
    /// <summary>The environment a <c>pipeline run</c> process needs to serve this deployment.</summary>
    public IReadOnlyDictionary<string, string> Environment => new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [StorageConnection.DefaultName] = Connection,
        ["Pipeline__Storage__TablePrefix"] = Prefix,
        ["Pipeline__Storage__ArticlesContainer"] = Container,
        ["Pipeline__Storage__ReprocessQueue"] = "reprocess-" + Prefix.ToLowerInvariant(),
    };

    /// <summary>
    /// The deployment's storage on clients of the harness's own, with <paramref name="policy"/> in their pipelines (per
    /// retry, so it sees every request sent) and the SDK's default retries, as the runtime has them.
    /// </summary>
    /// <param name="container">Another container over the same tables (the probe's, which the runtime does not watch).</param>
    public PipelineStorage Open(HttpPipelinePolicy? policy = null, string? container = null)
    {
        var blobOptions = new BlobClientOptions();
        var tableOptions = new TableClientOptions();
        if (policy is not null)
        {
            blobOptions.AddPolicy(policy, HttpPipelinePosition.PerRetry);
            tableOptions.AddPolicy(policy, HttpPipelinePosition.PerRetry);
        }

        var options = new PipelineStorageOptions
        {
            TablePrefix = Prefix,
            ArticlesContainer = container ?? Container,
            ReprocessQueue = "reprocess-" + Prefix.ToLowerInvariant(),
        };
        return new PipelineStorage(
            new BlobServiceClient(Connection, blobOptions),
            new TableServiceClient(Connection, tableOptions),
            Microsoft.Extensions.Options.Options.Create(options));
    }

    /// <summary>The production ingestor over <paramref name="storage"/>, as the runtime's reconciler calls it.</summary>
    public static ArticleIngestor Ingestor(PipelineStorage storage) =>
        new(storage, new Aggregates(storage, NullLogger<Aggregates>.Instance), new ArticleAnalyzer(), TimeProvider.System, NullLogger<ArticleIngestor>.Instance);

    public static LoadTarget Create(string connection, string? prefix, string label)
    {
        var id = Guid.NewGuid().ToString("N")[..6];
        var chosen = prefix ?? "ld" + label + id;
        return new LoadTarget(connection, chosen, "articles-" + chosen.ToLowerInvariant());
    }
}
