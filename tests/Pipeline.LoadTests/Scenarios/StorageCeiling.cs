using System.Diagnostics;
using System.Globalization;
using Azure;
using Azure.Data.Tables;
using Pipeline.LoadTests.Measurement;

namespace Pipeline.LoadTests.Scenarios;

/// <summary>What Azurite sustained in one phase of <see cref="StorageCeiling"/>.</summary>
/// <param name="Operations">Operations done (an upsert, a transaction, or one ledger step of six requests).</param>
internal sealed record CeilingResult(string Kind, int Workers, double Seconds, long Operations, long Requests, LatencySummary LatencyMs)
{
    public double RequestsPerSecond => Requests / Seconds;

    public double OperationsPerSecond => Operations / Seconds;
}

/// <summary>
/// The raw write rate of the storage emulator from this machine, as the ceiling ingestion is judged against: rows of
/// the sizes ingestion writes, sent by as many concurrent workers as the runtime keeps busy (8 files at once, each
/// applying 8 entities at once: 64). Three shapes, each for a fixed time:
/// <list type="bullet">
/// <item><c>upsert</c>: single-row upserts of a rank-row-sized entity (raw write throughput);</item>
/// <item><c>transaction</c>: two-row entity-group transactions, a counter and a contribution row, as the ledger commits;</item>
/// <item><c>ledger-step</c>: what ingestion does per entity: read the counter and the contribution row, commit both in one
/// transaction, write the new rank row, delete the old one, re-read the counter (six requests).</item>
/// </list>
/// </summary>
internal static class StorageCeiling
{
    public const int DefaultWorkers = 64;

    public static async Task<IReadOnlyList<CeilingResult>> MeasureAllAsync(string connection, int workers, TimeSpan duration, CancellationToken cancellationToken)
    {
        var service = new TableServiceClient(connection);
        var table = service.GetTableClient("ceiling" + Guid.NewGuid().ToString("N")[..8]);
        await table.CreateIfNotExistsAsync(cancellationToken);
        try
        {
            var results = new List<CeilingResult>();
            foreach (var kind in (string[])["upsert", "transaction", "ledger-step"])
            {
                results.Add(await MeasureAsync(table, kind, workers, duration, cancellationToken));
            }

            return results;
        }
        finally
        {
            await table.DeleteAsync(CancellationToken.None);
        }
    }

    private static async Task<CeilingResult> MeasureAsync(TableClient table, string kind, int workers, TimeSpan duration, CancellationToken cancellationToken)
    {
        // A short warm-up so connections are open before the clock starts.
        await RunAsync(table, kind, workers, TimeSpan.FromSeconds(1), run: kind[..1] + "w", cancellationToken);
        return await RunAsync(table, kind, workers, duration, run: kind[..1] + "m", cancellationToken);
    }

    private static async Task<CeilingResult> RunAsync(TableClient table, string kind, int workers, TimeSpan duration, string run, CancellationToken cancellationToken)
    {
        long operations = 0, requests = 0;
        var latencies = new List<double>[workers];
        var clock = Stopwatch.StartNew();
        await Parallel.ForEachAsync(Enumerable.Range(0, workers), new ParallelOptions { MaxDegreeOfParallelism = workers, CancellationToken = cancellationToken }, async (worker, ct) =>
        {
            var mine = latencies[worker] = [];
            for (var i = 0; clock.Elapsed < duration; i++)
            {
                var started = Stopwatch.GetTimestamp();
                var sent = kind switch
                {
                    "upsert" => await UpsertAsync(table, run, worker, i, ct),
                    "transaction" => await TransactionAsync(table, run, worker, i, ct),
                    _ => await LedgerStepAsync(table, run, worker, i, ct),
                };
                mine.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                Interlocked.Increment(ref operations);
                Interlocked.Add(ref requests, sent);
            }
        });

        return new CeilingResult(kind, workers, clock.Elapsed.TotalSeconds, operations, requests, Percentiles.Summarize(latencies.SelectMany(l => l)));
    }

    // Sizes as ingestion writes them: a counter or rank row of about 300 bytes, a contribution row with its day counts.
    private static TableEntity RankRow(string partition, string rowKey) => new(partition, rowKey)
    {
        ["Key"] = "person:" + rowKey,
        ["Name"] = "Generated Person " + rowKey,
        ["Type"] = "person",
        ["Articles"] = 123L,
        ["Mentions"] = 456L,
        ["EntityPartition"] = "person%3A" + rowKey,
    };

    private static TableEntity CounterRow(string partition, int i) => new(partition, "~counter")
    {
        ["Key"] = "person:" + partition,
        ["Name"] = "Generated Person " + partition,
        ["Type"] = "person",
        ["Articles"] = (long)i,
        ["Mentions"] = (long)i * 3,
        ["Days"] = "20250106:3,20250107:1,20250110:2,20250114:5,20250201:1",
        ["FirstSeen"] = "2025-01-06",
        ["LastSeen"] = "2025-02-01",
    };

    private static TableEntity ContributionRow(string partition, string article) => new(partition, "c|" + article)
    {
        ["Version"] = "\"0x8DD5A1B2C3D4E5F\"",
        ["Days"] = "20250114:1",
        ["Articles"] = 1L,
        ["Mentions"] = 3L,
    };

    private static string Partition(string run, int worker, int i) => string.Create(CultureInfo.InvariantCulture, $"{run}{worker:D3}-{i % 50:D2}");

    private static string Article(int worker, int i) => string.Create(CultureInfo.InvariantCulture, $"article-{worker:D3}-{i:D7}.txt");

    private static async Task<int> UpsertAsync(TableClient table, string run, int worker, int i, CancellationToken ct)
    {
        await table.UpsertEntityAsync(RankRow(Partition(run, worker, i), Article(worker, i)), TableUpdateMode.Replace, ct);
        return 1;
    }

    private static async Task<int> TransactionAsync(TableClient table, string run, int worker, int i, CancellationToken ct)
    {
        var partition = Partition(run, worker, i);
        await table.SubmitTransactionAsync(
            [
                new TableTransactionAction(TableTransactionActionType.UpsertReplace, CounterRow(partition, i)),
                new TableTransactionAction(TableTransactionActionType.UpsertReplace, ContributionRow(partition, Article(worker, i))),
            ],
            ct);
        return 1;
    }

    private static async Task<int> LedgerStepAsync(TableClient table, string run, int worker, int i, CancellationToken ct)
    {
        var partition = Partition(run, worker, i);
        var article = Article(worker, i);
        var counterTask = table.GetEntityIfExistsAsync<TableEntity>(partition, "~counter", cancellationToken: ct);
        var previousTask = table.GetEntityIfExistsAsync<TableEntity>(partition, "c|" + article, cancellationToken: ct);
        var counter = await counterTask;
        await previousTask;
        var counterAction = counter.HasValue
            ? new TableTransactionAction(TableTransactionActionType.UpdateReplace, CounterRow(partition, i), counter.Value!.ETag)
            : new TableTransactionAction(TableTransactionActionType.Add, CounterRow(partition, i));
        await table.SubmitTransactionAsync([counterAction, new TableTransactionAction(TableTransactionActionType.Add, ContributionRow(partition, article))], ct);
        var rank = "rank|" + partition;
        await table.UpsertEntityAsync(RankRow(rank, string.Create(CultureInfo.InvariantCulture, $"{9_999_999_999 - i:D10}|{partition}")), TableUpdateMode.Replace, ct);
        try
        {
            await table.DeleteEntityAsync(rank, string.Create(CultureInfo.InvariantCulture, $"{9_999_999_999 - i + 50:D10}|{partition}"), ETag.All, ct);
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            // The first step of a partition has no old rank row.
        }

        await table.GetEntityIfExistsAsync<TableEntity>(partition, "~counter", cancellationToken: ct);
        return 6;
    }
}
