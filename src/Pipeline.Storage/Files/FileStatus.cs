namespace Pipeline.Storage.Files;

/// <summary>
/// The fate of one dropped file, as operators and the HTTP API see it: its state, when and how often it was tried,
/// why it failed, and what its lead article is.
/// </summary>
/// <param name="Name">The blob name.</param>
/// <param name="State">One of <see cref="FileStates"/>.</param>
/// <param name="Format">The detected format (<c>text</c>, <c>html</c>, <c>jsonLines</c>, …), once read.</param>
/// <param name="ErrorCode">Why the file failed, as a stable code (<c>binary</c>, <c>malformed</c>, …); null for a failure that was not the file's format.</param>
/// <param name="Error">Why the file failed, in one sentence; for a quarantined file, the exception's message.</param>
/// <param name="Attempts">How many times its current version has been tried.</param>
/// <param name="ProcessedAt">When a version was last processed or failed as unreadable.</param>
/// <param name="LastFailedAt">When processing last threw (a bug or a poison file, not the file's format).</param>
/// <param name="Articles">How many articles the file yielded (batch files hold many).</param>
/// <param name="FailedEntries">How many entries of a batch file could not be read.</param>
/// <param name="ContentLength">The size of the blob version the row describes, in bytes.</param>
/// <param name="Words">The words of all its articles.</param>
public sealed record FileStatus(
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
    int Words);

/// <summary>One page of files; pass <see cref="ContinuationToken"/> back for the next, until it is null.</summary>
public sealed record FilePage(IReadOnlyList<FileStatus> Files, string? ContinuationToken);

/// <summary>
/// One file with what was extracted from it: the entities it fed the aggregates (publishers as type <c>source</c>)
/// and the reasons its bad entries were skipped.
/// </summary>
/// <param name="LastFailure">The type and message of the last exception processing threw, if any.</param>
/// <param name="EntryErrors">The first entries of a batch file that could not be read (their count is <see cref="FileStatus.FailedEntries"/>).</param>
public sealed record FileDetails(
    FileStatus Status,
    IReadOnlyList<FileEntity> Entities,
    IReadOnlyList<FileEntryError> EntryErrors,
    string? LastFailure);

/// <summary>An entity one file contributed: how often the file mentions it, and in how many of its articles.</summary>
public sealed record FileEntity(string Key, string Name, string Type, int Mentions, int Articles);

/// <summary>Why one entry (by its zero-based index) of a batch file was skipped.</summary>
public sealed record FileEntryError(int Index, string Code, string Message);
