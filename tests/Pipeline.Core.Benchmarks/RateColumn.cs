using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace Pipeline.Core.Benchmarks;

/// <summary>
/// A throughput column: units of work per operation (bytes, tokens) over the mean time of one operation, scaled and
/// formatted. The units are computed in the host that prints the column, which never ran the benchmark's setup, so
/// <paramref name="unitsPerOperation"/> must rebuild them; it returns null where a rate means nothing.
/// </summary>
internal sealed class RateColumn(string name, string legend, Func<BenchmarkCase, double?> unitsPerOperation, double scale, string format) : IColumn
{
    public string Id => nameof(RateColumn) + "." + name;

    public string ColumnName => name;

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Custom;

    public int PriorityInCategory => 0;

    public bool IsNumeric => true;

    public UnitType UnitType => UnitType.Dimensionless;

    public string Legend => legend;

    /// <summary>Input megabytes (10^6 bytes) of a <see cref="FormatBenchmarks"/> case per second.</summary>
    public static RateColumn MegabytesPerSecond() => new(
        "MB/s",
        "Input megabytes (10^6 bytes) analyzed per second, from the mean time",
        benchmark => benchmark.Parameters["Format"] is string format ? InputBytes.Of(format) : null,
        1e-6,
        "F1");

    /// <summary>Words of a fixed text per second.</summary>
    public static RateColumn TokensPerSecond(string legend, Func<BenchmarkCase, double?> tokens) => new("tokens/s", legend, tokens, 1, "N0");

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        var report = summary[benchmarkCase];
        return report?.ResultStatistics is { } statistics && unitsPerOperation(benchmarkCase) is { } units
            ? (units * scale / (statistics.Mean / 1e9)).ToString(format, CultureInfo.InvariantCulture)
            : "-";
    }

    public bool IsAvailable(Summary summary) => true;

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
}
