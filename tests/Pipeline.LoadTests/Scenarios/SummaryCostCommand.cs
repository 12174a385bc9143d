using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Azure.Data.Tables;
using Microsoft.Extensions.Logging.Abstractions;
using Pipeline.LoadTests.Measurement;
using Pipeline.LoadTests.Runtime;
using Pipeline.Storage.Entities;
using Pipeline.Storage.Figures;
using Pipeline.Storage.Hosting;
using Pipeline.Storage.Summaries;

namespace Pipeline.LoadTests.Scenarios;

/// <summary>What one summary read cost at one corpus size.</summary>
internal sealed record SummaryCost(
    string Prefix,
    long Articles,
    int RankedEntities,
    int Reads,
    double RequestsPerRead,
    double RowsPerRead,
    double BytesPerRead,
    IReadOnlyDictionary<string, int> RequestsByCategory,
    LatencySummary SummaryMs,
    LatencySummary PointReadMs,
    CorpusSummary Summary)
{
    public double Ratio => SummaryMs.P50 / PointReadMs.P50;
}

/// <summary>
/// <c>summary-cost</c>: the storage requests, table rows and latency of one <see cref="SummaryReader"/> read (what
/// <c>GET /api/summary</c> builds on a cache miss) on deployments of different corpus sizes, counted by a policy that
/// reads every response body. Each summary read alternates with the same-run baseline: one point read of a small row
/// (a totals shard's counter), the cheapest request storage answers.
/// </summary>
internal static class SummaryCostCommand
{
    public static Command Create()
    {
        var connection = Options.Connection();
        var prefixes = new Option<string[]>("--prefix") { Description = "Table prefixes of the deployments to read (repeat the option).", AllowMultipleArgumentsPerToken = true };
        var build = new Option<int[]>("--build") { Description = "Build a deployment of N articles with BulkState first (repeat for several sizes).", AllowMultipleArgumentsPerToken = true };
        var buildLean = new Option<int[]>("--build-lean") { Description = "As --build, without the Entities table's per-article contribution and listing rows (see BulkState).", AllowMultipleArgumentsPerToken = true };
        var buildAggregates = new Option<int[]>("--build-aggregates") { Description = "As --build, with only the tables a summary reads (see BulkState).", AllowMultipleArgumentsPerToken = true };
        var seed = new Option<int>("--seed") { Description = "Corpus seed for --build.", DefaultValueFactory = _ => 1 };
        var reads = new Option<int>("--reads") { Description = "Summary reads measured per deployment (after 3 warm-up reads).", DefaultValueFactory = _ => 40 };
        var report = new Option<FileInfo?>("--json") { Description = "Write the figures as JSON to this file too." };
        var command = new Command("summary-cost", "Rows read, requests and latency of one summary read, per corpus size; --build N makes a deployment of N articles through the aggregate code first.")
        {
            connection, prefixes, build, buildLean, buildAggregates, seed, reads, report,
        };
        command.SetAction(async (parse, ct) =>
        {
            var storageConnection = Options.ConnectionOf(parse, connection);
            var targets = (parse.GetValue(prefixes) ?? []).Select(p => new LoadTarget(storageConnection, p, "articles-" + p.ToLowerInvariant())).ToList();
            var builds = (parse.GetValue(build) ?? []).Select(size => (Size: size, Shape: BulkState.BuildShape.Full))
                .Concat((parse.GetValue(buildLean) ?? []).Select(size => (Size: size, Shape: BulkState.BuildShape.Lean)))
                .Concat((parse.GetValue(buildAggregates) ?? []).Select(size => (Size: size, Shape: BulkState.BuildShape.AggregatesOnly)));
            foreach (var (size, shape) in builds)
            {
                var label = shape switch { BulkState.BuildShape.Lean => "lean", BulkState.BuildShape.AggregatesOnly => "agg", _ => "b" };
                var target = LoadTarget.Create(storageConnection, null, label + size.ToString(CultureInfo.InvariantCulture));
                Console.WriteLine($"Building {size} articles into {target.Prefix} ({shape})...");
                var built = await BulkState.BuildAsync(target, size, parse.GetValue(seed), 0, shape, ct);
                Console.WriteLine($"  {built.Rows} rows in {built.Seconds:F0} s (analysis and aggregates in memory: {built.AnalyzeAndApplySeconds:F0} s).");
                targets.Add(target);
            }

            var loadBefore = IngestCommand.LoadAverage();
            var results = new List<SummaryCost>();
            foreach (var target in targets)
            {
                results.Add(await MeasureAsync(target, parse.GetValue(reads), ct));
            }

            Print(results, loadBefore, IngestCommand.LoadAverage());
            if (parse.GetValue(report) is { } file)
            {
                await File.WriteAllTextAsync(file.FullName, JsonSerializer.Serialize(new { At = DateTimeOffset.UtcNow, Results = results }, IngestCommand.JsonOptions), ct);
            }

            return 0;
        });
        return command;
    }

    private static async Task<SummaryCost> MeasureAsync(LoadTarget target, int reads, CancellationToken cancellationToken)
    {
        var counter = new RequestCounter { CountRows = true };
        var storage = target.Open(counter);
        var reader = new SummaryReader(new Aggregates(storage, NullLogger<Aggregates>.Instance), new LargestAmounts(storage));
        var plain = target.Open();
        var ranked = await CountRankedAsync(plain, cancellationToken);
        var shard = CorpusTotals.Shards[0];

        CorpusSummary? summary = null;
        for (var i = 0; i < 3; i++)
        {
            summary = await reader.ReadAsync(cancellationToken);
            await plain.TotalsTable.GetEntityIfExistsAsync<TableEntity>(shard, Storage.Ledger.ContributionLedger.CounterRowKey, cancellationToken: cancellationToken);
        }

        var summaryMs = new List<double>();
        var pointMs = new List<double>();
        long requests = 0, rows = 0, bytes = 0;
        var byCategory = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < reads; i++)
        {
            var started = Stopwatch.GetTimestamp();
            await plain.TotalsTable.GetEntityIfExistsAsync<TableEntity>(shard, Storage.Ledger.ContributionLedger.CounterRowKey, cancellationToken: cancellationToken);
            pointMs.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);

            counter.Reset();
            started = Stopwatch.GetTimestamp();
            summary = await reader.ReadAsync(cancellationToken);
            summaryMs.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            requests += counter.TotalRequests;
            rows += counter.TotalRows;
            bytes += counter.ResponseBytes;
            foreach (var (category, count) in counter.Requests)
            {
                byCategory[category] = byCategory.GetValueOrDefault(category) + count;
            }
        }

        return new SummaryCost(
            target.Prefix,
            summary!.Articles,
            ranked,
            reads,
            requests / (double)reads,
            rows / (double)reads,
            bytes / (double)reads,
            byCategory.ToDictionary(c => c.Key, c => (int)Math.Round(c.Value / (double)reads), StringComparer.Ordinal),
            Percentiles.Summarize(summaryMs),
            Percentiles.Summarize(pointMs),
            summary);
    }

    // How many entities the leaderboard ranks (all types, and sources): the size of the partitions a summary reads the top of.
    private static async Task<int> CountRankedAsync(PipelineStorage storage, CancellationToken cancellationToken)
    {
        var count = 0;
        foreach (var partition in (string[])[Leaderboard.AllPartition, Leaderboard.TypePartition(EntityTypeNames.Source)])
        {
            await foreach (var _ in storage.LeaderboardTable.QueryAsync<TableEntity>(e => e.PartitionKey == partition, select: ["RowKey"], cancellationToken: cancellationToken))
            {
                count++;
            }
        }

        return count;
    }

    private static void Print(List<SummaryCost> results, double loadBefore, double loadAfter)
    {
        static string F(double value, string format = "F1") => value.ToString(format, CultureInfo.InvariantCulture);
        Console.WriteLine();
        Console.WriteLine($"Summary read cost, {DateTimeOffset.UtcNow:u}, load average {F(loadBefore, "F2")} -> {F(loadAfter, "F2")}");
        Console.WriteLine("| deployment | articles | ranked entities | requests/read | rows read/read | KiB/read | summary p50 ms | p95 ms | point read p50 ms | summary / point read |");
        Console.WriteLine("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
        foreach (var r in results)
        {
            Console.WriteLine($"| {r.Prefix} | {r.Articles:N0} | {r.RankedEntities:N0} | {F(r.RequestsPerRead)} | {F(r.RowsPerRead)} | {F(r.BytesPerRead / 1024)} | {F(r.SummaryMs.P50)} | {F(r.SummaryMs.P95)} | {F(r.PointReadMs.P50, "F2")} | {F(r.Ratio)}x |");
        }

        foreach (var r in results)
        {
            Console.WriteLine($"  {r.Prefix}: {string.Join(", ", r.RequestsByCategory.OrderByDescending(c => c.Value).Select(c => $"{c.Key} {c.Value}"))}");
        }
    }
}
