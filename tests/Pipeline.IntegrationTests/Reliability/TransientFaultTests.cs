using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;
using Azure;
using Azure.Core;
using Azure.Core.Pipeline;
using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Microsoft.Extensions.Logging.Abstractions;
using Pipeline.Core;
using Pipeline.IntegrationTests.Infrastructure;
using Pipeline.Storage.Articles;
using Pipeline.Storage.Files;
using Pipeline.Storage.Hosting;
using Pipeline.Storage.Reconciliation;
using Xunit.Abstractions;

namespace Pipeline.IntegrationTests.Reliability;

/// <summary>
/// Storage that throttles and fails now and then (503, 500, 429 with Retry-After, connections dropped before the
/// request reaches storage and after storage has done it): with the SDK's retries on, a batch ingested through
/// such storage ends exactly as a fault-free ingestion does, with nothing counted twice.
/// </summary>
public sealed class TransientFaultTests(ITestOutputHelper output)
{
    [Fact]
    public async Task A_batch_ingested_through_flaky_storage_ends_as_a_fault_free_ingestion_does()
    {
        var files = ReliabilityHarness.Batch(ReliabilityHarness.GeneratedCount);
        var expected = ReliabilityHarness.ReferenceAsync(files);
        await using var storage = await IsolatedStorage.CreateAsync();
        await ReliabilityHarness.UploadAsync(storage, files);

        var faults = new FlakyStorage(seed: 20261129, rate: 0.08);
        var errors = new ConcurrentQueue<string>();
        var reconciler = FlakyReconciler(storage, faults, errors);
        var passes = 0;
        IReadOnlyList<FileStatus> settled;
        try
        {
            settled = await ReliabilityHarness.SettledAsync(
                storage,
                files.Count,
                TimeSpan.FromMinutes(3),
                async () =>
                {
                    try
                    {
                        passes++;
                        var pass = await reconciler.RunOnceAsync(CancellationToken.None);
                        output.WriteLine($"pass: {pass}, {faults.Requests} requests so far");
                    }
                    catch (Exception ex) when (ex.IsStorageFailure())
                    {
                        // As the runtime's loop does: a pass that storage failed is logged and the next one tries again.
                        output.WriteLine($"a pass failed: {StorageFailure.Describe(ex)}");
                    }

                    return await ReliabilityHarness.StatesAsync(storage);
                });
        }
        finally
        {
            // What made a file wait for the next pass (a fault the SDK's retries did not absorb), if anything did.
            foreach (var error in errors.Take(40))
            {
                output.WriteLine(error);
            }
        }

        output.WriteLine($"{faults.Requests} requests, faults injected: {faults.Describe()}");
        foreach (var kind in Enum.GetValues<FaultKind>())
        {
            Assert.True(faults.Count(kind) > 0, $"no {kind} was injected (the test would prove nothing about it)");
        }

        Assert.All(settled, s => Assert.Equal(FileStates.Processed, s.State));
        Assert.All(settled, s => Assert.Equal(1, s.Attempts));
        // The SDK's retries absorb every fault: no file had to wait for another pass (a lock whose insert's answer was
        // lost used to make its file wait out the lock's lease).
        Assert.True(errors.IsEmpty && passes == 1, $"{passes} passes; what made files wait:\n" + string.Join("\n", errors));
        await ReliabilityHarness.AssertNoDriftAsync(storage);
        Assert.Equal(await expected, await ReliabilityHarness.FingerprintAsync(storage));
    }

    /// <summary>A reconciler and ingestor of the deployment on clients whose every try goes through <paramref name="faults"/>, with the SDK's retries on.</summary>
    private static BlobReconciler FlakyReconciler(IsolatedStorage storage, FlakyStorage faults, ConcurrentQueue<string> errors)
    {
        var blobOptions = new BlobClientOptions();
        var tableOptions = new TableClientOptions();
        foreach (var options in new ClientOptions[] { blobOptions, tableOptions })
        {
            // PerRetry: each try, the SDK's own retries included, may meet a fault.
            options.AddPolicy(faults, HttpPipelinePosition.PerRetry);
            options.Retry.MaxRetries = 8;
            options.Retry.Mode = RetryMode.Exponential;
            options.Retry.Delay = TimeSpan.FromMilliseconds(20);
            options.Retry.MaxDelay = TimeSpan.FromMilliseconds(500);
        }

        var flaky = new PipelineStorage(
            new BlobServiceClient(Azurite.ConnectionString, blobOptions),
            new TableServiceClient(Azurite.ConnectionString, tableOptions),
            Microsoft.Extensions.Options.Options.Create(storage.Storage.Options));
        var ingestor = new ArticleIngestor(flaky, new Aggregates(flaky, NullLogger<Aggregates>.Instance), new ArticleAnalyzer(), TimeProvider.System, NullLogger<ArticleIngestor>.Instance);
        return new BlobReconciler(flaky, ingestor, new ErrorsLogger(errors));
    }

    /// <summary>Keeps what the reconciler logs with an exception: the storage failures that made a file wait for the next pass.</summary>
    private sealed class ErrorsLogger(ConcurrentQueue<string> errors) : Microsoft.Extensions.Logging.ILogger<BlobReconciler>
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(Microsoft.Extensions.Logging.LogLevel logLevel) => true;

        public void Log<TState>(Microsoft.Extensions.Logging.LogLevel logLevel, Microsoft.Extensions.Logging.EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (exception is not null)
            {
                errors.Enqueue(formatter(state, exception) + " " + exception.GetType().Name + ": " + exception.Message.Split('\n')[0]
                    + " at " + exception.StackTrace?.Split('\n').FirstOrDefault(l => l.Contains("Pipeline.Storage", StringComparison.Ordinal))?.Trim());
            }
        }
    }
}

internal enum FaultKind
{
    /// <summary>503 Server Busy, as storage answers when a partition is overloaded.</summary>
    ServerBusy,

    /// <summary>500 Internal Server Error.</summary>
    InternalError,

    /// <summary>429 Too Many Requests with a Retry-After header.</summary>
    Throttled,

    /// <summary>The connection drops before the request reaches storage: nothing happened.</summary>
    DroppedBeforeSending,

    /// <summary>The connection drops after storage did the work: the write happened, its answer is lost.</summary>
    DroppedAfterSending,
}

/// <summary>
/// Injects transient faults into a seeded random share of requests. A fault is an answer storage did not give (503,
/// 500, 429 with Retry-After) or a dropped connection, before or after storage did the work. The same request is never
/// failed twice in a row, so the SDK's retries always get through.
/// </summary>
internal sealed class FlakyStorage(int seed, double rate) : HttpPipelinePolicy
{
    private readonly Random _random = new(seed);
    private readonly int[] _counts = new int[Enum.GetValues<FaultKind>().Length];
    private readonly Lock _lock = new();
    private int _requests;

    public int Requests => Volatile.Read(ref _requests);

    public int Count(FaultKind kind)
    {
        lock (_lock)
        {
            return _counts[(int)kind];
        }
    }

    public string Describe() => string.Join(", ", Enum.GetValues<FaultKind>().Select(k => $"{k} {Count(k)}"));

    public override void Process(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline) =>
        throw new NotSupportedException("the pipeline's clients are used asynchronously only");

    public override async ValueTask ProcessAsync(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
    {
        ArgumentNullException.ThrowIfNull(message);
        Interlocked.Increment(ref _requests);
        var fault = Draw(message);
        switch (fault)
        {
            case null:
                await ProcessNextAsync(message, pipeline);
                return;
            case FaultKind.DroppedBeforeSending:
                throw new IOException("injected: connection reset before the request was sent");
            case FaultKind.DroppedAfterSending:
                await ProcessNextAsync(message, pipeline);
                message.Response.Dispose();
                throw new IOException("injected: connection reset before the response arrived");
            default:
                message.Response = new InjectedResponse(fault.Value, message.Request.ClientRequestId);
                return;
        }
    }

    private FaultKind? Draw(HttpMessage message)
    {
        // The retry of a failed try goes through: a try carries the SDK's retry count in its properties only as a
        // header it sets (x-ms-client-request-id stays the same across tries), so the last faulted id is remembered.
        lock (_lock)
        {
            var id = message.Request.ClientRequestId;
            if (_lastFaulted.Remove(id) || _random.NextDouble() >= rate)
            {
                return null;
            }

            var kind = (FaultKind)_random.Next(_counts.Length);
            _counts[(int)kind]++;
            _lastFaulted.Add(id);
            return kind;
        }
    }

    private readonly HashSet<string> _lastFaulted = new(StringComparer.Ordinal);

    /// <summary>An answer storage did not give: an error status with the headers a real one has.</summary>
    private sealed class InjectedResponse : Response
    {
        private readonly FaultKind kind;

        public InjectedResponse(FaultKind kind, string clientRequestId)
        {
            this.kind = kind;
            ClientRequestId = clientRequestId;
            if (kind != FaultKind.Throttled)
            {
                // Storage's own codes for these; a 429 comes from a gateway in front of storage, without one.
                _headers["x-ms-error-code"] = kind == FaultKind.ServerBusy ? "ServerBusy" : "InternalError";
            }
        }

        private readonly Dictionary<string, string> _headers = new(StringComparer.OrdinalIgnoreCase)
        {
            ["x-ms-request-id"] = Guid.NewGuid().ToString(),
            ["Content-Length"] = "0",
        };

        public override int Status => kind switch
        {
            FaultKind.ServerBusy => 503,
            FaultKind.Throttled => 429,
            _ => 500,
        };

        public override string ReasonPhrase => kind.ToString();

        // The transport classifies the responses it receives; this one never went through it.
        public override bool IsError => true;

        public override Stream? ContentStream { get; set; } = new MemoryStream();

        public override string ClientRequestId { get; set; }

        public override void Dispose() => ContentStream?.Dispose();

        protected override bool ContainsHeader(string name) => TryGetHeader(name, out _) || (kind == FaultKind.Throttled && IsRetryAfter(name));

        protected override IEnumerable<HttpHeader> EnumerateHeaders()
        {
            var headers = _headers.Select(h => new HttpHeader(h.Key, h.Value));
            return kind == FaultKind.Throttled ? headers.Append(new HttpHeader("Retry-After", "1")) : headers;
        }

        protected override bool TryGetHeader(string name, [NotNullWhen(true)] out string? value)
        {
            if (kind == FaultKind.Throttled && IsRetryAfter(name))
            {
                // Whole seconds, as storage and every HTTP server sends it; the SDK waits that long before the retry.
                value = "1";
                return true;
            }

            return _headers.TryGetValue(name, out value);
        }

        protected override bool TryGetHeaderValues(string name, [NotNullWhen(true)] out IEnumerable<string>? values)
        {
            var found = TryGetHeader(name, out var value);
            values = found ? [value!] : null;
            return found;
        }

        private static bool IsRetryAfter(string name) => string.Equals(name, "Retry-After", StringComparison.OrdinalIgnoreCase);
    }
}
