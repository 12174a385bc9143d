using Azure;
using Azure.Data.Tables;
using Pipeline.Storage.Ledger;

namespace Pipeline.Storage.Articles;

/// <summary>
/// Lets one processor at a time work on a file. Without it two versions of one blob processed at once (a trigger
/// for each upload, a duplicate delivery, the reconciler) each take back what their own view of the previous
/// version contributed, and an entity only one of them knew about could stay counted after the other's row wins.
/// The lock is a row (<c>lock</c>) in the file's partition of the Articles table, taken by inserting it and given
/// back by deleting it; a holder that died is overtaken once the row's lease time has passed.
/// </summary>
internal sealed class FileProcessingLock(TableClient table, TimeProvider time, TimeSpan lease)
{
    public const string RowKey = "lock";
    private const string ExpiresAt = "ExpiresAt";
    private const string Owner = "Owner";

    // Far longer than processing one file takes (seconds at most), so a live holder is never overtaken; short enough
    // that a file whose processor died is taken up again by the next delivery or reconciler pass after it
    // (PipelineStorageOptions.FileLockLease, two minutes unless configured).
    private readonly TimeSpan _lease = lease > TimeSpan.Zero
        ? lease
        : throw new ArgumentOutOfRangeException(nameof(lease), lease, "the lock's lease must be positive");

    /// <summary>Takes the file's lock, waiting while another processor holds it, up to <paramref name="maxWait"/>; null when it stayed busy.</summary>
    public async Task<Held?> TryAcquireAsync(string partitionKey, TimeSpan maxWait, CancellationToken cancellationToken)
    {
        var deadline = time.GetUtcNow() + maxWait;
        // Who is asking, written into the row: when the answer to an insert that succeeded is lost (a dropped
        // connection), the SDK's retry of it gets 409, and the row then says the lock is ours after all.
        var owner = Guid.NewGuid().ToString("N");
        for (var attempt = 1; ; attempt++)
        {
            var row = new TableEntity(partitionKey, RowKey) { [ExpiresAt] = time.GetUtcNow() + _lease, [Owner] = owner };
            try
            {
                var added = await table.AddEntityAsync(row, cancellationToken);
                return new Held(table, partitionKey, added.Headers.ETag ?? ETag.All);
            }
            catch (RequestFailedException ex) when (ex.Status == 409)
            {
                if (await TryOvertakeExpiredAsync(row, owner, cancellationToken) is { } taken)
                {
                    return taken;
                }
            }

            if (time.GetUtcNow() >= deadline)
            {
                return null;
            }

            await Task.Delay(Backoff.Jittered(attempt), cancellationToken);
        }
    }

    private async Task<Held?> TryOvertakeExpiredAsync(TableEntity row, string owner, CancellationToken cancellationToken)
    {
        var current = await table.GetEntityIfExistsAsync<TableEntity>(row.PartitionKey, RowKey, cancellationToken: cancellationToken);
        if (current.HasValue && current.Value!.GetString(Owner) == owner)
        {
            // Our own insert, whose answer was lost.
            return new Held(table, row.PartitionKey, current.Value.ETag);
        }

        if (!current.HasValue || current.Value!.GetDateTimeOffset(ExpiresAt) is not { } expires || expires > time.GetUtcNow())
        {
            return null;
        }

        try
        {
            // Guarded by the expired row's ETag, so of two processors overtaking it only one succeeds.
            var updated = await table.UpdateEntityAsync(row, current.Value.ETag, TableUpdateMode.Replace, cancellationToken);
            return new Held(table, row.PartitionKey, updated.Headers.ETag ?? ETag.All);
        }
        catch (RequestFailedException ex) when (ex.Status is 404 or 412)
        {
            return null;
        }
    }

    /// <summary>A held lock; disposing gives it back (unless it was overtaken meanwhile).</summary>
    public sealed class Held(TableClient table, string partitionKey, ETag etag) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            try
            {
                await table.DeleteEntityAsync(partitionKey, RowKey, etag, CancellationToken.None);
            }
            catch (RequestFailedException ex) when (ex.Status is 404 or 412)
            {
                // Overtaken after expiring, or already gone: nothing of ours to give back.
            }
        }
    }
}
