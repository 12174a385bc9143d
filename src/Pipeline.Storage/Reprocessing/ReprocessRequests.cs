using Azure.Storage.Queues;
using Azure.Storage.Queues.Models;
using Pipeline.Storage.Articles;
using Pipeline.Storage.Hosting;

namespace Pipeline.Storage.Reprocessing;

/// <summary>
/// Operators' requests to process a file again: the file's generation is raised first (so a lost message still
/// leaves the request on record for a restarting reconciler), then a message naming the file is queued for
/// whichever worker takes it — the function app's queue trigger, or <c>pipeline run</c>'s listener.
/// </summary>
public sealed class ReprocessRequests(PipelineStorage storage, ArticleIngestor ingestor)
{
    /// <summary>The default name of the queue of files to reprocess (<see cref="PipelineStorageOptions.ReprocessQueue"/>); its messages are blob names, as plain text.</summary>
    public const string DefaultQueueName = "article-reprocess";

    public QueueClient Queue { get; } = storage.ReprocessQueue ?? throw new InvalidOperationException("No queue service is configured for reprocess requests.");

    /// <summary>Records and queues the request; false when the container holds no such file.</summary>
    public async Task<bool> RequestAsync(string blobName, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(blobName);
        blobName = Files.FileStatusReader.CanonicalName(blobName);
        if (!await storage.Articles.GetBlobClient(blobName).ExistsAsync(cancellationToken))
        {
            return false;
        }

        await ingestor.RequestReprocessAsync(blobName, cancellationToken);
        await Queue.SendMessageAsync(blobName, cancellationToken);
        return true;
    }

    /// <summary>Processes the file one queued message names; the caller deletes the message when this returns.</summary>
    public Task<IngestOutcome> ProcessAsync(string blobName, CancellationToken cancellationToken) =>
        ingestor.ProcessAsync(storage.Articles.GetBlobClient(blobName), cancellationToken);

    /// <summary>Receives up to <paramref name="count"/> requests, hidden from other workers for <paramref name="visibility"/>.</summary>
    public async Task<QueueMessage[]> ReceiveAsync(int count, TimeSpan visibility, CancellationToken cancellationToken) =>
        (await Queue.ReceiveMessagesAsync(count, visibility, cancellationToken)).Value;
}
