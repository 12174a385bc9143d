using Microsoft.Azure.Functions.Worker;
using Pipeline.Storage.Articles;
using Pipeline.Storage.Hosting;
using Pipeline.Storage.Reprocessing;

namespace Pipeline.Functions.Functions;

/// <summary>
/// Processes a file again when an operator asks for it (<c>POST /api/files/{name}/reprocess</c> queues its name). The
/// request already raised the file's generation, so processing replaces, never doubles, what the file counted.
/// </summary>
public sealed class ReprocessArticle(ReprocessRequests requests)
{
    [Function(nameof(ReprocessArticle))]
    public async Task Run(
        [QueueTrigger(ReprocessRequests.DefaultQueueName, Connection = StorageConnection.DefaultName)] string name,
        CancellationToken cancellationToken)
    {
        // A failed attempt is recorded against the file (and quarantined after five); throwing makes the host retry
        // the message, as it does for a file held by another processor.
        var outcome = await requests.ProcessAsync(name, cancellationToken);
        if (outcome.NeedsRedelivery())
        {
            throw new InvalidOperationException($"{name} was not reprocessed ({outcome}); the host retries the message.");
        }
    }
}
