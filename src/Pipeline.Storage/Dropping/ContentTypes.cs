namespace Pipeline.Storage.Dropping;

/// <summary>
/// Content types for the file kinds operators drop, so the container shows what each blob is. No charset is
/// claimed: the pipeline detects the encoding from the bytes, and a legacy file is not UTF-8.
/// </summary>
internal static class ContentTypes
{
    public static string ForFileName(string name) => Path.GetExtension(name).ToUpperInvariant() switch
    {
        ".TXT" => "text/plain",
        ".MD" or ".MARKDOWN" => "text/markdown",
        ".HTML" or ".HTM" => "text/html",
        ".JSON" => "application/json",
        ".JSONL" or ".NDJSON" => "application/x-ndjson",
        ".XML" => "application/xml",
        ".RSS" => "application/rss+xml",
        ".ATOM" => "application/atom+xml",
        ".GZ" => "application/gzip",
        _ => "application/octet-stream",
    };
}
