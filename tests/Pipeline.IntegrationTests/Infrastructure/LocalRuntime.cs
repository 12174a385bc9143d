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

    /// <param name="settings">Further configuration on top of the storage's, for example an API key.</param>
    public static async Task<LocalRuntime> StartAsync(IsolatedStorage storage, IReadOnlyDictionary<string, string?>? settings = null)
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
            "--connection", Azurite.ConnectionString,
            "--urls", address.ToString().TrimEnd('/'),
            "--interval", "00:00:00.200",
        })
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (key, value) in storage.Settings.Concat(settings ?? new Dictionary<string, string?>()))
        {
            start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start pipeline run.");
        var runtime = new LocalRuntime(process, address);
        process.OutputDataReceived += runtime.Capture;
        process.ErrorDataReceived += runtime.Capture;
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        await Eventually.ReturnsAsync(
            async () => process.HasExited ? HttpStatusCode.Gone : await runtime.TryGetStatusAsync("api/health"),
            status => status is HttpStatusCode.OK or HttpStatusCode.Gone,
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
