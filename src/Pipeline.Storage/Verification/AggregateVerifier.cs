using Azure;
using Azure.Data.Tables;
using Pipeline.Storage.Articles;
using Pipeline.Storage.Entities;
using Pipeline.Storage.Figures;
using Pipeline.Storage.Hosting;
using Pipeline.Storage.Keys;
using Pipeline.Storage.Ledger;
using Pipeline.Storage.Summaries;

namespace Pipeline.Storage.Verification;

/// <summary>
/// Recounts the aggregates from the files' rows and reports, or repairs, any drift: entity counters that are not
/// the sum of their contributions, contributions that no file claims or that a file claims but lacks, rank rows
/// missing for an entity (a crash between a counter's commit and its leaderboard move) and totals shards that are
/// not the sum of theirs. It reads every row, so it costs in proportion to the corpus: an operator's tool
/// (<c>pipeline verify</c>), never a request path.
/// </summary>
public sealed class AggregateVerifier(PipelineStorage storage, Aggregates aggregates)
{
    public async Task<VerificationReport> VerifyAsync(bool repair, CancellationToken cancellationToken)
    {
        var drifts = new List<AggregateDrift>();
        var claims = await ReadClaimsAsync(cancellationToken);
        var partitions = await ReadPartitionsAsync(storage.EntityTable, cancellationToken);
        var entityKeys = claims.Entities.Keys.Concat(partitions.Keys).Distinct(StringComparer.Ordinal).ToList();

        foreach (var partition in entityKeys)
        {
            var counted = partitions.GetValueOrDefault(partition) ?? new LedgerPartition();
            var claimed = claims.Entities.GetValueOrDefault(partition) ?? [];
            await CheckContributionsAsync(partition, counted, claimed, repair, drifts, cancellationToken);
            await CheckCounterAsync(storage.EntityTable, "entities", partition, counted, [EntityCounter.Articles, EntityCounter.Mentions], repair, drifts, cancellationToken);
            await CheckListingAsync(storage.EntityTable, "entities", partition, counted, repair, drifts, cancellationToken);
        }

        await CheckLeaderboardAsync(repair, drifts, cancellationToken);

        foreach (var (shard, counted) in await ReadPartitionsAsync(storage.TotalsTable, cancellationToken))
        {
            await CheckCounterAsync(storage.TotalsTable, "totals", shard, counted, [CorpusTotals.Articles, CorpusTotals.Words, CorpusTotals.Failed], repair, drifts, cancellationToken);
            await CheckListingAsync(storage.TotalsTable, "totals", shard, counted, repair, drifts, cancellationToken);
        }

        await CheckFiguresAsync(claims, repair, drifts, cancellationToken);
        return new VerificationReport(claims.Files, entityKeys.Count, drifts, repair && drifts.Count > 0);
    }

    // What every file row says it contributed to each entity: the truth the counters must agree with.
    private async Task<Claims> ReadClaimsAsync(CancellationToken cancellationToken)
    {
        var claims = new Claims();
        var filter = TableClient.CreateQueryFilter($"RowKey eq {ArticleRow.RowKey}");
        await foreach (var row in storage.ArticleTable.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken))
        {
            claims.Files++;
            foreach (var key in LargestAmounts.FromJson(row.GetString(ArticleRow.FigureKeysJson)))
            {
                claims.Figures[key] = row.GetString(ArticleRow.BlobName) ?? TableKey.Decode(row.PartitionKey);
            }

            var version = row.GetString(ArticleRow.BlobETag);
            if (version is null)
            {
                continue;
            }

            foreach (var entity in StoredEntities.FromJson(row.GetString(ArticleRow.EntitiesJson)))
            {
                var partition = TableKey.Encode(entity.Key);
                if (!claims.Entities.TryGetValue(partition, out var byArticle))
                {
                    claims.Entities[partition] = byArticle = new Dictionary<string, (string, StoredEntity)>(StringComparer.Ordinal);
                }

                byArticle[row.PartitionKey] = (BlobVersion.Normalize(version), entity);
            }
        }

        return claims;
    }

    private async Task CheckContributionsAsync(
        string partition,
        LedgerPartition counted,
        Dictionary<string, (string Version, StoredEntity Entity)> claimed,
        bool repair,
        List<AggregateDrift> drifts,
        CancellationToken cancellationToken)
    {
        foreach (var (articleKey, (version, entity)) in claimed)
        {
            var row = counted.Contributions.GetValueOrDefault(articleKey);
            var days = DayCounts.Parse(entity.Days).Format();
            if (row is not null && row.GetInt64(EntityCounter.Articles) == entity.Articles && row.GetInt64(EntityCounter.Mentions) == entity.Mentions
                && DayCounts.Parse(row.GetString(ContributionLedger.DaysProperty)).Format() == days)
            {
                continue;
            }

            drifts.Add(new AggregateDrift("entities", entity.Key, $"file {TableKey.Decode(articleKey)} claims {entity.Articles} article(s) and {entity.Mentions} mention(s) on days [{days}] but the ledger holds {Describe(row)}"));
            if (repair)
            {
                // A new version string makes the ledger replace whatever it holds for this article.
                var amounts = new Dictionary<string, long> { [EntityCounter.Articles] = entity.Articles, [EntityCounter.Mentions] = entity.Mentions };
                var display = new Dictionary<string, object> { [EntityCounter.Key] = entity.Key, [EntityCounter.Name] = entity.Name, [EntityCounter.Type] = entity.Type };
                await aggregates.EntityCounters.ApplyAsync(partition, new Contribution(articleKey, version + "+repaired", amounts, DayCounts.Parse(entity.Days)), display, cancellationToken);
            }
        }

        foreach (var articleKey in counted.Contributions.Keys.Where(k => !claimed.ContainsKey(k)))
        {
            drifts.Add(new AggregateDrift("entities", TableKey.Decode(partition), $"the ledger counts file {TableKey.Decode(articleKey)}, which does not claim it"));
            if (repair)
            {
                await aggregates.EntityCounters.RemoveAsync(partition, articleKey, cancellationToken);
            }
        }
    }

    // The counter row must be the sum of the contribution rows beside it (re-read after any contribution repair).
    private static async Task CheckCounterAsync(
        TableClient table,
        string name,
        string partition,
        LedgerPartition counted,
        string[] amounts,
        bool repair,
        List<AggregateDrift> drifts,
        CancellationToken cancellationToken)
    {
        var current = repair ? await ReadPartitionAsync(table, partition, cancellationToken) : counted;
        var counter = current.Counter;
        var wrong = amounts.Where(a => (counter?.GetInt64(a) ?? 0) != current.Contributions.Values.Sum(c => c.GetInt64(a) ?? 0)).ToList();
        var days = new DayCounts();
        foreach (var contribution in current.Contributions.Values)
        {
            days.Add(DayCounts.Parse(contribution.GetString(ContributionLedger.DaysProperty)), sign: 1);
        }

        var summedDays = days.Format();
        var countedDays = DayCounts.Parse(counter?.GetString(ContributionLedger.DaysProperty)).Format();
        if (summedDays != countedDays)
        {
            wrong.Add(ContributionLedger.DaysProperty);
        }

        if (wrong.Count == 0)
        {
            return;
        }

        drifts.Add(new AggregateDrift(name, TableKey.Decode(partition), $"counter {string.Join(", ", wrong.Select(a => $"{a} {Show(counter, a)}"))} is not the sum of its contributions ({string.Join(", ", wrong.Select(a => $"{a} {(a == ContributionLedger.DaysProperty ? $"[{summedDays}]" : current.Contributions.Values.Sum(c => c.GetInt64(a) ?? 0))}"))})"));
        if (repair && counter is not null)
        {
            foreach (var amount in amounts)
            {
                counter[amount] = current.Contributions.Values.Sum(c => c.GetInt64(amount) ?? 0);
            }

            counter[ContributionLedger.DaysProperty] = summedDays;
            counter[ContributionLedger.FirstSeenProperty] = DayCounts.ToIsoDate(days.First);
            counter[ContributionLedger.LastSeenProperty] = DayCounts.ToIsoDate(days.Last);
            await table.UpdateEntityAsync(counter, counter.ETag, TableUpdateMode.Replace, cancellationToken);
        }
    }

    // Every contribution with days has exactly one newest-first listing row, at its latest day, and no row lists
    // anything else (re-read, since the checks before may have repaired contributions).
    private static async Task CheckListingAsync(
        TableClient table, string name, string partition, LedgerPartition counted, bool repair, List<AggregateDrift> drifts, CancellationToken cancellationToken)
    {
        var current = repair ? await ReadPartitionAsync(table, partition, cancellationToken) : counted;
        var expected = current.Contributions
            .Select(c => (ArticleKey: c.Key, RowKey: ContributionLedger.ListingRowKey(c.Value.GetString(ContributionLedger.DaysProperty), c.Key)))
            .Where(e => e.RowKey is not null)
            .ToDictionary(e => e.RowKey!, e => e.ArticleKey, StringComparer.Ordinal);
        foreach (var (rowKey, articleKey) in expected.Where(e => !current.Listings.ContainsKey(e.Key)))
        {
            drifts.Add(new AggregateDrift(name, TableKey.Decode(partition), $"file {TableKey.Decode(articleKey)} is missing from the newest-first listing"));
            if (repair)
            {
                // The file's own row still has what the listing shows; readers fall back to it where a listing row is bare.
                var row = new TableEntity(partition, rowKey)
                {
                    [ContributionLedger.ListingArticleKeyProperty] = articleKey,
                    [ContributionLedger.ListingDayProperty] = DayCounts.Parse(current.Contributions[articleKey].GetString(ContributionLedger.DaysProperty)).Last,
                };
                await table.UpsertEntityAsync(row, TableUpdateMode.Replace, cancellationToken);
            }
        }

        foreach (var (rowKey, row) in current.Listings.Where(l => !expected.ContainsKey(l.Key)))
        {
            drifts.Add(new AggregateDrift(name, TableKey.Decode(partition), $"the newest-first listing holds {rowKey}, which no contribution accounts for"));
            if (repair)
            {
                await table.DeleteEntityAsync(partition, rowKey, ETag.All, cancellationToken);
            }
        }
    }

    // Every ranked amount belongs to a file that claims it. A claimed amount that is missing cannot be rebuilt from
    // the rows (its sentence is in the results blob): reprocessing the file restores it.
    private async Task CheckFiguresAsync(Claims claims, bool repair, List<AggregateDrift> drifts, CancellationToken cancellationToken)
    {
        var ranked = new HashSet<FigureKey>();
        await foreach (var row in storage.FigureTable.QueryAsync<TableEntity>(select: ["PartitionKey", "RowKey"], cancellationToken: cancellationToken))
        {
            var key = new FigureKey(row.PartitionKey, row.RowKey);
            ranked.Add(key);
            if (!claims.Figures.ContainsKey(key))
            {
                drifts.Add(new AggregateDrift("figures", row.PartitionKey, $"ranked amount {row.RowKey} belongs to no file"));
                if (repair)
                {
                    await storage.FigureTable.DeleteEntityAsync(row.PartitionKey, row.RowKey, ETag.All, cancellationToken);
                }
            }
        }

        foreach (var (key, file) in claims.Figures.Where(c => !ranked.Contains(c.Key)))
        {
            drifts.Add(new AggregateDrift("figures", key.Partition, $"file {file} ranks amount {key.RowKey}, which is missing; reprocess the file to restore it"));
        }
    }

    // Every counted entity must have its rank row in the overall and the per-type leaderboard.
    private async Task CheckLeaderboardAsync(bool repair, List<AggregateDrift> drifts, CancellationToken cancellationToken)
    {
        var ranks = new HashSet<(string Partition, string RowKey)>();
        await foreach (var row in storage.LeaderboardTable.QueryAsync<TableEntity>(select: ["PartitionKey", "RowKey"], cancellationToken: cancellationToken))
        {
            ranks.Add((row.PartitionKey, row.RowKey));
        }

        var filter = TableClient.CreateQueryFilter($"RowKey eq {ContributionLedger.CounterRowKey}");
        await foreach (var counter in storage.EntityTable.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken))
        {
            var articles = counter.GetInt64(EntityCounter.Articles) ?? 0;
            if (articles <= 0)
            {
                continue;
            }

            var rank = Leaderboard.RankKey(articles, counter.GetInt64(EntityCounter.Mentions) ?? 0, counter.PartitionKey);
            var type = counter.GetString(EntityCounter.Type) ?? EntityTypeNames.Misc;
            if (Leaderboard.PartitionsFor(type).All(partition => ranks.Contains((partition, rank))))
            {
                continue;
            }

            drifts.Add(new AggregateDrift("leaderboard", counter.GetString(EntityCounter.Key) ?? TableKey.Decode(counter.PartitionKey), "the entity has no rank row for its current counts"));
            if (repair)
            {
                await aggregates.Leaderboard.UpdateAsync(new CounterState(null, counter, Changed: true), cancellationToken);
            }
        }
    }

    private static async Task<Dictionary<string, LedgerPartition>> ReadPartitionsAsync(TableClient table, CancellationToken cancellationToken)
    {
        var partitions = new Dictionary<string, LedgerPartition>(StringComparer.Ordinal);
        await foreach (var row in table.QueryAsync<TableEntity>(cancellationToken: cancellationToken))
        {
            if (!partitions.TryGetValue(row.PartitionKey, out var partition))
            {
                partitions[row.PartitionKey] = partition = new LedgerPartition();
            }

            partition.Add(row);
        }

        return partitions;
    }

    private static async Task<LedgerPartition> ReadPartitionAsync(TableClient table, string partitionKey, CancellationToken cancellationToken)
    {
        var partition = new LedgerPartition();
        await foreach (var row in table.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {partitionKey}"), cancellationToken: cancellationToken))
        {
            partition.Add(row);
        }

        return partition;
    }

    private static string Show(TableEntity? counter, string property) =>
        property == ContributionLedger.DaysProperty
            ? $"[{DayCounts.Parse(counter?.GetString(property)).Format()}]"
            : (counter?.GetInt64(property) ?? 0).ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static string Describe(TableEntity? contribution) =>
        contribution is null ? "nothing" : $"{contribution.GetInt64(EntityCounter.Articles) ?? 0} article(s) and {contribution.GetInt64(EntityCounter.Mentions) ?? 0} mention(s) on days [{DayCounts.Parse(contribution.GetString(ContributionLedger.DaysProperty)).Format()}]";

    private sealed class Claims
    {
        public int Files { get; set; }

        /// <summary>Ranked amount → the file that claims it.</summary>
        public Dictionary<FigureKey, string> Figures { get; } = [];

        /// <summary>Entity partition → article key → (version, what the file claims).</summary>
        public Dictionary<string, Dictionary<string, (string Version, StoredEntity Entity)>> Entities { get; } = new(StringComparer.Ordinal);
    }

    /// <summary>A ledger partition as read: its counter row and its contribution rows by article key.</summary>
    private sealed class LedgerPartition
    {
        public TableEntity? Counter { get; private set; }

        public Dictionary<string, TableEntity> Contributions { get; } = new(StringComparer.Ordinal);

        /// <summary>The newest-first listing rows by RowKey.</summary>
        public Dictionary<string, TableEntity> Listings { get; } = new(StringComparer.Ordinal);

        public void Add(TableEntity row)
        {
            if (row.RowKey == ContributionLedger.CounterRowKey)
            {
                Counter = row;
            }
            else if (row.RowKey.StartsWith(ContributionLedger.ContributionRowPrefix, StringComparison.Ordinal))
            {
                Contributions[row.RowKey[ContributionLedger.ContributionRowPrefix.Length..]] = row;
            }
            else if (row.RowKey.StartsWith(ContributionLedger.ListingRowPrefix, StringComparison.Ordinal))
            {
                Listings[row.RowKey] = row;
            }
        }
    }
}
