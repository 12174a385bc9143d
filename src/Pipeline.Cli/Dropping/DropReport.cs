using System.Globalization;
using Pipeline.Cli.Output;
using Pipeline.Storage.Files;

namespace Pipeline.Cli.Dropping;

/// <summary>What <c>pipeline drop</c> reports, as text or as its <c>--json</c> document (docs/cli.md).</summary>
/// <param name="Files">Every file dropped, in blob-name order; with <c>--wait</c>, each with its fate.</param>
/// <param name="NotDropped">Files not dropped because Ctrl+C stopped the drop before their upload completed.</param>
/// <param name="Waited">Whether the files were followed (<c>--wait</c>); the counts of states are 0 otherwise.</param>
internal sealed record DropReport(
    IReadOnlyList<DropReportFile> Files,
    int Uploaded,
    int Unchanged,
    long Bytes,
    double Seconds,
    int NotDropped,
    bool Waited,
    int Processed,
    int Failed,
    int Quarantined,
    int Pending,
    double WaitSeconds,
    bool Interrupted)
{
    public static DropReport Of(DropTally tally, int total, IReadOnlyDictionary<string, FileStatus?>? fates, bool interrupted)
    {
        var dropped = tally.Dropped();
        var files = dropped.Select(f => fates?.GetValueOrDefault(f.Name) is { } fate
                ? new DropReportFile(f.Name, f.Uploaded, f.Bytes, fate.State, fate.ErrorCode, fate.Error)
                : new DropReportFile(f.Name, f.Uploaded, f.Bytes, fates is null ? null : FileStates.Pending, null, null))
            .ToList();
        return new DropReport(
            files,
            dropped.Count(f => f.Uploaded),
            dropped.Count(f => !f.Uploaded),
            dropped.Sum(f => f.Bytes),
            Math.Round(tally.Elapsed.TotalSeconds, 1),
            total - dropped.Count,
            fates is not null,
            files.Count(f => f.State == FileStates.Processed),
            files.Count(f => f.State == FileStates.Failed),
            files.Count(f => f.State == FileStates.Quarantined),
            files.Count(f => f.State == FileStates.Pending),
            0,
            interrupted);
    }

    /// <summary>One line: how much was dropped, how fast, and what was skipped.</summary>
    public string Headline()
    {
        var count = Files.Count;
        var rate = Seconds > 0 ? string.Create(CultureInfo.InvariantCulture, $" ({count / Seconds:0.0} files/s, {Bytes / (1024.0 * 1024.0) / Seconds:0.00} MB/s)") : "";
        return string.Create(CultureInfo.InvariantCulture, $"Dropped {Terminal.Count(count)} file(s), {Terminal.Bytes(Bytes)}, in {Seconds:0.0} s{rate}: {Terminal.Count(Uploaded)} uploaded, {Terminal.Count(Unchanged)} unchanged.");
    }
}

/// <summary>One dropped file; <see cref="State"/> is null unless the drop waited.</summary>
internal sealed record DropReportFile(string Name, bool Uploaded, long Bytes, string? State, string? ErrorCode, string? Error);
