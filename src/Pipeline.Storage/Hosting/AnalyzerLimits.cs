using Microsoft.Extensions.Configuration;
using Pipeline.Core;

namespace Pipeline.Storage.Hosting;

/// <summary>
/// The analyzer's limits as operators set them (section <c>Pipeline:Limits</c>); anything unset keeps the safe
/// default of <see cref="ArticleAnalyzerOptions"/>, and an out-of-range value stops the host at start-up.
/// </summary>
public sealed class AnalyzerLimits
{
    public const string SectionName = "Pipeline:Limits";

    /// <summary>Largest file after decompression, in bytes.</summary>
    public long? MaxFileBytes { get; set; }

    /// <summary>Largest gzip file as stored, in bytes, when it may exceed <see cref="MaxFileBytes"/>.</summary>
    public long? MaxCompressedBytes { get; set; }

    /// <summary>How many times its stored size a gzip file may expand (against decompression bombs).</summary>
    public int? MaxDecompressionRatio { get; set; }

    /// <summary>Most articles one batch file (JSON array, JSON Lines, feed) may hold.</summary>
    public int? MaxEntriesPerFile { get; set; }

    /// <summary>Longest line of a JSON Lines file, in characters.</summary>
    public int? MaxLineChars { get; set; }

    /// <summary>Deepest nesting of a JSON, XML or HTML document.</summary>
    public int? MaxDepth { get; set; }

    /// <summary>Bytes of decoded text analyzed at once (two per character); larger files wait their turn.</summary>
    public long? MaxConcurrentTextBytes { get; set; }

    /// <summary>
    /// Seconds the analysis of one file may take (not counting reading it or waiting for the memory budget) before it
    /// is stopped and counted as a failed attempt; fractions allowed.
    /// </summary>
    public double? MaxProcessingSeconds { get; set; }

    public static ArticleAnalyzerOptions Read(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var limits = configuration.GetSection(SectionName).Get<AnalyzerLimits>() ?? new AnalyzerLimits();
        var defaults = ArticleAnalyzerOptions.Default;
        return new ArticleAnalyzerOptions(limits.MaxFileBytes ?? defaults.MaxInputBytes)
        {
            MaxCompressedBytes = limits.MaxCompressedBytes ?? defaults.MaxCompressedBytes,
            MaxDecompressionRatio = limits.MaxDecompressionRatio ?? defaults.MaxDecompressionRatio,
            MaxEntriesPerFile = limits.MaxEntriesPerFile ?? defaults.MaxEntriesPerFile,
            MaxLineChars = limits.MaxLineChars ?? defaults.MaxLineChars,
            MaxDepth = limits.MaxDepth ?? defaults.MaxDepth,
            MaxConcurrentTextBytes = limits.MaxConcurrentTextBytes ?? defaults.MaxConcurrentTextBytes,
            MaxAnalysisTime = limits.MaxProcessingSeconds is { } seconds ? Seconds(seconds) : defaults.MaxAnalysisTime,
        };
    }

    private static TimeSpan Seconds(double seconds) =>
        double.IsFinite(seconds) && seconds > 0 && seconds <= TimeSpan.FromDays(1).TotalSeconds
            ? TimeSpan.FromSeconds(seconds)
            : throw new ArgumentOutOfRangeException(nameof(seconds), seconds, $"{SectionName}:{nameof(MaxProcessingSeconds)} must be more than 0 and at most 86400.");
}
