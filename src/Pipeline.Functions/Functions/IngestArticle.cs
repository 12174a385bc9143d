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
        // A storage failure throws, so the host retries the delivery and, after poisonBlobThreshold tries,
        // parks it; a bad file is not a failure of the function: it ends as a recorded Failed row.
        // The outcome is logged by the ingestor and recorded in the Articles row; the function has no output binding.
        await _ingestor.IngestAsync(blob, cancellationToken);
    }
}
