using Azure.Storage.Blobs;
using Microsoft.Azure.Functions.Worker;
using Pipeline.Storage.Articles;
using Pipeline.Storage.Hosting;

namespace Pipeline.Functions.Functions;

/// <summary>Ingests an article file when Event Grid reports it created or replaced in the <c>articles</c> container.</summary>
public sealed class IngestArticle
{
    private readonly ArticleIngestor _ingestor;

    public IngestArticle(ArticleIngestor ingestor) => _ingestor = ingestor;

    [Function(nameof(IngestArticle))]
    public async Task Run(
        [BlobTrigger("articles/{name}", Source = BlobTriggerSource.EventGrid, Connection = StorageConnection.DefaultName)] BlobClient blob,
        string name,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(blob);

        // A bad file is not a failure of the function: it ends as a recorded Failed row, and a file that keeps
        // breaking processing ends quarantined. A storage failure throws; a recorded attempt and a file held by
        // another processor throw too; either way the host retries the delivery, which may carry a newer version.
        var outcome = await _ingestor.ProcessAsync(blob, cancellationToken);
        if (outcome.NeedsRedelivery())
        {
            throw new InvalidOperationException($"{name} was not processed ({outcome}); the host retries the delivery.");
        }
    }
}
