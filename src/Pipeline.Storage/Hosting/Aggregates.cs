using Microsoft.Extensions.Logging;
using Pipeline.Storage.Entities;
using Pipeline.Storage.Ledger;
using Pipeline.Storage.Summaries;

namespace Pipeline.Storage.Hosting;

/// <summary>The pre-aggregated rows, wired once: what ingestion writes and summaries read.</summary>
public sealed class Aggregates
{
    public Aggregates(PipelineStorage storage, ILogger<Aggregates> logger)
    {
        ArgumentNullException.ThrowIfNull(storage);
        EntityCounters = new ContributionLedger(storage.EntityTable, logger);
        Leaderboard = new Leaderboard(storage.LeaderboardTable, EntityCounters);
        Totals = new CorpusTotals(new ContributionLedger(storage.TotalsTable, logger));
    }

    /// <summary>One counter per entity, fed by one contribution per article.</summary>
    public ContributionLedger EntityCounters { get; }

    public Leaderboard Leaderboard { get; }

    public CorpusTotals Totals { get; }
}
