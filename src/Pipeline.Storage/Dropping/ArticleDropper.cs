using System.Security.Cryptography;
using Azure;
using Azure.Data.Tables;
using Azure.Storage.Blobs.Models;
using Pipeline.Storage.Articles;
using Pipeline.Storage.Hosting;
using Pipeline.Storage.Keys;

namespace Pipeline.Storage.Dropping;

/// <summary>Uploads article files into the container, the way operators drop them, and follows their fate.</summary>
public sealed class ArticleDropper
{
    private readonly PipelineStorage _storage;
    private readonly TimeProvider _time;

    public ArticleDropper(PipelineStorage storage, TimeProvider time)
    {
        _storage = storage;
        _time = time;
    }

    /// <summary>
    /// Uploads files: a file under its own name, every file below a directory under its path relative to that
    /// directory (with '/'). A file whose content already stands in the container unchanged (same MD5) is not
    /// uploaded again.
    /// </summary>
    public async Task<IReadOnlyList<DroppedFile>> DropAsync(IEnumerable<FileSystemInfo> paths, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var existing = new Dictionary<string, (byte[]? Hash, ETag ETag)>(StringComparer.Ordinal);
        await foreach (var blob in _storage.Articles.GetBlobsAsync(cancellationToken: cancellationToken))
        {
            existing[blob.Name] = (blob.Properties.ContentHash, blob.Properties.ETag ?? default);
        }

        var dropped = new List<DroppedFile>();
        foreach (var (file, name) in Expand(paths))
        {
            byte[] hash;
            await using (var read = file.OpenRead())
            {
#pragma warning disable CA5351 // Content-MD5 is Blob Storage's own integrity and change check, not a security measure.
                hash = await MD5.HashDataAsync(read, cancellationToken);
#pragma warning restore CA5351
            }

            if (existing.TryGetValue(name, out var current) && current.Hash is { } currentHash && currentHash.AsSpan().SequenceEqual(hash))
            {
                dropped.Add(new DroppedFile(name, BlobVersion.Of(current.ETag), Uploaded: false));
                continue;
            }

            await using var content = file.OpenRead();
            var options = new BlobUploadOptions
            {
                HttpHeaders = new BlobHttpHeaders { ContentType = ContentTypes.ForFileName(name), ContentHash = hash },
            };
            var response = await _storage.Articles.GetBlobClient(name).UploadAsync(content, options, cancellationToken);
            dropped.Add(new DroppedFile(name, BlobVersion.Of(response.Value.ETag), Uploaded: true));
        }

        return dropped;
    }

    private static IEnumerable<(FileInfo File, string BlobName)> Expand(IEnumerable<FileSystemInfo> paths)
    {
        foreach (var path in paths)
        {
            if (path is DirectoryInfo directory)
            {
                foreach (var file in directory.EnumerateFiles("*", SearchOption.AllDirectories).OrderBy(f => f.FullName, StringComparer.Ordinal))
                {
                    yield return (file, Path.GetRelativePath(directory.FullName, file.FullName).Replace(Path.DirectorySeparatorChar, '/'));
                }
            }
            else if (path is FileInfo file)
            {
                yield return (file, file.Name);
            }
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
        ArgumentNullException.ThrowIfNull(files);
        var status = files.ToDictionary(f => f.Name, _ => (string?)null, StringComparer.Ordinal);
        var deadline = _time.GetUtcNow() + timeout;
        while (true)
        {
            foreach (var file in files.Where(f => status[f.Name] is null))
            {
                var row = await _storage.ArticleTable.GetEntityIfExistsAsync<TableEntity>(
                    TableKey.Encode(file.Name), ArticleRow.RowKey, cancellationToken: cancellationToken);
                if (row.HasValue && ArticleRow.SettledVersion(row.Value!) == BlobVersion.Normalize(file.Version))
                {
                    status[file.Name] = row.Value!.GetString(ArticleRow.Status);
                }
            }

            if (status.Values.All(s => s is not null) || _time.GetUtcNow() > deadline)
            {
                return status;
            }

            await Task.Delay(TimeSpan.FromMilliseconds(200), _time, cancellationToken);
        }
    }
}

/// <summary>A file dropped into the container: its blob name, the version now there, and whether it was sent.</summary>
public sealed record DroppedFile(string Name, string Version, bool Uploaded);
