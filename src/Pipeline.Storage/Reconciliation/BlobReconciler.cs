using System.Collections.Concurrent;
using Azure.Data.Tables;
using Azure.Storage.Blobs.Models;
using Microsoft.Extensions.Logging;
using Pipeline.Storage.Articles;
using Pipeline.Storage.Hosting;

namespace Pipeline.Storage.Reconciliation;

/// <summary>
/// Brings the tables in line with the container: ingests blobs that are new or changed since they were last
/// processed and removes the contribution of blobs that are gone.
/// </summary>
/// <remarks>
/// This is the local runtime's trigger (the WebJobs polling trigger misses blobs on Azurite, see DESIGN.md) and
/// the function app's safety net for missed Event Grid deliveries and for deletions. It keeps what it has seen
/// in memory only as a cache; the Articles table stays the truth, and the ingestor checks it before doing work,
/// so any number of instances may reconcile at once.
/// </remarks>
public sealed partial class BlobReconciler
{
    private readonly PipelineStorage _storage;
    private readonly ArticleIngestor _ingestor;
    private readonly ILogger<BlobReconciler> _logger;
    private readonly ConcurrentDictionary<string, string> _seen = new(StringComparer.Ordinal);
    private readonly HashSet<string> _walked = new(StringComparer.Ordinal);
    private string? _continuation;
    private bool _loaded;

    private const int ListPageSize = 1000;

    public BlobReconciler(PipelineStorage storage, ArticleIngestor ingestor, ILogger<BlobReconciler> logger)
    {
        _storage = storage;
        _ingestor = ingestor;
        _logger = logger;
    }

    /// <summary>One pass over the container.</summary>
    /// <remarks>
    /// After storage could not be reached, the next pass that reaches it reloads what has been processed from the
    /// Articles table before trusting its cache again: what storage holds after an outage need not be what this
    /// process last saw (Azurite killed loses its last few seconds of writes; an account can be restored to an
    /// earlier point in time), and a file the cache calls processed whose row is gone would otherwise never be
    /// looked at again.
    /// </remarks>
    public async Task<ReconcileResult> RunOnceAsync(CancellationToken cancellationToken)
    {
        try
        {
            return await RunPassAsync(cancellationToken);
        }
        catch (Exception ex) when (ex.IsUnreachable())
        {
            ForgetCache();
            throw;
        }
    }

    private void ForgetCache()
    {
        if (_loaded)
        {
            LogCacheDropped(_logger);
        }

        _loaded = false;
    }

    private async Task<ReconcileResult> RunPassAsync(CancellationToken cancellationToken)
    {
        if (!_loaded)
        {
            _seen.Clear();
            await LoadSeenAsync(cancellationToken);
            _loaded = true;
        }

        // Bounded work per pass: list at most MaxBlobsPerPass blobs, resuming where the last pass stopped; a
        // container of millions takes several passes to walk, and deletions are judged once a walk is complete.
        var listed = 0;
        var walkComplete = false;
        var changed = new List<BlobItem>();
        var pages = _storage.Articles.GetBlobsAsync(cancellationToken: cancellationToken).AsPages(_continuation, Math.Min(ListPageSize, Math.Max(1, _storage.Options.MaxBlobsPerPass)));
        await foreach (var page in pages)
        {
            foreach (var blob in page.Values)
            {
                listed++;
                _walked.Add(blob.Name);
                var version = blob.Properties.ETag is { } current ? BlobVersion.Of(current) : null;
                if (version is null || !_seen.TryGetValue(blob.Name, out var seen) || BlobVersion.BlobPart(seen) != version)
                {
                    changed.Add(blob);
                }
            }

            // The last page's token is empty rather than null.
            _continuation = string.IsNullOrEmpty(page.ContinuationToken) ? null : page.ContinuationToken;
            walkComplete = _continuation is null;
            if (walkComplete || listed >= _storage.Options.MaxBlobsPerPass)
            {
                break;
            }
        }

        var processed = 0;
        var failed = 0;
        var errors = 0;
        var unreachable = 0;
        var parallel = new ParallelOptions
        {
            MaxDegreeOfParallelism = Math.Max(1, _storage.Options.ReconcileParallelism),
            CancellationToken = cancellationToken,
        };
        await Parallel.ForEachAsync(changed, parallel, async (blob, ct) =>
        {
            if (Volatile.Read(ref unreachable) != 0)
            {
                // Storage is gone: the rest of the pass would only wait out the SDK's retries blob after blob (about
                // a minute each by default). They stay unseen, and the next pass tries them again.
                return;
            }

            try
            {
                var outcome = await _ingestor.ProcessAsync(_storage.Articles.GetBlobClient(blob.Name), ct);
                switch (outcome)
                {
                    case IngestOutcome.Processed:
                        Interlocked.Increment(ref processed);
                        break;
                    case IngestOutcome.Failed:
                        Interlocked.Increment(ref failed);
                        break;
                    case IngestOutcome.RetryLater or IngestOutcome.Quarantined:
                        Interlocked.Increment(ref errors);
                        break;
                    default:
                        break;
                }

                // A quarantined version counts as seen; one to retry, or one changed or held elsewhere, does not.
                if (outcome != IngestOutcome.Superseded && !outcome.NeedsRedelivery() && blob.Properties.ETag is { } etag)
                {
                    _seen[blob.Name] = BlobVersion.Of(etag);
                }
            }
            catch (Exception ex) when (ex.IsStorageFailure())
            {
                // Storage trouble: leave the blob unseen so the next pass tries again.
                Interlocked.Increment(ref errors);
                LogIngestError(_logger, blob.Name, ex);
                if (ex.IsUnreachable())
                {
                    Volatile.Write(ref unreachable, 1);
                }
            }
        });

        if (unreachable != 0)
        {
            // Judge no deletions on a cache about to be reloaded; the next pass starts from the table.
            ForgetCache();
            if (walkComplete)
            {
                _walked.Clear();
            }

            return new ReconcileResult(listed, processed, failed, 0, errors);
        }

        var removed = 0;
        var gone = walkComplete ? _seen.Keys.Where(name => !_walked.Contains(name)).ToList() : [];
        if (walkComplete)
        {
            _walked.Clear();
        }

        foreach (var name in gone)
        {
            if (await _ingestor.RemoveAsync(name, cancellationToken) == IngestOutcome.Busy)
            {
                continue;
            }

            _seen.TryRemove(name, out _);
            removed++;
        }

        var result = new ReconcileResult(listed, processed, failed, removed, errors);
        if (changed.Count > 0 || removed > 0)
        {
            LogPass(_logger, result.Listed, result.Processed, result.Failed, result.Removed, result.Errors);
        }

        return result;
    }

    private async Task LoadSeenAsync(CancellationToken cancellationToken)
    {
        var rows = _storage.ArticleTable.QueryAsync<TableEntity>(
            TableClient.CreateQueryFilter($"RowKey eq {ArticleRow.RowKey}"),
            select: [ArticleRow.BlobName, ArticleRow.BlobETag, ArticleRow.Status, ArticleRow.FailedVersion],
            cancellationToken: cancellationToken);
        await foreach (var row in rows)
        {
            // A quarantined version counts as seen: it is not retried until the blob changes.
            if (row.GetString(ArticleRow.BlobName) is { } name && ArticleRow.SettledVersion(row) is { } version)
            {
                _seen[name] = version;
            }
        }

        // A file whose reprocessing was asked for but not done (its request's message lost, say) is not seen yet.
        var requests = _storage.ArticleTable.QueryAsync<TableEntity>(
            TableClient.CreateQueryFilter($"RowKey eq {ArticleRow.ReprocessRowKey}"),
            select: [ArticleRow.BlobName, ArticleRow.Generation],
            cancellationToken: cancellationToken);
        await foreach (var request in requests)
        {
            if (request.GetString(ArticleRow.BlobName) is { } name && _seen.TryGetValue(name, out var version)
                && BlobVersion.GenerationOf(version) != (request.GetInt32(ArticleRow.Generation) ?? 0))
            {
                _seen.TryRemove(name, out _);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not ingest {BlobName}; it will be retried on the next pass.")]
    private static partial void LogIngestError(ILogger logger, string blobName, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Storage could not be reached; what was processed will be read again from the Articles table once it can.")]
    private static partial void LogCacheDropped(ILogger logger);

    [LoggerMessage(Level = LogLevel.Information, Message = "Reconciled {Listed} blobs: {Processed} processed, {Failed} failed, {Removed} removed, {Errors} to retry.")]
    private static partial void LogPass(ILogger logger, int listed, int processed, int failed, int removed, int errors);
}

/// <summary>What one reconciliation pass did.</summary>
public sealed record ReconcileResult(int Listed, int Processed, int Failed, int Removed, int Errors);
