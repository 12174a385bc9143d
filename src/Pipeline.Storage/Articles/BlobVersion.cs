using Azure;

namespace Pipeline.Storage.Articles;

/// <summary>
/// A blob version as the pipeline records it: the ETag without surrounding quotes. Blob listings return ETags
/// bare while response headers quote them, so every comparison goes through here.
/// </summary>
/// <remarks>
/// An operator's request to reprocess a file raises its generation; the version its contributions are recorded under
/// is then <c>etag#generation</c>, so the ledger replaces what the earlier processing of the same blob counted. An
/// ETag never holds <c>#</c>.
/// </remarks>
public static class BlobVersion
{
    private const char GenerationSeparator = '#';

    public static string Of(ETag etag) => Normalize(etag.ToString());

    public static string Normalize(string etag)
    {
        ArgumentNullException.ThrowIfNull(etag);
        return etag.Trim('"');
    }

    /// <summary>The version a blob's processing is recorded under in <paramref name="generation"/> (0 until a reprocess is asked for).</summary>
    public static string WithGeneration(string version, int generation) =>
        generation <= 0 ? version : string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{version}{GenerationSeparator}{generation}");

    /// <summary>The blob's own ETag in a recorded version.</summary>
    public static string BlobPart(string version)
    {
        ArgumentNullException.ThrowIfNull(version);
        var separator = version.IndexOf(GenerationSeparator, StringComparison.Ordinal);
        return separator < 0 ? version : version[..separator];
    }

    /// <summary>The generation of a recorded version.</summary>
    public static int GenerationOf(string version)
    {
        ArgumentNullException.ThrowIfNull(version);
        var separator = version.IndexOf(GenerationSeparator, StringComparison.Ordinal);
        return separator >= 0 && int.TryParse(version.AsSpan(separator + 1), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var generation)
            ? generation
            : 0;
    }
}
