using System.Collections.Concurrent;

namespace Pipeline.Core.Benchmarks;

/// <summary>Input sizes per format for the MB/s column (<see cref="RateColumn.MegabytesPerSecond"/>).</summary>
internal static class InputBytes
{
    private static readonly ConcurrentDictionary<string, long> Sizes = new(StringComparer.Ordinal);

    // The column runs in the host process, which never ran the benchmark's setup: build the sample to measure it.
    public static long Of(string format) => Sizes.GetOrAdd(format, f => FormatSamples.Build(f).Bytes.LongLength);
}
