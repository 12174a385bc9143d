namespace Pipeline.LoadTests.Measurement;

/// <summary>Percentiles by the nearest-rank method: the smallest value with at least p of the values at or below it.</summary>
internal static class Percentiles
{
    /// <param name="sorted">Values in ascending order.</param>
    /// <param name="fraction">The percentile as a fraction, 0 &lt; p ≤ 1 (0.99 for p99).</param>
    public static double Of(IReadOnlyList<double> sorted, double fraction)
    {
        ArgumentNullException.ThrowIfNull(sorted);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(fraction);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(fraction, 1.0);
        if (sorted.Count == 0)
        {
            return double.NaN;
        }

        var rank = (int)Math.Ceiling(fraction * sorted.Count);
        return sorted[Math.Clamp(rank, 1, sorted.Count) - 1];
    }

    /// <summary>p50, p95, p99 and the maximum of <paramref name="values"/> (in any order).</summary>
    public static LatencySummary Summarize(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        return new LatencySummary(
            sorted.Length,
            Of(sorted, 0.50),
            Of(sorted, 0.95),
            Of(sorted, 0.99),
            sorted.Length == 0 ? double.NaN : sorted[^1],
            sorted.Length == 0 ? double.NaN : sorted.Average());
    }
}

/// <summary>Count and percentiles of one series (in whatever unit it was recorded).</summary>
internal sealed record LatencySummary(int Count, double P50, double P95, double P99, double Max, double Mean);
