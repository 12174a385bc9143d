using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using Pipeline.LoadTests.Measurement;
using Pipeline.LoadTests.Runtime;

namespace Pipeline.LoadTests.Scenarios;

/// <summary>One polling phase: many concurrent clients asking one URL for a fixed time.</summary>
internal sealed record PollResult(
    string Target,
    string Mode,
    int Pollers,
    double Seconds,
    long Requests,
    long Errors,
    long NotModified,
    long BodyBytes,
    LatencySummary LatencyMs,
    double ClientCpuSeconds,
    double ServerCpuSeconds)
{
    public double RequestsPerSecond => Requests / Seconds;
}

/// <summary>
/// <c>poll</c>: 64 concurrent pollers on loopback against <c>/api/summary</c> and <c>/api/entities?type=person</c> of a
/// <c>pipeline run</c> child process serving an existing deployment, each for a fixed time, plain and with
/// <c>If-None-Match</c> (the 304 path). The same-run baseline is the same client against a canned HTTP server inside the
/// harness that answers at once with a body of the same size (or a 304): the client's own cost and loopback's.
/// </summary>
internal static class PollCommand
{
    public static Command Create()
    {
        var connection = Options.Connection();
        var prefix = new Option<string>("--prefix") { Description = "Table prefix of the deployment to serve (its container is articles-<prefix>).", Required = true };
        var pollers = new Option<int>("--pollers") { Description = "Concurrent pollers.", DefaultValueFactory = _ => 64 };
        var seconds = new Option<int>("--seconds") { Description = "Seconds per phase (after a 3 s warm-up).", DefaultValueFactory = _ => 15 };
        var freshness = new Option<int>("--freshness-ms") { Description = "The runtime's Pipeline__Api__FreshnessMilliseconds.", DefaultValueFactory = _ => 1000 };
        var report = new Option<FileInfo?>("--json") { Description = "Write the figures as JSON to this file too." };
        var command = new Command("poll", "64 concurrent pollers against /api/summary and /api/entities?type=person of pipeline run, with and without If-None-Match.")
        {
            connection, prefix, pollers, seconds, freshness, report,
        };
        command.SetAction(async (parse, ct) =>
        {
            var given = parse.GetValue(prefix)!;
            var target = new LoadTarget(Options.ConnectionOf(parse, connection), given, "articles-" + given.ToLowerInvariant());
            var environment = new Dictionary<string, string>(StringComparer.Ordinal)
            {
                ["Pipeline__Api__FreshnessMilliseconds"] = parse.GetValue(freshness).ToString(CultureInfo.InvariantCulture),
            };
            var loadBefore = IngestCommand.LoadAverage();
            await using var runtime = await PipelineProcess.StartAsync(target, PipelineProcess.FreePort(), TimeSpan.FromSeconds(5), environment, ct);
            using var probe = new HttpClient { BaseAddress = runtime.Address };
            var articles = await IngestCommand.ArticlesAsync(probe, ct);
            var results = new List<PollResult>();
            var duration = TimeSpan.FromSeconds(parse.GetValue(seconds));
            var count = parse.GetValue(pollers);
            foreach (var path in (string[])["api/summary", "api/entities?type=person"])
            {
                // Warm the runtime up (JIT, thread pool, response cache) before anything is measured.
                await PollAsync(runtime.Address, path, "warm-up", count, TimeSpan.FromSeconds(5), false, null, ct);
            }

            foreach (var path in (string[])["api/summary", "api/entities?type=person"])
            {
                var body = await probe.GetByteArrayAsync(new Uri(path, UriKind.Relative), ct);
                await using var canned = CannedServer.Start(body);
                foreach (var conditional in (bool[])[false, true])
                {
                    results.Add(await PollAsync(canned.Address, path, "baseline", count, duration, conditional, null, ct));
                    results.Add(await PollAsync(runtime.Address, path, "runtime", count, duration, conditional, runtime.Pid, ct));
                }
            }

            Print(given, articles, loadBefore, IngestCommand.LoadAverage(), results);
            if (parse.GetValue(report) is { } file)
            {
                await File.WriteAllTextAsync(file.FullName, JsonSerializer.Serialize(new { Prefix = given, Articles = articles, At = DateTimeOffset.UtcNow, Results = results }, IngestCommand.JsonOptions), ct);
            }

            return results.Any(r => r.Errors > 0) ? 1 : 0;
        });
        return command;
    }

    internal static async Task<PollResult> PollAsync(Uri server, string path, string label, int pollers, TimeSpan duration, bool conditional, int? serverPid, CancellationToken cancellationToken)
    {
        using var handler = new SocketsHttpHandler
        {
            MaxConnectionsPerServer = pollers,
            PooledConnectionLifetime = Timeout.InfiniteTimeSpan,
            UseCookies = false,
            AutomaticDecompression = DecompressionMethods.None,
        };
        using var client = new HttpClient(handler) { BaseAddress = server, Timeout = TimeSpan.FromSeconds(30) };
        var uri = new Uri(path, UriKind.Relative);
        EntityTagHeaderValue? etag = null;
        if (conditional)
        {
            using var first = await client.GetAsync(uri, cancellationToken);
            etag = first.Headers.ETag;
        }

        // Warm-up: open every connection and fill the server's cache before the clock starts.
        await RunAsync(client, uri, etag, pollers, TimeSpan.FromSeconds(3), cancellationToken);
        var self = ProcessSample.Read(Environment.ProcessId);
        var serverStart = serverPid is { } pid ? ProcessSample.Read(pid) : null;
        var phase = await RunAsync(client, uri, etag, pollers, duration, cancellationToken);
        var selfEnd = ProcessSample.Read(Environment.ProcessId);
        var serverEnd = serverPid is { } pid2 ? ProcessSample.Read(pid2) : null;
        return new PollResult(
            path,
            (conditional ? "If-None-Match" : "plain") + " " + label,
            pollers,
            phase.Seconds,
            phase.Latencies.Count,
            phase.Errors,
            phase.NotModified,
            phase.Bytes,
            Percentiles.Summarize(phase.Latencies),
            (selfEnd?.CpuSeconds ?? 0) - (self?.CpuSeconds ?? 0),
            serverStart is null || serverEnd is null ? double.NaN : serverEnd.CpuSeconds - serverStart.CpuSeconds);
    }

    private sealed record Phase(List<double> Latencies, long Errors, long NotModified, long Bytes, double Seconds);

    private static async Task<Phase> RunAsync(HttpClient client, Uri uri, EntityTagHeaderValue? etag, int pollers, TimeSpan duration, CancellationToken cancellationToken)
    {
        var latencies = new List<double>[pollers];
        long errors = 0, notModified = 0, bytes = 0;
        var clock = Stopwatch.StartNew();
        await Parallel.ForEachAsync(Enumerable.Range(0, pollers), new ParallelOptions { MaxDegreeOfParallelism = pollers, CancellationToken = cancellationToken }, async (poller, ct) =>
        {
            var mine = latencies[poller] = new List<double>(4096);
            while (clock.Elapsed < duration)
            {
                using var request = new HttpRequestMessage(HttpMethod.Get, uri);
                if (etag is not null)
                {
                    request.Headers.IfNoneMatch.Add(etag);
                }

                var started = Stopwatch.GetTimestamp();
                try
                {
                    using var response = await client.SendAsync(request, HttpCompletionOption.ResponseContentRead, ct);
                    var length = response.Content.Headers.ContentLength ?? 0;
                    mine.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                    Interlocked.Add(ref bytes, length);
                    if (response.StatusCode == HttpStatusCode.NotModified)
                    {
                        Interlocked.Increment(ref notModified);
                    }
                    else if (response.StatusCode != HttpStatusCode.OK)
                    {
                        Interlocked.Increment(ref errors);
                    }
                }
                catch (HttpRequestException)
                {
                    Interlocked.Increment(ref errors);
                }
            }
        });
        return new Phase([.. latencies.SelectMany(l => l)], errors, notModified, bytes, clock.Elapsed.TotalSeconds);
    }

    private static void Print(string prefix, long articles, double loadBefore, double loadAfter, List<PollResult> results)
    {
        static string F(double value, string format = "F1") => value.ToString(format, CultureInfo.InvariantCulture);
        Console.WriteLine();
        Console.WriteLine($"Polling {prefix} ({articles} articles), {DateTimeOffset.UtcNow:u}, load average {F(loadBefore, "F2")} -> {F(loadAfter, "F2")}");
        Console.WriteLine("| target | mode | requests/s | p50 ms | p99 ms | max ms | 304s | errors | client CPU s | server CPU s |");
        Console.WriteLine("| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
        foreach (var r in results)
        {
            Console.WriteLine($"| {r.Target} | {r.Mode} | {F(r.RequestsPerSecond, "F0")} | {F(r.LatencyMs.P50, "F2")} | {F(r.LatencyMs.P99, "F2")} | {F(r.LatencyMs.Max, "F1")} | {r.NotModified} | {r.Errors} | {F(r.ClientCpuSeconds)} | {F(r.ServerCpuSeconds)} |");
        }
    }
}

/// <summary>
/// A minimal keep-alive HTTP/1.1 server on loopback that answers every request at once with a fixed body, or 304 when
/// the request carries <c>If-None-Match</c>: the floor a poller can reach, for the same-run baseline.
/// </summary>
internal sealed class CannedServer : IAsyncDisposable
{
    private readonly TcpListener _listener;
    private readonly CancellationTokenSource _stop = new();
    private readonly byte[] _ok;
    private readonly byte[] _notModified;
    private readonly Task _accepting;

    private CannedServer(TcpListener listener, byte[] body)
    {
        _listener = listener;
        var etag = "\"canned\"";
        _ok = [.. Encoding.ASCII.GetBytes($"HTTP/1.1 200 OK\r\nContent-Type: application/json; charset=utf-8\r\nContent-Length: {body.Length}\r\nETag: {etag}\r\n\r\n"), .. body];
        _notModified = Encoding.ASCII.GetBytes($"HTTP/1.1 304 Not Modified\r\nETag: {etag}\r\n\r\n");
        _accepting = Task.Run(AcceptAsync);
    }

    public Uri Address => new($"http://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}/");

    public static CannedServer Start(byte[] body)
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start(512);
        return new CannedServer(listener, body);
    }

    private async Task AcceptAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            Socket socket;
            try
            {
                socket = await _listener.AcceptSocketAsync(_stop.Token);
            }
            catch (OperationCanceledException)
            {
                return;
            }

            _ = Task.Run(() => ServeAsync(socket));
        }
    }

    private async Task ServeAsync(Socket socket)
    {
        using (socket)
        {
            var buffer = new byte[16 * 1024];
            var filled = 0;
            try
            {
                while (!_stop.IsCancellationRequested)
                {
                    var read = await socket.ReceiveAsync(buffer.AsMemory(filled), SocketFlags.None, _stop.Token);
                    if (read == 0)
                    {
                        return;
                    }

                    filled += read;
                    // Requests are GETs without bodies: each ends with a blank line.
                    int end;
                    while ((end = buffer.AsSpan(0, filled).IndexOf("\r\n\r\n"u8)) >= 0)
                    {
                        var conditional = buffer.AsSpan(0, end).IndexOf("If-None-Match"u8) >= 0;
                        await socket.SendAsync(conditional ? _notModified : _ok, SocketFlags.None, _stop.Token);
                        var consumed = end + 4;
                        buffer.AsSpan(consumed, filled - consumed).CopyTo(buffer);
                        filled -= consumed;
                    }
                }
            }
            catch (Exception ex) when (ex is SocketException or OperationCanceledException or ObjectDisposedException)
            {
                // The client went away or the server stopped.
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        try
        {
            await _accepting;
        }
        catch (OperationCanceledException)
        {
            // Stopped.
        }

        _stop.Dispose();
    }
}
