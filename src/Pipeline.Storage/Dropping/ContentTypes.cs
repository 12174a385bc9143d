namespace Pipeline.Storage.Dropping;

/// <summary>Content types for the file kinds operators drop, so the container shows what each blob is.</summary>
internal static class ContentTypes
{
    public static string ForFileName(string name) => Path.GetExtension(name).ToUpperInvariant() switch
    {
        ".TXT" => "text/plain; charset=utf-8",
        ".MD" => "text/markdown; charset=utf-8",
        ".HTML" or ".HTM" => "text/html",
        ".JSON" => "application/json",
        ".JSONL" or ".NDJSON" => "application/x-ndjson",
        ".XML" or ".RSS" or ".ATOM" => "application/xml",
        _ => "application/octet-stream",
    };
}
