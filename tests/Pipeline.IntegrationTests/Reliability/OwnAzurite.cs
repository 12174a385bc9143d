using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Pipeline.IntegrationTests.Infrastructure;

namespace Pipeline.IntegrationTests.Reliability;

/// <summary>
/// An Azurite of the test's own (not the shared test emulator), on free loopback ports with its data on disk in a
/// temporary folder, so it can be killed and restarted on the same ports and data. Started and stopped through
/// eng/azurite.sh, like every Azurite of this repository.
/// </summary>
internal sealed class OwnAzurite : IAsyncDisposable
{
    private const string Key = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    private readonly DirectoryInfo _folder;

    private OwnAzurite(int portBase, DirectoryInfo folder)
    {
        PortBase = portBase;
        _folder = folder;
    }

    public int PortBase { get; }

    public string DataFolder => Path.Combine(_folder.FullName, "data");

    private string PidFile => Path.Combine(_folder.FullName, "azurite.pid");

    public string ConnectionString =>
        string.Create(CultureInfo.InvariantCulture, $"DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey={Key};") +
        string.Create(CultureInfo.InvariantCulture, $"BlobEndpoint=http://127.0.0.1:{PortBase}/devstoreaccount1;QueueEndpoint=http://127.0.0.1:{PortBase + 1}/devstoreaccount1;TableEndpoint=http://127.0.0.1:{PortBase + 2}/devstoreaccount1;");

    /// <summary>The process id of the running emulator, read from its PID file.</summary>
    public int ProcessId => int.Parse(File.ReadAllText(PidFile).Trim(), CultureInfo.InvariantCulture);

    public static async Task<OwnAzurite> StartAsync()
    {
        var folder = Directory.CreateTempSubdirectory("pipeline-azurite-");
        var azurite = new OwnAzurite(FreePortBase(), folder);
        await RunScriptAsync("start", "--port-base", azurite.PortBase.ToString(CultureInfo.InvariantCulture), "--pid-file", azurite.PidFile, "--location", azurite.DataFolder);
        return azurite;
    }

    /// <summary>Whether the emulator is running (it is, unless <see cref="KillAsync"/> was the last thing done to it).</summary>
    public bool IsRunning => File.Exists(PidFile);

    /// <summary>Starts the emulator again on the same ports and data after <see cref="KillAsync"/>.</summary>
    public Task RestartAsync() =>
        RunScriptAsync("start", "--port-base", PortBase.ToString(CultureInfo.InvariantCulture), "--pid-file", PidFile, "--location", DataFolder);

    /// <summary>SIGKILL to the emulator's process group (eng/azurite.sh starts it as a group leader): no shutdown code runs.</summary>
    public async Task KillAsync()
    {
        var pid = ProcessId;
        using (var kill = Process.Start("kill", ["-KILL", "--", "-" + pid.ToString(CultureInfo.InvariantCulture)])!)
        {
            await kill.WaitForExitAsync();
        }

        await Eventually.ReturnsAsync(() => Task.FromResult(IsAlive(pid)), alive => !alive, $"Azurite (PID {pid}) is gone after SIGKILL");

        // An unreaped zombie still answers `kill -0`, which the script would take for a running emulator.
        File.Delete(PidFile);
    }

    public async ValueTask DisposeAsync()
    {
        if (File.Exists(PidFile))
        {
            await RunScriptAsync("stop", "--pid-file", PidFile);
        }

        _folder.Delete(recursive: true);
    }

    private static bool IsAlive(int pid)
    {
        // A killed child of the script is reparented and reaped by init; until then /proc still lists it as a zombie.
        var stat = $"/proc/{pid}/stat";
        return File.Exists(stat) && !File.ReadAllText(stat).Contains(") Z ", StringComparison.Ordinal);
    }

    private static async Task RunScriptAsync(params string[] arguments)
    {
        var start = new ProcessStartInfo("bash") { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        start.ArgumentList.Add(Path.Combine(Repository.Root.FullName, "eng", "azurite.sh"));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEndAsync();
        using var deadline = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(deadline.Token);
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"eng/azurite.sh {string.Join(' ', arguments)} exited with {process.ExitCode}: {await error}{await output}");
        }
    }

    /// <summary>Three consecutive free loopback ports from 10700 up (the shared test Azurite and the run script use lower ones).</summary>
    private static int FreePortBase()
    {
        for (var attempt = 0; attempt < 200; attempt++)
        {
            var candidate = 10700 + Random.Shared.Next(0, 290);
            if (Enumerable.Range(candidate, 3).All(IsFree))
            {
                return candidate;
            }
        }

        throw new InvalidOperationException("no three consecutive free ports between 10700 and 10992");
    }

    private static bool IsFree(int port)
    {
        try
        {
            using var listener = new TcpListener(IPAddress.Loopback, port);
            listener.Start();
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }
}
