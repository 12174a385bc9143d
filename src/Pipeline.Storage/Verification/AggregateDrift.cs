namespace Pipeline.Storage.Verification;

/// <summary>One aggregate that does not agree with what the files say it should be.</summary>
/// <param name="Table">Where the drift is: <c>entities</c>, <c>leaderboard</c> or <c>totals</c>.</param>
/// <param name="Key">The entity key or totals shard.</param>
/// <param name="Problem">What is wrong, in one sentence.</param>
public sealed record AggregateDrift(string Table, string Key, string Problem);

/// <summary>What a verification pass found, and whether it repaired it.</summary>
public sealed record VerificationReport(int FilesChecked, int EntitiesChecked, IReadOnlyList<AggregateDrift> Drifts, bool Repaired)
{
    public bool Clean => Drifts.Count == 0;
}
