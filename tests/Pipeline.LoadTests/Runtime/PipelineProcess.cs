using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text;

namespace Pipeline.LoadTests.Runtime;

/// <summary>
/// A <c>pipeline run</c> child process (the Release build of src/Pipeline.Cli) serving one <see cref="LoadTarget"/> on
/// a loopback port: the runtime under test, measured from outside through <c>/proc</c>.
/// </summary>
internal sealed class PipelineProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();
    private bool _disposed;

    private PipelineProcess(Process process, Uri address)
    {
        _process = process;
        Address = address;
    }

    public Uri Address { get; }

    public int Pid => _process.Id;

    public string OutputTail
    {
        get
        {
            lock (_output)
            {
                var text = _output.ToString();
                return text.Length > 4000 ? text[^4000..] : text;
            }
        }
    }

    /// <param name="extraEnvironment">Further settings, e.g. <c>Pipeline__Api__FreshnessMilliseconds</c>.</param>
    public static async Task<PipelineProcess> StartAsync(LoadTarget target, int port, TimeSpan interval, IReadOnlyDictionary<string, string>? extraEnvironment, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(target);
        var dll = Path.Combine(RepositoryRoot(), "src", "Pipeline.Cli", "bin", "Release", "net10.0", "pipeline.dll");
        if (!File.Exists(dll))
        {
            throw new InvalidOperationException($"{dll} is missing: build the solution in Release first (dotnet build -c Release).");
        }

        var address = new Uri($"http://127.0.0.1:{port}/");
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[]
        {
            dll, "run", "--connection", target.Connection, "--urls", address.ToString().TrimEnd('/'),
            "--interval", interval.ToString("c", CultureInfo.InvariantCulture),
        })
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (key, value) in target.Environment.Concat(extraEnvironment ?? new Dictionary<string, string>()))
        {
            start.Environment[key] = value;
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start pipeline run.");
        var runtime = new PipelineProcess(process, address);
        process.OutputDataReceived += runtime.Capture;
        process.ErrorDataReceived += runtime.Capture;
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        using var http = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(60);
        while (true)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"pipeline run exited with {process.ExitCode}:\n{runtime.OutputTail}");
            }

            try
            {
                using var response = await http.GetAsync(new Uri("api/health", UriKind.Relative), cancellationToken);
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return runtime;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                // Slow to answer while starting.
            }

            if (DateTime.UtcNow > deadline)
            {
                await runtime.DisposeAsync();
                throw new InvalidOperationException("pipeline run did not answer /api/health within 60 s:\n" + runtime.OutputTail);
            }

            await Task.Delay(200, cancellationToken);
        }
    }

    /// <summary>The folder holding Pipeline.sln, found upwards from the harness's own location.</summary>
    public static string RepositoryRoot()
    {
        foreach (var start in (string[])[AppContext.BaseDirectory, Environment.CurrentDirectory])
        {
            for (var folder = new DirectoryInfo(start); folder is not null; folder = folder.Parent)
            {
                if (File.Exists(Path.Combine(folder.FullName, "Pipeline.sln")))
                {
                    return folder.FullName;
                }
            }
        }

        throw new InvalidOperationException("Pipeline.sln not found above " + AppContext.BaseDirectory + " or the current folder");
    }

    public static int FreePort()
    {
        using var listener = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>Stops the runtime with SIGTERM, as a service manager would, and waits for it (SIGKILL after 20 s).</summary>
    public async ValueTask DisposeAsync()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        if (!_process.HasExited)
        {
            using (var kill = Process.Start("kill", ["-TERM", _process.Id.ToString(CultureInfo.InvariantCulture)]))
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
            }
        }

        _process.Dispose();
    }

    private void Capture(object sender, DataReceivedEventArgs e)
    {
        if (e.Data is not null)
        {
            lock (_output)
            {
                _output.AppendLine(e.Data);
                if (_output.Length > 64_000)
                {
                    _output.Remove(0, 32_000);
                }
            }
        }
    }
}
