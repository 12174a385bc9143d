using Azure;

namespace Pipeline.Storage.Hosting;

/// <summary>Answers whether the blob container and the tables can be reached, for readiness checks.</summary>
public sealed class StorageHealthProbe
{
    private readonly PipelineStorage _storage;

    public StorageHealthProbe(PipelineStorage storage) => _storage = storage;

    /// <summary>How long a readiness check may wait for storage before it reports it unreachable.</summary>
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(5);

    public async Task<StorageHealth> CheckAsync(CancellationToken requestAborted)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(requestAborted);
        timeout.CancelAfter(Timeout);
        var cancellationToken = timeout.Token;
        try
        {
            var containerTask = _storage.Articles.ExistsAsync(cancellationToken);
            var tableTask = _storage.ArticleTable.QueryAsync<Azure.Data.Tables.TableEntity>(maxPerPage: 1, select: ["PartitionKey"], cancellationToken: cancellationToken)
                .AsPages(pageSizeHint: 1)
                .FirstAsync(cancellationToken)
                .AsTask();
            await Task.WhenAll(containerTask, tableTask);
            return (await containerTask).Value
                ? new StorageHealth(true, null)
                : new StorageHealth(false, $"container '{_storage.Articles.Name}' does not exist");
        }
        catch (RequestFailedException ex)
        {
            return new StorageHealth(false, $"storage answered {ex.Status}: {ex.ErrorCode ?? ex.Message}");
        }
        catch (Exception ex) when (!requestAborted.IsCancellationRequested && (ex.IsStorageFailure() || ex is TimeoutException or OperationCanceledException))
        {
            return new StorageHealth(false, $"storage unreachable: {StorageFailure.Describe(ex)}");
        }
    }
}

/// <summary>The outcome of a storage readiness check.</summary>
public sealed record StorageHealth(bool Reachable, string? Problem);
