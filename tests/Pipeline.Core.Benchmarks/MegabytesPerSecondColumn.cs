using System.Collections.Concurrent;
using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace Pipeline.Core.Benchmarks;

/// <summary>Input sizes per format for <see cref="MegabytesPerSecondColumn"/>.</summary>
internal static class InputBytes
{
    private static readonly ConcurrentDictionary<string, long> Sizes = new(StringComparer.Ordinal);

    // The column runs in the host process, which never ran the benchmark's setup: build the sample to measure it.
    public static long Of(string format) => Sizes.GetOrAdd(format, f => FormatSamples.Build(f).Bytes.LongLength);
}

/// <summary>Throughput in MB/s (10^6 bytes) of the input file over the mean time of one operation.</summary>
internal sealed class MegabytesPerSecondColumn : IColumn
{
    public string Id => nameof(MegabytesPerSecondColumn);

    public string ColumnName => "MB/s";

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Custom;

    public int PriorityInCategory => 0;

    public bool IsNumeric => true;

    public UnitType UnitType => UnitType.Dimensionless;

    public string Legend => "Input megabytes (10^6 bytes) analyzed per second, from the mean time";

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        var report = summary[benchmarkCase];
        var format = benchmarkCase.Parameters["Format"] as string;
        if (report?.ResultStatistics is not { } statistics || format is null)
        {
            return "-";
        }

        var seconds = statistics.Mean / 1e9;
        return (InputBytes.Of(format) / 1e6 / seconds).ToString("F1", CultureInfo.InvariantCulture);
    }

    public bool IsAvailable(Summary summary) => true;

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
}
