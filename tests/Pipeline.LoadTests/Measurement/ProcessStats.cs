using System.Globalization;

namespace Pipeline.LoadTests.Measurement;

/// <summary>CPU time and memory of a process, read from <c>/proc</c> (Linux).</summary>
/// <param name="CpuSeconds">User plus system CPU time since the process started.</param>
/// <param name="RssBytes">Resident set size now (VmRSS).</param>
/// <param name="PeakRssBytes">The highest resident set size so far (VmHWM).</param>
internal sealed record ProcessSample(DateTimeOffset At, double CpuSeconds, long RssBytes, long PeakRssBytes)
{
    /// <summary>Reads the process's counters now; null when it has gone.</summary>
    public static ProcessSample? Read(int pid)
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            // The command name in parentheses may hold spaces; fields resume after the last ')'.
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            // utime and stime are fields 14 and 15 of the whole line, so 11 and 12 after the name.
            var ticks = long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
            long rss = 0, peak = 0;
            foreach (var line in File.ReadLines($"/proc/{pid}/status"))
            {
                if (line.StartsWith("VmRSS:", StringComparison.Ordinal))
                {
                    rss = Kilobytes(line) * 1024;
                }
                else if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
                {
                    peak = Kilobytes(line) * 1024;
                }
            }

            return new ProcessSample(DateTimeOffset.UtcNow, ticks / (double)TicksPerSecond, rss, peak);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or FormatException or IndexOutOfRangeException)
        {
            return null;
        }
    }

    // USER_HZ: 100 on every Linux this runs on (sysconf(_SC_CLK_TCK)).
    private const int TicksPerSecond = 100;

    private static long Kilobytes(string line) =>
        long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture);
}

/// <summary>Samples a process once a second, to report its CPU use over a phase and its peak memory.</summary>
internal sealed class ProcessMonitor : IAsyncDisposable
{
    private readonly int _pid;
    private readonly List<ProcessSample> _samples = [];
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;

    public ProcessMonitor(int pid, string label)
    {
        _pid = pid;
        Label = label;
        _loop = Task.Run(LoopAsync);
    }

    public string Label { get; }

    public ProcessSample? Now() => ProcessSample.Read(_pid);

    /// <summary>The highest RSS seen by any sample.</summary>
    public long MaxSampledRss
    {
        get
        {
            lock (_samples)
            {
                return _samples.Count == 0 ? 0 : _samples.Max(s => s.RssBytes);
            }
        }
    }

    private async Task LoopAsync()
    {
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(1));
        do
        {
            if (ProcessSample.Read(_pid) is { } sample)
            {
                lock (_samples)
                {
                    _samples.Add(sample);
                }
            }
        }
        while (await timer.WaitForNextTickAsync(_stop.Token).ConfigureAwait(false));
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        try
        {
            await _loop;
        }
        catch (OperationCanceledException)
        {
            // Stopped.
        }

        _stop.Dispose();
    }
}

/// <summary>What a process used between two samples.</summary>
internal sealed record ProcessUsage(string Label, double CpuSeconds, double Seconds, long PeakRssBytes, long EndRssBytes)
{
    /// <summary>Cores busy on average (1.0 = one core all the time).</summary>
    public double Cores => Seconds <= 0 ? 0 : CpuSeconds / Seconds;

    public static ProcessUsage Between(string label, ProcessSample? start, ProcessSample? end) =>
        start is null || end is null
            ? new ProcessUsage(label, double.NaN, double.NaN, 0, 0)
            : new ProcessUsage(label, end.CpuSeconds - start.CpuSeconds, (end.At - start.At).TotalSeconds, end.PeakRssBytes, end.RssBytes);
}
