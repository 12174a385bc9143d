namespace Pipeline.Api.Contracts;

/// <summary><c>GET /api/files</c>: a page of dropped files with their fate, and the link to the next page.</summary>
public sealed record FileList(IReadOnlyList<FileResponse> Items, string? Next);

/// <summary>One dropped file's fate: processed, failed (with the reason) or quarantined (after repeated failures).</summary>
/// <param name="Attempts">How many times its current version was tried.</param>
/// <param name="Articles">How many articles it yielded; a batch file holds many.</param>
/// <param name="FailedEntries">How many entries of a batch file could not be read.</param>
public sealed record FileResponse(
    string Name,
    string State,
    string? Format,
    string? ErrorCode,
    string? Error,
    int Attempts,
    DateTimeOffset? ProcessedAt,
    DateTimeOffset? LastFailedAt,
    int Articles,
    int FailedEntries,
    long? ContentLength,
    string? Title,
    string? Source,
    DateTimeOffset? PublishedAt,
    int Words,
    string Href);

/// <summary><c>POST /api/files/{name}/reprocess</c>: the request was recorded and queued.</summary>
public sealed record ReprocessAccepted(string Name, string Status, string Href);
