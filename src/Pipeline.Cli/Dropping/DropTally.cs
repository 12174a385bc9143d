using System.Diagnostics;
using Pipeline.Storage.Dropping;

namespace Pipeline.Cli.Dropping;

/// <summary>
/// What a drop has done so far, told by the uploads as each file completes: what a progress bar shows, and what
/// is reported as dropped when Ctrl+C stops it (a file whose upload had not completed was never told here).
/// </summary>
internal sealed class DropTally : IProgress<DroppedFile>
{
    private readonly Lock _lock = new();
    private readonly List<DroppedFile> _dropped = [];
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private long _bytes;
    private int _uploaded;

    public DropTally(int total) => Total = total;

    public int Total { get; }

    public int Files
    {
        get
        {
            lock (_lock)
            {
                return _dropped.Count;
            }
        }
    }

    public int Uploaded => Volatile.Read(ref _uploaded);

    public long Bytes => Interlocked.Read(ref _bytes);

    public TimeSpan Elapsed => _clock.Elapsed;

    /// <summary>Heard of each completed file, from any upload's thread.</summary>
    public Action<DroppedFile>? Completed { get; set; }

    public void Report(DroppedFile value)
    {
        ArgumentNullException.ThrowIfNull(value);
        lock (_lock)
        {
            _dropped.Add(value);
        }

        Interlocked.Add(ref _bytes, value.Bytes);
        if (value.Uploaded)
        {
            Interlocked.Increment(ref _uploaded);
        }

        Completed?.Invoke(value);
    }

    /// <summary>The files completed so far, in blob-name order.</summary>
    public IReadOnlyList<DroppedFile> Dropped()
    {
        lock (_lock)
        {
            return [.. _dropped.OrderBy(f => f.Name, StringComparer.Ordinal)];
        }
    }

    public double FilesPerSecond => Rate(Files);

    public double MegabytesPerSecond => Rate(Bytes / (1024.0 * 1024.0));

    private double Rate(double amount) => Elapsed.TotalSeconds < 0.05 ? 0 : amount / Elapsed.TotalSeconds;
}
