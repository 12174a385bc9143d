using System.Collections.Concurrent;
using System.Security.Cryptography;
using Azure;
using Azure.Data.Tables;
using Azure.Storage.Blobs.Models;
using Pipeline.Storage.Articles;
using Pipeline.Storage.Files;
using Pipeline.Storage.Hosting;
using Pipeline.Storage.Keys;

namespace Pipeline.Storage.Dropping;

/// <summary>Uploads article files into the container, the way operators drop them, and follows their fate.</summary>
public sealed class ArticleDropper
{
    /// <summary>How many uploads, or status reads while following, run at once unless the caller says otherwise.</summary>
    public const int DefaultParallelism = 8;

    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(200);

    private readonly PipelineStorage _storage;
    private readonly TimeProvider _time;

    public ArticleDropper(PipelineStorage storage, TimeProvider time)
    {
        _storage = storage;
        _time = time;
    }

    /// <summary>
    /// Uploads files under the blob names given, <paramref name="parallelism"/> at a time, with a content type from
    /// the file name and the content's MD5. A file whose content already stands in the container unchanged (same
    /// MD5) is not uploaded again. <paramref name="progress"/> hears of each file once it is uploaded or found
    /// unchanged, on the uploading thread; when cancelled, a file whose upload had not completed is not reported.
    /// </summary>
    /// <returns>Every file, in blob-name order.</returns>
    public async Task<IReadOnlyList<DroppedFile>> DropAsync(
        IReadOnlyList<LocalArticleFile> files,
        int parallelism,
        IProgress<DroppedFile>? progress,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(files);
        var existing = await ListExistingAsync(files, cancellationToken);
        var dropped = new ConcurrentBag<DroppedFile>();
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, parallelism), CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(files, parallel, async (file, ct) =>
        {
            var result = await DropOneAsync(file, existing, ct);
            dropped.Add(result);
            progress?.Report(result);
        });

        return [.. dropped.OrderBy(f => f.Name, StringComparer.Ordinal)];
    }

    private async Task<DroppedFile> DropOneAsync(LocalArticleFile file, Dictionary<string, (byte[]? Hash, ETag ETag)> existing, CancellationToken cancellationToken)
    {
        byte[] hash;
        long length;
        await using (var read = file.File.OpenRead())
        {
            length = read.Length;
#pragma warning disable CA5351 // Content-MD5 is Blob Storage's own integrity and change check, not a security measure.
            hash = await MD5.HashDataAsync(read, cancellationToken);
#pragma warning restore CA5351
        }

        if (existing.TryGetValue(file.BlobName, out var current) && current.Hash is { } currentHash && currentHash.AsSpan().SequenceEqual(hash))
        {
            return new DroppedFile(file.BlobName, BlobVersion.Of(current.ETag), Uploaded: false, length);
        }

        await using var content = file.File.OpenRead();
        var options = new BlobUploadOptions
        {
            HttpHeaders = new BlobHttpHeaders { ContentType = ContentTypes.ForFileName(file.BlobName), ContentHash = hash },
        };
        var response = await _storage.Articles.GetBlobClient(file.BlobName).UploadAsync(content, options, cancellationToken);
        return new DroppedFile(file.BlobName, BlobVersion.Of(response.Value.ETag), Uploaded: true, length);
    }

    // One listing of the part of the container the files go to (their common name prefix), rather than one
    // request per file: a crawl of thousands of files costs a few pages.
    private async Task<Dictionary<string, (byte[]? Hash, ETag ETag)>> ListExistingAsync(IReadOnlyList<LocalArticleFile> files, CancellationToken cancellationToken)
    {
        var existing = new Dictionary<string, (byte[]? Hash, ETag ETag)>(StringComparer.Ordinal);
        if (files.Count == 0)
        {
            return existing;
        }

        var prefix = files.Skip(1).Aggregate(files[0].BlobName, (common, file) => common[..CommonPrefixLength(common, file.BlobName)]);
        await foreach (var blob in _storage.Articles.GetBlobsAsync(BlobTraits.None, BlobStates.None, prefix.Length == 0 ? null : prefix, cancellationToken))
        {
            existing[blob.Name] = (blob.Properties.ContentHash, blob.Properties.ETag ?? default);
        }

        return existing;
    }

    private static int CommonPrefixLength(string first, string second)
    {
        var length = 0;
        while (length < first.Length && length < second.Length && first[length] == second[length])
        {
            length++;
        }

        return length;
    }

    /// <summary>
    /// Polls the Articles table until each dropped file's version has settled (processed, failed or quarantined), or
    /// until <paramref name="timeout"/> passes. <paramref name="settled"/> hears of each file as it settles.
    /// </summary>
    /// <returns>Each file's status by name; null where it was still pending when the time ran out.</returns>
    public async Task<IReadOnlyDictionary<string, FileStatus?>> FollowAsync(
        IReadOnlyList<DroppedFile> files,
        TimeSpan timeout,
        IProgress<FileStatus>? settled,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(files);
        var status = new ConcurrentDictionary<string, FileStatus?>(files.Select(f => KeyValuePair.Create(f.Name, (FileStatus?)null)), StringComparer.Ordinal);
        var deadline = _time.GetUtcNow() + timeout;
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = DefaultParallelism * 2, CancellationToken = cancellationToken };
        while (true)
        {
            await Parallel.ForEachAsync(files.Where(f => status[f.Name] is null), parallel, async (file, ct) =>
            {
                var row = await _storage.ArticleTable.GetEntityIfExistsAsync<TableEntity>(TableKey.Encode(file.Name), ArticleRow.RowKey, cancellationToken: ct);
                if (row.HasValue && ArticleRow.SettledVersion(row.Value!) == BlobVersion.Normalize(file.Version))
                {
                    var fate = FileStatusReader.FromRow(row.Value!);
                    status[file.Name] = fate;
                    settled?.Report(fate);
                }
            });

            if (status.Values.All(s => s is not null) || _time.GetUtcNow() > deadline)
            {
                return status;
            }

            await Task.Delay(PollInterval, _time, cancellationToken);
        }
    }

    /// <summary>
    /// Polls the Articles table until each dropped file's version has been processed or has failed, or until
    /// <paramref name="timeout"/> passes. Returns the status of each file (null where still pending).
    /// </summary>
    public async Task<IReadOnlyDictionary<string, string?>> WaitForAsync(
        IReadOnlyList<DroppedFile> files,
        TimeSpan timeout,
        CancellationToken cancellationToken)
    {
        var fates = await FollowAsync(files, timeout, null, cancellationToken);
        return fates.ToDictionary(f => f.Key, f => f.Value?.State, StringComparer.Ordinal);
    }
}

/// <summary>A file dropped into the container: its blob name, the version now there, whether it was sent, and its size.</summary>
public sealed record DroppedFile(string Name, string Version, bool Uploaded, long Bytes = 0);
