using Azure;

namespace Pipeline.Storage.Articles;

/// <summary>
/// A blob version as the pipeline records it: the ETag without surrounding quotes. Blob listings return ETags
/// bare while response headers quote them, so every comparison goes through here.
/// </summary>
public static class BlobVersion
{
    public static string Of(ETag etag) => Normalize(etag.ToString());

    public static string Normalize(string etag)
    {
        ArgumentNullException.ThrowIfNull(etag);
        return etag.Trim('"');
    }
}
