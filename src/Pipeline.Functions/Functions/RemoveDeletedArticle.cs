using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;
using Pipeline.Storage.Articles;
using Pipeline.Storage.Hosting;
using Pipeline.Storage.Reconciliation;

namespace Pipeline.Functions.Functions;

/// <summary>
/// Takes back an article file's contribution when Event Grid reports the blob deleted (a BlobDeleted event that
/// Event Grid writes to the <c>article-deletions</c> queue; infra/modules/eventgrid.bicep).
/// </summary>
public sealed partial class RemoveDeletedArticle
{
    /// <summary>The queue Event Grid delivers BlobDeleted events to.</summary>
    public const string QueueName = "article-deletions";

    private readonly PipelineStorage _storage;
    private readonly ArticleIngestor _ingestor;
    private readonly ILogger<RemoveDeletedArticle> _logger;

    public RemoveDeletedArticle(PipelineStorage storage, ArticleIngestor ingestor, ILogger<RemoveDeletedArticle> logger)
    {
        _storage = storage;
        _ingestor = ingestor;
        _logger = logger;
    }

    [Function(nameof(RemoveDeletedArticle))]
    public async Task Run(
        [QueueTrigger(QueueName, Connection = StorageConnection.DefaultName)] string message,
        CancellationToken cancellationToken)
    {
        if (!BlobDeletedEvent.TryParse(message, _storage.Options.ArticlesContainer, out var name))
        {
            LogIgnored(_logger, _storage.Options.ArticlesContainer);
            return;
        }

        // Events arrive late and out of order: a file deleted and then dropped again may be back by now. So the
        // ingestor looks at the blob under the file's lock: gone, its contribution is removed (idempotently);
        // back, its current version stays counted. A file held elsewhere, or a failed attempt, throws so the
        // host retries the message (and after five tries parks it in the poison queue).
        var outcome = await _ingestor.ProcessAsync(_storage.Articles.GetBlobClient(name), cancellationToken);
        if (outcome.NeedsRedelivery())
        {
            throw new InvalidOperationException($"{name} was not reconciled after its deletion ({outcome}); the host retries the message.");
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Ignored a message that is not a BlobDeleted event for a blob in the {Container} container.")]
    private static partial void LogIgnored(ILogger logger, string container);
}
