using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Pipeline.LoadTests.Corpus;
using Pipeline.LoadTests.Measurement;
using Pipeline.LoadTests.Runtime;

namespace Pipeline.LoadTests.Scenarios;

/// <summary>
/// <c>ingest</c>: drops N generated articles into a <c>pipeline run</c> child process's container and measures how fast
/// they become visible in <c>/api/summary</c>, against Azurite's raw write rate measured before and after in the same
/// run.
/// </summary>
/// <remarks>
/// Upload-to-visible: uploads are numbered in the order they completed; the k-th counts as visible at the first summary
/// poll whose <c>articles</c> total (less the probe's) reaches k. That pairs the k-th upload with the k-th article
/// processed, which is exact when files are processed in upload order (the reconciler lists names in order and the
/// names rise with the upload order) and close otherwise. The summary is cached for
/// <c>Pipeline__Api__FreshnessMilliseconds</c> (1 s by default), which is part of what a poller sees.
/// </remarks>
internal static class IngestCommand
{
    public static Command Create()
    {
        var connection = Options.Connection();
        var articles = new Option<int>("--articles") { Description = "How many articles to drop.", DefaultValueFactory = _ => 1000 };
        var seed = new Option<int>("--seed") { Description = "Corpus seed.", DefaultValueFactory = _ => 1 };
        var rate = new Option<double>("--rate") { Description = "Uploads per second (0: as fast as 8 uploaders go, a bulk drop).", DefaultValueFactory = _ => 0 };
        var prefix = new Option<string?>("--prefix") { Description = "Table prefix of the deployment (default: a new one). Its container is articles-<prefix>." };
        var probe = new Option<int>("--probe") { Description = "Articles ingested in-process with counted requests, at the start and at the end.", DefaultValueFactory = _ => 40 };
        var ceilingSeconds = new Option<int>("--ceiling-seconds") { Description = "Seconds per shape of the storage ceiling, measured before and after (0: skip).", DefaultValueFactory = _ => 8 };
        var interval = new Option<TimeSpan>("--interval") { Description = "The runtime's reconciliation interval.", DefaultValueFactory = _ => TimeSpan.FromMilliseconds(200) };
        var freshness = new Option<int>("--freshness-ms") { Description = "The runtime's Pipeline__Api__FreshnessMilliseconds.", DefaultValueFactory = _ => 1000 };
        var pollMs = new Option<int>("--poll-ms") { Description = "How often the summary is polled for the article count.", DefaultValueFactory = _ => 100 };
        var azuritePid = new Option<FileInfo?>("--azurite-pid-file") { Description = "Azurite's PID file, to sample its CPU and memory too." };
        var timeout = new Option<int>("--timeout-minutes") { Description = "Give up waiting for the articles after this long.", DefaultValueFactory = _ => 60 };
        var report = new Option<FileInfo?>("--json") { Description = "Write the figures as JSON to this file too." };
        var command = new Command("ingest", "Drop N generated articles through pipeline run on Azurite; measure throughput, upload-to-visible latency, CPU, memory and requests per article.")
        {
            connection, articles, seed, rate, prefix, probe, ceilingSeconds, interval, freshness, pollMs, azuritePid, timeout, report,
        };
        command.SetAction(async (parse, ct) =>
        {
            var settings = new IngestSettings(
                Options.ConnectionOf(parse, connection), parse.GetValue(articles), parse.GetValue(seed), parse.GetValue(rate), parse.GetValue(prefix),
                parse.GetValue(probe), parse.GetValue(ceilingSeconds), parse.GetValue(interval), parse.GetValue(freshness), parse.GetValue(pollMs),
                parse.GetValue(azuritePid), TimeSpan.FromMinutes(parse.GetValue(timeout)));
            var result = await RunAsync(settings, ct);
            Print(result);
            if (parse.GetValue(report) is { } file)
            {
                await File.WriteAllTextAsync(file.FullName, JsonSerializer.Serialize(result, JsonOptions), ct);
            }

            return result.Visible == settings.Articles ? 0 : 1;
        });
        return command;
    }

    internal static readonly JsonSerializerOptions JsonOptions = new() { WriteIndented = true, NumberHandling = System.Text.Json.Serialization.JsonNumberHandling.AllowNamedFloatingPointLiterals };

    private sealed record IngestSettings(
        string Connection, int Articles, int Seed, double Rate, string? Prefix, int Probe, int CeilingSeconds, TimeSpan Interval,
        int FreshnessMs, int PollMs, FileInfo? AzuritePidFile, TimeSpan Timeout);

    internal sealed record IngestResult(
        string Prefix,
        DateTimeOffset StartedAt,
        int Articles,
        long Bytes,
        double Rate,
        int Visible,
        double DropSeconds,
        double UploadSeconds,
        double ArticlesPerSecond,
        IReadOnlyList<double> DecileRates,
        LatencySummary UploadToVisibleMs,
        ProbeResult? ProbeStart,
        ProbeResult? ProbeEnd,
        ProbeResult? ProbeEndStopped,
        IReadOnlyList<ProcessUsage> Idle,
        IReadOnlyList<CeilingResult> CeilingBefore,
        IReadOnlyList<CeilingResult> CeilingAfter,
        ProcessUsage Runtime,
        ProcessUsage? Azurite,
        ProcessUsage Harness,
        double LoadAverageBefore,
        double LoadAverageAfter);

    private static async Task<IngestResult> RunAsync(IngestSettings settings, CancellationToken cancellationToken)
    {
        var startedAt = DateTimeOffset.UtcNow;
        var loadBefore = LoadAverage();
        var target = settings.Prefix is { } given
            ? new LoadTarget(settings.Connection, given, "articles-" + given.ToLowerInvariant())
            : LoadTarget.Create(settings.Connection, null, settings.Articles.ToString(CultureInfo.InvariantCulture));
        var storage = target.Open();
        await storage.EnsureCreatedAsync(cancellationToken);
        Console.WriteLine($"Deployment: prefix {target.Prefix}, container {target.Container}.");

        var environment = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["Pipeline__Api__FreshnessMilliseconds"] = settings.FreshnessMs.ToString(CultureInfo.InvariantCulture),
        };
        var runtime = await PipelineProcess.StartAsync(target, PipelineProcess.FreePort(), settings.Interval, environment, cancellationToken);
        try
        {
            return await RunWithRuntimeAsync(settings, startedAt, loadBefore, target, storage, runtime, cancellationToken);
        }
        finally
        {
            await runtime.DisposeAsync();
        }
    }

    private static async Task<IngestResult> RunWithRuntimeAsync(
        IngestSettings settings, DateTimeOffset startedAt, double loadBefore, LoadTarget target, Storage.Hosting.PipelineStorage storage, PipelineProcess runtime, CancellationToken cancellationToken)
    {
        using var http = new HttpClient { BaseAddress = runtime.Address, Timeout = TimeSpan.FromSeconds(30) };
        var azuritePid = settings.AzuritePidFile is { Exists: true } pidFile
            ? int.Parse((await File.ReadAllTextAsync(pidFile.FullName, cancellationToken)).Trim(), CultureInfo.InvariantCulture)
            : (int?)null;

        IReadOnlyList<CeilingResult> before = [];
        if (settings.CeilingSeconds > 0)
        {
            Console.WriteLine("Storage ceiling, before...");
            before = await StorageCeiling.MeasureAllAsync(settings.Connection, StorageCeiling.DefaultWorkers, TimeSpan.FromSeconds(settings.CeilingSeconds), cancellationToken);
            Report.Ceiling(before);
        }

        var generator = new ArticleGenerator(settings.Seed);
        var initial = await ArticlesAsync(http, cancellationToken);
        ProbeResult? probeStart = null;
        if (settings.Probe > 0)
        {
            Console.WriteLine($"Probe at {initial} articles...");
            probeStart = await IngestionProbe.RunAsync(target, generator, 10_000_000, settings.Probe, "start" + initial.ToString(CultureInfo.InvariantCulture), initial, cancellationToken);
        }

        // Wait for the summary to show the probe, so the drop's visibility is counted from a settled base.
        var baseline = await WaitForAsync(http, initial + (probeStart?.Articles ?? 0), TimeSpan.FromSeconds(60), cancellationToken);

        Console.WriteLine($"Generating {settings.Articles} articles...");
        var first = (int)Math.Min(int.MaxValue - settings.Articles, initial);
        var texts = generator.Generate(settings.Articles, first).Select(a => (a.Name, Bytes: Encoding.UTF8.GetBytes(a.Text))).ToList();
        var bytes = texts.Sum(t => (long)t.Bytes.Length);

        var selfStart = ProcessSample.Read(Environment.ProcessId);
        var runtimeStart = ProcessSample.Read(runtime.Pid);
        var azuriteStart = azuritePid is { } ap ? ProcessSample.Read(ap) : null;
        await using var runtimeMonitor = new ProcessMonitor(runtime.Pid, "runtime");

        Console.WriteLine($"Dropping {settings.Articles} articles ({bytes / 1024.0 / 1024.0:F1} MiB){(settings.Rate > 0 ? $" at {settings.Rate}/s" : "")}...");
        var clock = Stopwatch.StartNew();
        var polls = new List<(double At, long Count)>();
        using var stopPolling = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var targetCount = baseline + settings.Articles;
        var poller = Task.Run(() => PollAsync(http, clock, polls, targetCount, settings.PollMs, settings.Timeout, stopPolling.Token), CancellationToken.None);

        var uploaded = new double[texts.Count];
        var container = storage.Articles;
        await Parallel.ForEachAsync(Enumerable.Range(0, texts.Count), new ParallelOptions { MaxDegreeOfParallelism = 8, CancellationToken = cancellationToken }, async (i, ct) =>
        {
            if (settings.Rate > 0)
            {
                var due = TimeSpan.FromSeconds(i / settings.Rate) - clock.Elapsed;
                if (due > TimeSpan.Zero)
                {
                    await Task.Delay(due, ct);
                }
            }

            await container.GetBlobClient(texts[i].Name).UploadAsync(new BinaryData(texts[i].Bytes), overwrite: true, ct);
            uploaded[i] = clock.Elapsed.TotalMilliseconds;
        });
        var uploadSeconds = clock.Elapsed.TotalSeconds;
        Console.WriteLine($"Uploaded in {uploadSeconds:F1} s; waiting until the summary shows them all...");
        await poller;
        var dropSeconds = polls.Count > 0 && polls[^1].Count >= targetCount ? polls[^1].At / 1000 : clock.Elapsed.TotalSeconds;
        var runtimeEnd = ProcessSample.Read(runtime.Pid);
        var azuriteEnd = azuritePid is { } ap2 ? ProcessSample.Read(ap2) : null;
        var selfEnd = ProcessSample.Read(Environment.ProcessId);
        var visible = (int)Math.Min(settings.Articles, Math.Max(0, (polls.Count == 0 ? baseline : polls[^1].Count) - baseline));

        // The k-th upload to complete is visible at the first poll that shows k articles of the drop.
        var order = uploaded.Order().ToArray();
        var latencies = new List<double>(order.Length);
        var p = 0;
        for (var k = 1; k <= visible; k++)
        {
            while (p < polls.Count && polls[p].Count - baseline < k)
            {
                p++;
            }

            if (p < polls.Count)
            {
                latencies.Add(Math.Max(0, polls[p].At - order[k - 1]));
            }
        }

        // Articles per second over each tenth of the drop, from the summary's count: does it slow as the corpus grows?
        var deciles = new List<double>();
        var previousAt = 0.0;
        for (var d = 1; d <= 10; d++)
        {
            var threshold = baseline + (settings.Articles * d / 10);
            var crossing = polls.FirstOrDefault(x => x.Count >= threshold);
            if (crossing == default)
            {
                break;
            }

            deciles.Add(settings.Articles / 10.0 / Math.Max(0.001, (crossing.At - previousAt) / 1000));
            previousAt = crossing.At;
        }

        // The runtime idle at the end: what its reconciler's passes over the full container cost by themselves.
        var idleRuntime = ProcessSample.Read(runtime.Pid);
        var idleAzurite = azuritePid is { } ap3 ? ProcessSample.Read(ap3) : null;
        await Task.Delay(TimeSpan.FromSeconds(10), cancellationToken);
        var idle = new[]
        {
            ProcessUsage.Between("runtime idle", idleRuntime, ProcessSample.Read(runtime.Pid)),
            ProcessUsage.Between("azurite idle", idleAzurite, azuritePid is { } ap4 ? ProcessSample.Read(ap4) : null),
        };

        ProbeResult? probeEnd = null;
        ProbeResult? probeEndStopped = null;
        var total = baseline + visible;
        if (settings.Probe > 0)
        {
            Console.WriteLine($"Probe at {total} articles, runtime idle...");
            probeEnd = await IngestionProbe.RunAsync(target, generator, 20_000_000, settings.Probe, "end" + total.ToString(CultureInfo.InvariantCulture), total, cancellationToken);
        }

        // Again with the runtime stopped: whatever is left of the growth is the emulator's, not the runtime's.
        await runtime.DisposeAsync();
        if (settings.Probe > 0)
        {
            Console.WriteLine($"Probe at {total + settings.Probe} articles, runtime stopped...");
            probeEndStopped = await IngestionProbe.RunAsync(target, generator, 30_000_000, settings.Probe, "stopped" + total.ToString(CultureInfo.InvariantCulture), total + settings.Probe, cancellationToken);
        }

        foreach (var probe in new[] { probeStart, probeEnd, probeEndStopped }.OfType<ProbeResult>())
        {
            await IngestionProbe.RemoveAsync(target, probe, cancellationToken);
        }

        IReadOnlyList<CeilingResult> after = [];
        if (settings.CeilingSeconds > 0)
        {
            Console.WriteLine("Storage ceiling, after...");
            after = await StorageCeiling.MeasureAllAsync(settings.Connection, StorageCeiling.DefaultWorkers, TimeSpan.FromSeconds(settings.CeilingSeconds), cancellationToken);
        }

        var runtimeUsage = ProcessUsage.Between("runtime", runtimeStart, runtimeEnd) with { PeakRssBytes = Math.Max(runtimeEnd?.PeakRssBytes ?? 0, runtimeMonitor.MaxSampledRss) };
        return new IngestResult(
            target.Prefix, startedAt, settings.Articles, bytes, settings.Rate, visible, dropSeconds, uploadSeconds,
            visible / dropSeconds, deciles, Percentiles.Summarize(latencies), probeStart, probeEnd, probeEndStopped, idle, before, after,
            runtimeUsage, azuriteStart is null ? null : ProcessUsage.Between("azurite", azuriteStart, azuriteEnd),
            ProcessUsage.Between("harness", selfStart, selfEnd), loadBefore, LoadAverage());
    }

    private static async Task PollAsync(HttpClient http, Stopwatch clock, List<(double At, long Count)> polls, long target, int pollMs, TimeSpan timeout, CancellationToken cancellationToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromMilliseconds(pollMs));
        while (clock.Elapsed < timeout && await timer.WaitForNextTickAsync(cancellationToken))
        {
            long count;
            try
            {
                count = await ArticlesAsync(http, cancellationToken);
            }
            catch (HttpRequestException)
            {
                continue;
            }

            var at = clock.Elapsed.TotalMilliseconds;
            lock (polls)
            {
                if (polls.Count == 0 || (int)(at / 10_000) != (int)(polls[^1].At / 10_000))
                {
                    Console.WriteLine($"  {at / 1000:F0} s: the summary shows {count} of {target} articles");
                }

                polls.Add((at, count));
            }

            if (count >= target)
            {
                return;
            }
        }
    }

    private static async Task<long> WaitForAsync(HttpClient http, long atLeast, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            var count = await ArticlesAsync(http, cancellationToken);
            if (count >= atLeast || DateTime.UtcNow > deadline)
            {
                return count;
            }

            await Task.Delay(200, cancellationToken);
        }
    }

    internal static async Task<long> ArticlesAsync(HttpClient http, CancellationToken cancellationToken)
    {
        using var document = JsonDocument.Parse(await http.GetStringAsync(new Uri("api/summary", UriKind.Relative), cancellationToken));
        return document.RootElement.GetProperty("articles").GetInt64();
    }

    internal static double LoadAverage()
    {
        try
        {
            return double.Parse(File.ReadAllText("/proc/loadavg").Split(' ')[0], CultureInfo.InvariantCulture);
        }
        catch (IOException)
        {
            return double.NaN;
        }
    }

    private static void Print(IngestResult r)
    {
        static string F(double value, string format = "F1") => value.ToString(format, CultureInfo.InvariantCulture);
        Console.WriteLine();
        Console.WriteLine($"Ingestion of {r.Articles} articles ({F(r.Bytes / 1024.0 / 1024.0)} MiB), prefix {r.Prefix}, {r.StartedAt:u}, load average {F(r.LoadAverageBefore, "F2")} -> {F(r.LoadAverageAfter, "F2")}");
        Console.WriteLine($"  visible {r.Visible}/{r.Articles} after {F(r.DropSeconds)} s (uploads took {F(r.UploadSeconds)} s): {F(r.ArticlesPerSecond, "F2")} articles/s");
        Console.WriteLine($"  articles/s by tenth of the drop: {string.Join(", ", r.DecileRates.Select(d => F(d)))}");
        Console.WriteLine($"  upload-to-visible ms: p50 {F(r.UploadToVisibleMs.P50, "F0")}, p95 {F(r.UploadToVisibleMs.P95, "F0")}, p99 {F(r.UploadToVisibleMs.P99, "F0")}, max {F(r.UploadToVisibleMs.Max, "F0")}");
        foreach (var usage in new[] { r.Runtime, r.Azurite, r.Harness }.OfType<ProcessUsage>())
        {
            Console.WriteLine($"  {usage.Label}: {F(usage.CpuSeconds)} CPU s over {F(usage.Seconds)} s = {F(usage.Cores, "F2")} cores, {F(usage.CpuSeconds * 1000 / Math.Max(1, r.Visible))} CPU ms/article, peak RSS {usage.PeakRssBytes / 1024 / 1024} MiB, end RSS {usage.EndRssBytes / 1024 / 1024} MiB");
        }

        foreach (var usage in r.Idle)
        {
            Console.WriteLine($"  {usage.Label} for {F(usage.Seconds)} s after the drop: {F(usage.Cores, "F2")} cores");
        }

        foreach (var probe in new[] { r.ProbeStart, r.ProbeEnd, r.ProbeEndStopped }.OfType<ProbeResult>())
        {
            Console.WriteLine($"  probe {probe.Label} at {probe.CorpusArticles} articles: {F(probe.RequestsPerArticle)} requests/article, {F(probe.ArticlesPerSecond, "F2")} articles/s in-process, per article p50 {F(probe.PerArticleMs.P50, "F0")} ms p99 {F(probe.PerArticleMs.P99, "F0")} ms");
            Console.WriteLine($"    {string.Join(", ", probe.ByCategory.OrderByDescending(c => c.Value).Select(c => $"{c.Key} {F(c.Value / (double)probe.Articles)}"))}");
        }

        Console.WriteLine("  storage ceiling before:");
        Report.Ceiling(r.CeilingBefore);
        Console.WriteLine("  storage ceiling after:");
        Report.Ceiling(r.CeilingAfter);
        if (r.ProbeEnd is { } end && r.CeilingBefore.Concat(r.CeilingAfter).Where(c => c.Kind == "ledger-step").ToList() is { Count: > 0 } steps)
        {
            var ceilingRequests = steps.Average(s => s.RequestsPerSecond);
            var limit = ceilingRequests / end.RequestsPerArticle;
            Console.WriteLine($"  storage limit at {F(end.RequestsPerArticle)} requests/article and {F(ceilingRequests, "F0")} ledger-step requests/s: {F(limit, "F2")} articles/s; ingestion reached {F(r.ArticlesPerSecond / limit, "P0")} of it (limit / ingestion = {F(limit / r.ArticlesPerSecond, "F2")}x)");
        }
    }
}
