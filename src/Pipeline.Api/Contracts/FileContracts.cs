using Pipeline.Storage.Files;

namespace Pipeline.Api.Contracts;

/// <summary><c>GET /api/files</c>: a page of dropped files with their fate, and the link to the next page.</summary>
public sealed record FileList(IReadOnlyList<FileResponse> Items, string? Next);

/// <summary>One dropped file's fate: processed, failed (with the reason), quarantined (after repeated failures) or pending.</summary>
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
    string Href)
{
    public static FileResponse From(FileStatus status)
    {
        ArgumentNullException.ThrowIfNull(status);
        return new(
            status.Name, status.State, status.Format, status.ErrorCode, status.Error, status.Attempts, status.ProcessedAt, status.LastFailedAt,
            status.Articles, status.FailedEntries, status.ContentLength, status.Title, status.Source, status.PublishedAt, status.Words, ApiLinks.File(status.Name));
    }
}

/// <summary><c>GET /api/files/{name}</c>: the file's fate, why its bad entries were skipped, and the last exception processing threw.</summary>
public sealed record FileDetailResponse(FileResponse File, IReadOnlyList<FileEntryError> EntryErrors, string? LastFailure);

/// <summary><c>POST /api/files/{name}/reprocess</c>: the request was recorded and queued.</summary>
public sealed record ReprocessAccepted(string Name, string Status, string Href);
