using System.Security.Cryptography;
using System.Text;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Pipeline.Core;
using Pipeline.Core.Model;
using Pipeline.Storage.Hosting;

namespace Pipeline.Storage.Articles;

/// <summary>
/// Keeps each file's full extraction results (the JSON of <see cref="AnalysisJsonWriter"/>) as a blob of the results
/// container. The blob is named by a hash of the file's name, so any name fits and the name's length never matters.
/// </summary>
public sealed class ResultBlobs(PipelineStorage storage)
{
    public BlobClient BlobOf(string fileName)
    {
        ArgumentNullException.ThrowIfNull(fileName);
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(fileName)));
        return storage.Results.GetBlobClient(hash + ".json");
    }

    /// <summary>Replaces the file's results; written before the file's row, so a row never points at older results.</summary>
    public async Task WriteAsync(string fileName, FileAnalysis? analysis, ArticleError? error, CancellationToken cancellationToken)
    {
        using var json = new MemoryStream();
        AnalysisJsonWriter.Write(json, fileName, analysis, error);
        json.Position = 0;
        await BlobOf(fileName).UploadAsync(
            json,
            new BlobUploadOptions { HttpHeaders = new BlobHttpHeaders { ContentType = "application/json; charset=utf-8" } },
            cancellationToken);
    }

    public async Task DeleteAsync(string fileName, CancellationToken cancellationToken) =>
        await BlobOf(fileName).DeleteIfExistsAsync(cancellationToken: cancellationToken);

    /// <summary>The file's results as stored, or null where there are none (never processed, or removed).</summary>
    public async Task<BinaryData?> ReadAsync(string fileName, CancellationToken cancellationToken)
    {
        try
        {
            return (await BlobOf(fileName).DownloadContentAsync(cancellationToken)).Value.Content;
        }
        catch (Azure.RequestFailedException ex) when (ex.Status == 404)
        {
            return null;
        }
    }
}
