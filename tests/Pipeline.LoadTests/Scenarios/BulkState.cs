using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Threading.Channels;
using Azure.Data.Tables;
using Microsoft.Extensions.Logging.Abstractions;
using Pipeline.Core;
using Pipeline.LoadTests.Corpus;
using Pipeline.LoadTests.Runtime;
using Pipeline.Storage.Articles;
using Pipeline.Storage.Entities;
using Pipeline.Storage.Figures;
using Pipeline.Storage.Hosting;
using Pipeline.Storage.Keys;
using Pipeline.Storage.Ledger;
using Pipeline.Storage.Summaries;

namespace Pipeline.LoadTests.Scenarios;

/// <summary>
/// Builds the stored state of a corpus too large to ingest through the runtime here (100,000 articles would take hours
/// at Azurite's few thousand requests a second): each generated article is analyzed by the production
/// <see cref="ArticleAnalyzer"/>, and its entities, totals and largest amounts are applied by the production
/// <see cref="ContributionLedger"/>, <see cref="Leaderboard"/> and <see cref="CorpusTotals"/> exactly as
/// <c>ArticleIngestor</c> applies them, but over in-memory tables; the resulting rows (counters, contributions, listings,
/// rank rows, totals shards, figure rows, the file and entry rows) are then copied to storage in entity-group
/// transactions of up to 100 rows.
/// </summary>
/// <remarks>
/// What it leaves out of the production path: blobs (no article or result blobs are written), the per-file lock, the
/// pending-entities merge, and linking bare surnames through PersonNames (the table stays empty, so a bare surname
/// counts as its own entity, as it does on a first ingestion). None of these is read by a summary.
/// </remarks>
internal static class BulkState
{
    private const int BatchSize = 100;

    /// <summary>How much of a corpus's stored state a build writes.</summary>
    public enum BuildShape
    {
        /// <summary>Every row ingestion writes, and the blobs.</summary>
        Full,

        /// <summary>
        /// Without the Entities table's per-article rows (a contribution and a listing row per entity and article, nine in
        /// ten of all rows), which no summary reads and which Azurite cannot take by the million in one table in useful time.
        /// </summary>
        Lean,

        /// <summary>
        /// Only the tables a summary reads: entity counters, rank rows, totals shards with their per-article rows, figure
        /// rows. No blobs, no Articles rows, so no <c>pipeline run</c> can serve it (its reconciler would find nothing).
        /// </summary>
        AggregatesOnly,
    }

    public sealed record BuildResult(int Articles, long Rows, double AnalyzeAndApplySeconds, double Seconds);

    /// <param name="shape">What to leave out; see <see cref="BuildShape"/>.</param>
    public static async Task<BuildResult> BuildAsync(LoadTarget target, int articles, int seed, int firstIndex, BuildShape shape, CancellationToken cancellationToken)
    {
        var lean = shape != BuildShape.Full;
        var aggregatesOnly = shape == BuildShape.AggregatesOnly;
        ArgumentNullException.ThrowIfNull(target);
        var storage = target.Open();
        await storage.EnsureCreatedAsync(cancellationToken);
        var clock = Stopwatch.StartNew();
        await using var outbox = new Outbox(storage, cancellationToken);

        // Contribution (c|), listing (t|) and entry (a|) rows go straight to storage; counters and rank rows stay in memory
        // until the end, since later articles change them.
        var entities = new InMemoryTable(storage.EntityTable.Name, ["c|", "t|"], row =>
        {
            if (!lean)
            {
                outbox.Add(storage.EntityTable.Name, row);
            }
        });
        var leaderboardTable = new InMemoryTable(storage.LeaderboardTable.Name, [], _ => { });
        var totalsTable = new InMemoryTable(storage.TotalsTable.Name, ["c|", "t|"], row => outbox.Add(storage.TotalsTable.Name, row));
        var entryTable = new InMemoryTable(storage.ArticleTable.Name, ["a|"], row => outbox.Add(storage.ArticleTable.Name, row));
        var ledger = new ContributionLedger(entities, NullLogger.Instance);
        var leaderboard = new Leaderboard(leaderboardTable, ledger);
        var totals = new CorpusTotals(new ContributionLedger(totalsTable, NullLogger.Instance));
        var entries = new ArticleEntryWriter(entryTable, storage.Options.MaxEntitiesPerArticle);
        var analyzer = new ArticleAnalyzer();
        var generator = new ArticleGenerator(seed);
        var written = DateTimeOffset.UtcNow;

        foreach (var chunk in generator.Generate(articles, firstIndex).Chunk(1000))
        {
            // The blobs are uploaded as an operator would drop them, and each file row records its blob's real version, so
            // a pipeline run started on this deployment finds everything processed and has nothing to do.
            var versions = new ConcurrentDictionary<string, string>(StringComparer.Ordinal);
            if (aggregatesOnly)
            {
                foreach (var article in chunk)
                {
                    versions[article.Name] = BlobVersion.WithGeneration(BlobVersion.Normalize(string.Create(CultureInfo.InvariantCulture, $"\"0x8DE{article.Index:X12}\"")), 0);
                }
            }

            await Parallel.ForEachAsync(aggregatesOnly ? [] : chunk, new ParallelOptions { MaxDegreeOfParallelism = 8, CancellationToken = cancellationToken }, async (article, ct) =>
            {
                var uploaded = await storage.Articles.GetBlobClient(article.Name).UploadAsync(new BinaryData(System.Text.Encoding.UTF8.GetBytes(article.Text)), overwrite: true, ct);
                versions[article.Name] = BlobVersion.WithGeneration(BlobVersion.Of(uploaded.Value.ETag), 0);
            });

            foreach (var article in chunk)
            {
                if ((article.Index - firstIndex) % 5000 == 0 && article.Index > firstIndex)
                {
                    Console.WriteLine($"  {article.Index - firstIndex} articles applied in {clock.Elapsed.TotalSeconds:F0} s; {outbox.Sent} rows sent, {outbox.Queued} queued");
                }

                await ApplyAsync(article, versions[article.Name], analyzer, written, storage, ledger, leaderboard, totals, entries, outbox, aggregatesOnly, cancellationToken);
            }
        }


        var applied = clock.Elapsed.TotalSeconds;
        foreach (var row in entities.Rows)
        {
            outbox.Add(storage.EntityTable.Name, row);
        }

        foreach (var row in leaderboardTable.Rows)
        {
            outbox.Add(storage.LeaderboardTable.Name, row);
        }

        foreach (var row in totalsTable.Rows)
        {
            outbox.Add(storage.TotalsTable.Name, row);
        }

        await outbox.CompleteAsync();
        return new BuildResult(articles, outbox.Sent, applied, clock.Elapsed.TotalSeconds);
    }

    // As ArticleIngestor.IngestLockedAsync does for a processed file, from the analysis on.
    private static async Task ApplyAsync(
        GeneratedArticle article,
        string version,
        ArticleAnalyzer analyzer,
        DateTimeOffset written,
        PipelineStorage storage,
        ContributionLedger ledger,
        Leaderboard leaderboard,
        CorpusTotals totals,
        ArticleEntryWriter entries,
        Outbox outbox,
        bool aggregatesOnly,
        CancellationToken cancellationToken)
    {
        var name = article.Name;
        var articleKey = TableKey.Encode(name);
        var analysis = analyzer.AnalyzeFile(article.Text, name);
        var linked = analysis.Entries
            .Where(e => e.Analysis is not null)
            .Select(e =>
            {
                var day = TrendDay.Of(e.Analysis!.Document.PublishedAt, written);
                return new LinkedArticle(e.Index, e.Analysis!, StoredEntities.Of(e.Analysis!.Entities, day), day);
            })
            .ToList();
        var analyses = linked.Select(l => l.Article).ToList();
        List<StoredEntity> sources = [.. StoredEntities.SourcesOf(linked)];
        List<StoredEntity> stored = [.. sources, .. StoredEntities.OfFile(linked.Select(a => a.Entities), storage.Options.MaxEntitiesPerArticle, TableText.MaxPropertyChars - StoredEntities.ToJson(sources).Length)];

        var figures = LargestAmounts.RowsOf(articleKey, name, linked);
        foreach (var figure in figures)
        {
            outbox.Add(storage.FigureTable.Name, figure);
        }

        var listing = ArticleIngestor.ListingOf(name, linked);
        foreach (var entity in stored)
        {
            var amounts = new Dictionary<string, long> { [EntityCounter.Articles] = entity.Articles, [EntityCounter.Mentions] = entity.Mentions };
            var display = new Dictionary<string, object>
            {
                [EntityCounter.Key] = entity.Key,
                [EntityCounter.Name] = entity.Name,
                [EntityCounter.Type] = entity.Type,
            };
            var entityListing = new Dictionary<string, object>(listing) { [EntityCounter.Mentions] = (long)entity.Mentions };
            var state = await ledger.ApplyAsync(TableKey.Encode(entity.Key), new Contribution(articleKey, version, amounts, DayCounts.Parse(entity.Days), entityListing), display, cancellationToken);
            await leaderboard.UpdateAsync(state, cancellationToken);
        }

        var totalAmounts = new Dictionary<string, long> { [CorpusTotals.Articles] = analyses.Count, [CorpusTotals.Words] = analyses.Sum(a => (long)a.Figures.Words) };
        await totals.ApplyAsync(new Contribution(articleKey, version, totalAmounts, DayCounts.Parse(StoredEntities.DaysOf(linked)), listing), cancellationToken);
        if (aggregatesOnly)
        {
            return;
        }

        await entries.WriteAsync(articleKey, linked, hadEntries: false, cancellationToken);

        var lead = analyses[0];
        outbox.Add(storage.ArticleTable.Name, new TableEntity(articleKey, ArticleRow.RowKey)
        {
            [ArticleRow.BlobName] = name,
            [ArticleRow.BlobETag] = version,
            [ArticleRow.ContentLength] = (long)System.Text.Encoding.UTF8.GetByteCount(article.Text),
            [ArticleRow.Format] = ArticleFormats.Name(analysis.Format),
            [ArticleRow.Status] = ArticleStatus.Processed,
            [ArticleRow.Attempts] = 1,
            [ArticleRow.ProcessedAt] = written,
            [ArticleRow.ArticleCount] = analyses.Count,
            [ArticleRow.FailedEntries] = 0,
            [ArticleRow.EntityCount] = stored.Count - sources.Count,
            [ArticleRow.EntitiesJson] = StoredEntities.ToJson(stored),
            [ArticleRow.FigureKeysJson] = figures.Count == 0 ? null : LargestAmounts.ToJson(figures.Select(f => new FigureKey(f.PartitionKey, f.RowKey))),
            [ArticleRow.Title] = TableText.Clip(lead.Document.Title),
            [ArticleRow.Source] = lead.Document.Source is null ? null : TableText.Clip(lead.Document.Source, 200),
            [ArticleRow.PublishedAt] = lead.Document.PublishedAt,
            [ArticleRow.Words] = analyses.Sum(a => a.Figures.Words),
            [ArticleRow.Sentences] = analyses.Sum(a => a.Figures.Sentences),
            [ArticleRow.Paragraphs] = analyses.Sum(a => a.Figures.Paragraphs),
            [ArticleRow.Characters] = analyses.Sum(a => a.Figures.Characters),
        });
    }

    /// <summary>Rows on their way to storage: gathered per partition, sent as transactions of up to 100 upserts, 8 at once.</summary>
    private sealed class Outbox : IAsyncDisposable
    {
        private readonly Dictionary<(string Table, string Partition), List<TableEntity>> _pending = [];
        private readonly Channel<(string Table, List<TableEntity> Rows)> _batches = Channel.CreateBounded<(string, List<TableEntity>)>(64);
        private readonly ConcurrentDictionary<string, TableClient> _tables = new(StringComparer.Ordinal);
        private readonly Task[] _senders;
        private readonly PipelineStorage _storage;
        private long _sent;
        private long _queued;

        public Outbox(PipelineStorage storage, CancellationToken cancellationToken)
        {
            _storage = storage;
            _senders = [.. Enumerable.Range(0, 8).Select(_ => Task.Run(() => SendAsync(cancellationToken), cancellationToken))];
        }

        public long Sent => Interlocked.Read(ref _sent);

        public long Queued => Interlocked.Read(ref _queued);

        public void Add(string table, TableEntity row)
        {
            Interlocked.Increment(ref _queued);
            var key = (table, row.PartitionKey);
            if (!_pending.TryGetValue(key, out var rows))
            {
                _pending[key] = rows = new List<TableEntity>(4);
            }

            rows.Add(row);
            if (rows.Count == BatchSize)
            {
                _pending.Remove(key);
                Enqueue(table, rows);
            }
        }

        private void Enqueue(string table, List<TableEntity> rows)
        {
            // The producer waits when the senders fall behind, so memory stays bounded.
            if (!_batches.Writer.TryWrite((table, rows)))
            {
                _batches.Writer.WriteAsync((table, rows)).AsTask().GetAwaiter().GetResult();
            }
        }

        public async Task CompleteAsync()
        {
            foreach (var ((table, _), rows) in _pending)
            {
                Enqueue(table, rows);
            }

            _pending.Clear();
            _batches.Writer.TryComplete();
            await Task.WhenAll(_senders);
        }

        private async Task SendAsync(CancellationToken cancellationToken)
        {
            await foreach (var (table, rows) in _batches.Reader.ReadAllAsync(cancellationToken))
            {
                var client = _tables.GetOrAdd(table, name => _storage.Tables.First(t => t.Name == name));
                if (rows.Count == 1)
                {
                    await client.UpsertEntityAsync(rows[0], TableUpdateMode.Replace, cancellationToken);
                }
                else
                {
                    await client.SubmitTransactionAsync(rows.Select(r => new TableTransactionAction(TableTransactionActionType.UpsertReplace, r)), cancellationToken);
                }

                Interlocked.Add(ref _sent, rows.Count);
                Interlocked.Add(ref _queued, -rows.Count);
            }
        }

        public async ValueTask DisposeAsync()
        {
            _batches.Writer.TryComplete();
            try
            {
                await Task.WhenAll(_senders);
            }
            catch (OperationCanceledException)
            {
                // Cancelled mid-build.
            }
        }
    }
}
