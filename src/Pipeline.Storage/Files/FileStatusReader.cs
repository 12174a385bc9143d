using System.Runtime.CompilerServices;
using System.Text.Json;
using Azure;
using Azure.Data.Tables;
using Azure.Storage.Blobs.Models;
using Pipeline.Storage.Articles;
using Pipeline.Storage.Hosting;
using Pipeline.Storage.Keys;

namespace Pipeline.Storage.Files;

/// <summary>
/// Reads what became of dropped files, from their rows in the Articles table and, where the question is whether a
/// file's current version has been dealt with yet, from the container.
/// </summary>
public sealed class FileStatusReader(PipelineStorage storage)
{
    /// <summary>The largest page Table Storage returns.</summary>
    public const int MaxPageSize = 1000;

    // What a listing needs of each row: the entity lists and failure details stay behind.
    private static readonly string[] ListColumns =
    [
        "PartitionKey", ArticleRow.BlobName, ArticleRow.Status, ArticleRow.Format, ArticleRow.ErrorCode, ArticleRow.Error,
        ArticleRow.Attempts, ArticleRow.ProcessedAt, ArticleRow.LastFailedAt, ArticleRow.ArticleCount, ArticleRow.FailedEntries,
        ArticleRow.ContentLength, ArticleRow.Title, ArticleRow.Source, ArticleRow.PublishedAt, ArticleRow.Words,
    ];

    // What deciding whether a file's current version has settled needs, beside the listing's columns.
    private static readonly string[] VersionColumns = [ArticleRow.BlobETag, ArticleRow.FailedVersion];

    /// <summary>
    /// One page of files as their rows record them, in the table's key order, optionally only those in
    /// <paramref name="state"/> (<see cref="FileStates.Processed"/>, <see cref="FileStates.Failed"/> or
    /// <see cref="FileStates.Quarantined"/>). A file whose row says it was processed may have been replaced since:
    /// <see cref="GetAsync"/> and <see cref="PendingAsync"/> look at the container too.
    /// </summary>
    /// <exception cref="ArgumentException"><paramref name="state"/> is unknown, or is <see cref="FileStates.Pending"/>, which only <see cref="PendingAsync"/> can tell.</exception>
    public async Task<FilePage> ListAsync(string? state, int pageSize, string? continuationToken, CancellationToken cancellationToken)
    {
        if (state is not null && (!FileStates.IsKnown(state) || state == FileStates.Pending))
        {
            throw new ArgumentException(
                state == FileStates.Pending
                    ? "Pending files are found by comparing the container with the table: use PendingAsync."
                    : $"Unknown state '{state}'; expected one of {string.Join(", ", FileStates.All)}.",
                nameof(state));
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(pageSize, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(pageSize, MaxPageSize);
        var filter = state is null
            ? TableClient.CreateQueryFilter($"RowKey eq {ArticleRow.RowKey}")
            : TableClient.CreateQueryFilter($"RowKey eq {ArticleRow.RowKey} and Status eq {state}");
        var pages = storage.ArticleTable
            .QueryAsync<TableEntity>(filter, pageSize, ListColumns, cancellationToken)
            .AsPages(string.IsNullOrEmpty(continuationToken) ? null : continuationToken, pageSize);
        await foreach (var page in pages)
        {
            return new FilePage([.. page.Values.Select(row => FromRow(row))], string.IsNullOrEmpty(page.ContinuationToken) ? null : page.ContinuationToken);
        }

        return new FilePage([], null);
    }

    /// <summary>
    /// The name storage keeps a file under: a backslash in a name given to the storage SDK becomes <c>/</c> in the
    /// blob's URL (Azurite and Azure store it so), so the blob, its listing and its row all carry the slash, and a
    /// name asked for with the backslash must be looked up with the slash.
    /// </summary>
    public static string CanonicalName(string blobName)
    {
        ArgumentNullException.ThrowIfNull(blobName);
        return blobName.Replace('\\', '/');
    }

    /// <summary>One file's status, or null when neither the container nor the table knows it.</summary>
    public async Task<FileStatus?> GetAsync(string blobName, CancellationToken cancellationToken) =>
        (await GetDetailsAsync(blobName, cancellationToken))?.Status;

    /// <summary>
    /// One file with what was extracted from it, or null when neither the container nor the table knows it. When the
    /// blob's current version has not settled yet, the state is <see cref="FileStates.Pending"/> and the rest
    /// describes the last version that did.
    /// </summary>
    public async Task<FileDetails?> GetDetailsAsync(string blobName, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(blobName);
        blobName = CanonicalName(blobName);
        var key = TableKey.Encode(blobName);
        var rowTask = storage.ArticleTable.GetEntityIfExistsAsync<TableEntity>(key, ArticleRow.RowKey, cancellationToken: cancellationToken);
        var requestTask = storage.ArticleTable.GetEntityIfExistsAsync<TableEntity>(key, ArticleRow.ReprocessRowKey, [ArticleRow.Generation], cancellationToken);
        var blobTask = GetBlobAsync(blobName, cancellationToken);
        await Task.WhenAll(rowTask, requestTask, blobTask);

        var row = (await rowTask).HasValue ? (await rowTask).Value : null;
        var blob = await blobTask;
        if (row is null && blob is null)
        {
            return null;
        }

        var status = row is null ? Unread(blobName, blob!.ContentLength) : FromRow(row);
        var request = await requestTask;
        var generation = request.HasValue ? request.Value!.GetInt32(ArticleRow.Generation) ?? 0 : 0;
        if (blob is not null && (row is null || !IsSettled(row, BlobVersion.Of(blob.ETag), generation)))
        {
            status = status with { State = FileStates.Pending };
        }

        return row is null
            ? new FileDetails(status, [], [], null)
            : new FileDetails(status, EntitiesOf(row), EntryErrorsOf(row), row.GetString(ArticleRow.LastFailure));
    }

    /// <summary>
    /// The names of blobs whose current version has no settled row yet (new, changed, being retried) or whose
    /// reprocessing was asked for and not done: what the trigger still has to deal with. It reads every file row and
    /// lists the whole container, so it costs in proportion to the corpus.
    /// </summary>
    public async IAsyncEnumerable<string> PendingAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var file in AllAsync(cancellationToken))
        {
            if (file.State == FileStates.Pending)
            {
                yield return file.Name;
            }
        }
    }

    /// <summary>
    /// Every blob in the container with its state, in blob-name order: <see cref="FileStates.Pending"/> where its
    /// current version has not settled (the rest then describes the last version that did), else as its row records
    /// it. Rows of blobs already deleted are left out. It reads every file row, then lists the container, so it costs
    /// in proportion to the corpus: an operator's view, not a request path.
    /// </summary>
    public async IAsyncEnumerable<FileStatus> AllAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var rows = new Dictionary<string, (FileStatus Status, string? Settled)>(StringComparer.Ordinal);
        await foreach (var row in storage.ArticleTable.QueryAsync<TableEntity>(
            TableClient.CreateQueryFilter($"RowKey eq {ArticleRow.RowKey}"), MaxPageSize, [.. ListColumns, .. VersionColumns], cancellationToken))
        {
            var status = FromRow(row);
            rows[status.Name] = (status, ArticleRow.SettledVersion(row));
        }

        var generations = new Dictionary<string, int>(StringComparer.Ordinal);
        await foreach (var request in storage.ArticleTable.QueryAsync<TableEntity>(
            TableClient.CreateQueryFilter($"RowKey eq {ArticleRow.ReprocessRowKey}"), MaxPageSize, ["PartitionKey", ArticleRow.BlobName, ArticleRow.Generation], cancellationToken))
        {
            generations[NameOf(request)] = request.GetInt32(ArticleRow.Generation) ?? 0;
        }

        await foreach (var blob in storage.Articles.GetBlobsAsync(cancellationToken: cancellationToken))
        {
            var current = blob.Properties.ETag is { } etag ? BlobVersion.WithGeneration(BlobVersion.Of(etag), generations.GetValueOrDefault(blob.Name)) : null;
            if (!rows.TryGetValue(blob.Name, out var known))
            {
                yield return Unread(blob.Name, blob.Properties.ContentLength ?? 0);
            }
            else
            {
                yield return current is not null && known.Settled == current ? known.Status : known.Status with { State = FileStates.Pending };
            }
        }
    }

    /// <summary>A file's status as its row records it; a row no run has finished yet (no status) is pending.</summary>
    public static FileStatus FromRow(TableEntity row)
    {
        ArgumentNullException.ThrowIfNull(row);
        return new FileStatus(
            NameOf(row),
            row.GetString(ArticleRow.Status) ?? FileStates.Pending,
            row.GetString(ArticleRow.Format),
            row.GetString(ArticleRow.ErrorCode),
            row.GetString(ArticleRow.Error),
            row.GetInt32(ArticleRow.Attempts) ?? 0,
            row.GetDateTimeOffset(ArticleRow.ProcessedAt),
            row.GetDateTimeOffset(ArticleRow.LastFailedAt),
            row.GetInt32(ArticleRow.ArticleCount) ?? 0,
            row.GetInt32(ArticleRow.FailedEntries) ?? 0,
            row.GetInt64(ArticleRow.ContentLength),
            row.GetString(ArticleRow.Title),
            row.GetString(ArticleRow.Source),
            row.GetDateTimeOffset(ArticleRow.PublishedAt),
            row.GetInt32(ArticleRow.Words) ?? 0);
    }

    /// <summary>Whether the row records the fate of exactly this blob version in this reprocessing generation.</summary>
    private static bool IsSettled(TableEntity row, string blobVersion, int generation) =>
        ArticleRow.SettledVersion(row) == BlobVersion.WithGeneration(blobVersion, generation);

    private static FileStatus Unread(string name, long contentLength) =>
        new(name, FileStates.Pending, null, null, null, 0, null, null, 0, 0, contentLength, null, null, null, 0);

    private static string NameOf(TableEntity row) => row.GetString(ArticleRow.BlobName) ?? TableKey.Decode(row.PartitionKey);

    private async Task<BlobProperties?> GetBlobAsync(string blobName, CancellationToken cancellationToken)
    {
        try
        {
            return (await storage.Articles.GetBlobClient(blobName).GetPropertiesAsync(cancellationToken: cancellationToken)).Value;
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            return null;
        }
    }

    private static List<FileEntity> EntitiesOf(TableEntity row) =>
        [.. StoredEntities.FromJson(row.GetString(ArticleRow.EntitiesJson))
            .Select(e => new FileEntity(e.Key, e.Name, e.Type, e.Mentions, e.Articles))
            .OrderByDescending(e => e.Mentions)
            .ThenBy(e => e.Key, StringComparer.Ordinal)];

    private static List<FileEntryError> EntryErrorsOf(TableEntity row) =>
        row.GetString(ArticleRow.EntryErrorsJson) is { Length: > 0 } json
            ? [.. (JsonSerializer.Deserialize(json, EntryErrorJsonContext.Default.ListEntryError) ?? []).Select(e => new FileEntryError(e.Index, e.Code, e.Message))]
            : [];
}
