namespace Pipeline.Storage.Summaries;

/// <summary>Corpus totals at one moment.</summary>
public sealed record TotalsSnapshot(long Articles, long Words, long FailedFiles, DateTimeOffset? LastIngestedAt);
