using Pipeline.Storage.Ledger;

namespace Pipeline.Storage.Summaries;

/// <summary>Corpus totals at one moment.</summary>
/// <param name="Days">How many articles fall on each day.</param>
public sealed record TotalsSnapshot(long Articles, long Words, long FailedFiles, DateTimeOffset? LastIngestedAt, DayCounts Days);
