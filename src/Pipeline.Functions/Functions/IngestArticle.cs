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

        // A bad file is not a failure of the function: it ends as a recorded Failed row. A storage failure throws,
        // so the host retries the delivery. Anything else is counted against the blob's version; once that version
        // is quarantined the delivery completes, so the host stops retrying it. The outcome is logged by the
        // ingestor and recorded in the Articles row; the function has no output binding.
        IngestOutcome outcome;
        try
        {
            outcome = await _ingestor.IngestAsync(blob, cancellationToken);
        }
        catch (Exception ex) when (!ex.IsStorageFailure() && ex is not OperationCanceledException)
        {
            if (await _ingestor.RecordFailureAsync(blob, ex, cancellationToken) != IngestOutcome.Quarantined)
            {
                throw;
            }

            return;
        }

        if (outcome == IngestOutcome.Busy)
        {
            // Another processor held the file all along; the host retries this delivery, which may carry a newer version.
            throw new TimeoutException($"{name} stayed locked by another processor for {ArticleIngestor.LockWait}.");
        }
    }
}
