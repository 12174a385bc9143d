using System.Diagnostics;
using System.Net;
using System.Text;
using System.Text.Json;

namespace Pipeline.IntegrationTests.Infrastructure;

/// <summary>A <c>pipeline run</c> process started from the build output, serving on a free loopback port.</summary>
internal sealed class LocalRuntime : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private LocalRuntime(Process process, Uri address)
    {
        _process = process;
        Address = address;
        Http = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(30) };
    }

    public Uri Address { get; }

    public HttpClient Http { get; }

    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    /// <summary>The runtime's process id, for signals and <c>/proc</c>.</summary>
    public int ProcessId => _process.Id;

    public bool HasExited => _process.HasExited;

    public static Task<LocalRuntime> StartAsync(IsolatedStorage storage) => StartAsync(storage, connectionString: null, environment: null);

    /// <param name="connectionString">Storage to run against; the test Azurite unless given.</param>
    /// <param name="environment">Further environment variables (settings such as <c>Pipeline__Limits__MaxFileBytes</c>).</param>
    /// <param name="waitUntilHealthy">Wait for <c>/api/health</c> to answer 200 (else only until it answers at all).</param>
    public static async Task<LocalRuntime> StartAsync(
        IsolatedStorage storage,
        string? connectionString,
        IReadOnlyDictionary<string, string?>? environment,
        bool waitUntilHealthy = true)
    {
        ArgumentNullException.ThrowIfNull(storage);
        var port = Loopback.FreePort();
        var address = new Uri($"http://127.0.0.1:{port}/");
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[]
        {
            Path.Combine(Repository.OutputOf("Pipeline.Cli"), "pipeline.dll"), "run",
            "--connection", connectionString ?? Azurite.ConnectionString,
            "--urls", address.ToString().TrimEnd('/'),
            "--interval", "00:00:00.200",
        })
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (key, value) in storage.Settings)
        {
            start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        foreach (var (key, value) in environment ?? new Dictionary<string, string?>())
        {
            start.Environment[key] = value;
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start pipeline run.");
        var runtime = new LocalRuntime(process, address);
        process.OutputDataReceived += runtime.Capture;
        process.ErrorDataReceived += runtime.Capture;
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        await Eventually.ReturnsAsync(
            async () => process.HasExited ? HttpStatusCode.Gone : await runtime.TryGetStatusAsync("api/health"),
            status => status is HttpStatusCode.OK or HttpStatusCode.Gone || (!waitUntilHealthy && status != 0),
            "pipeline run answers /api/health");
        if (process.HasExited)
        {
            throw new InvalidOperationException($"pipeline run exited with {process.ExitCode}:\n{runtime.Output}");
        }

        return runtime;
    }

    public async Task<JsonElement> GetSummaryAsync()
    {
        using var document = JsonDocument.Parse(await Http.GetStringAsync(new Uri("api/summary", UriKind.Relative)));
        return document.RootElement.Clone();
    }

    /// <summary>The status <c>/api/health</c> answers now (0 when nothing answers).</summary>
    public Task<HttpStatusCode> HealthAsync() => TryGetStatusAsync("api/health");

    /// <summary>Kills the process with SIGKILL, as the OOM killer or a lost machine would: no shutdown code runs.</summary>
    public async Task KillAsync()
    {
        _process.Kill(entireProcessTree: false);
        await _process.WaitForExitAsync();
    }

    /// <summary>The process's peak resident set size so far (VmHWM of /proc/PID/status), in bytes.</summary>
    public long PeakResidentBytes()
    {
        foreach (var line in File.ReadLines($"/proc/{_process.Id}/status"))
        {
            if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
            {
                return long.Parse(line["VmHWM:".Length..].Trim().Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture) * 1024;
            }
        }

        throw new InvalidOperationException($"/proc/{_process.Id}/status has no VmHWM line");
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        if (!_process.HasExited)
        {
            // SIGTERM, as Ctrl+C or a service manager would send: the runtime must stop cleanly.
            using (var kill = Process.Start("kill", ["-TERM", _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
            {
                await kill.WaitForExitAsync();
            }

            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
            try
            {
                await _process.WaitForExitAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                _process.Kill(entireProcessTree: true);
                throw new InvalidOperationException("pipeline run did not stop within 20 s of SIGTERM:\n" + Output);
            }
        }

        _process.Dispose();
    }

    private async Task<HttpStatusCode> TryGetStatusAsync(string path)
    {
        try
        {
            using var response = await Http.GetAsync(new Uri(path, UriKind.Relative));
            return response.StatusCode;
        }
        catch (HttpRequestException)
        {
            return 0;
        }
    }

    private void Capture(object sender, DataReceivedEventArgs e)
    {
        if (e.Data is not null)
        {
            lock (_output)
            {
                _output.AppendLine(e.Data);
            }
        }
    }
}
