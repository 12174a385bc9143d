using Pipeline.Core.Parsing;

namespace Pipeline.Core;

/// <summary>
/// Limits that protect the analyzer from hostile or accidental inputs. Every value is checked when it is set, so an
/// options instance that exists is a valid one.
/// </summary>
/// <param name="MaxInputBytes">
/// Largest file accepted, counted after gzip decompression (and the largest raw file, unless
/// <see cref="MaxCompressedBytes"/> says otherwise for gzip files).
/// </param>
public sealed record ArticleAnalyzerOptions(long MaxInputBytes)
{
    /// <summary>Decompressed output below this size is never a bomb, whatever its ratio: tiny files compress absurdly well.</summary>
    public const long DecompressionRatioFloorBytes = 1024 * 1024;

    /// <summary>
    /// 16 MiB decompressed, 100:1 at most past 1 MiB, 10,000 entries per batch file, 1 MiB per line, 64 levels of
    /// nesting: far above any real article file, small enough that a stray video, archive or bomb cannot exhaust memory.
    /// </summary>
    public static ArticleAnalyzerOptions Default { get; } = new(16 * 1024 * 1024);

    // One byte of headroom is needed to notice an over-long stream, and arrays stop at Array.MaxLength.
    public long MaxInputBytes { get; init => field = InRange(value, 1, Array.MaxLength - 1, nameof(MaxInputBytes)); } = InRange(MaxInputBytes, 1, Array.MaxLength - 1, nameof(MaxInputBytes));

    /// <summary>Largest gzip file accepted before decompression; null means <see cref="MaxInputBytes"/>.</summary>
    public long? MaxCompressedBytes
    {
        get;
        init => field = value is { } limit ? InRange(limit, 1, Array.MaxLength - 1, nameof(MaxCompressedBytes)) : null;
    }

    /// <summary>
    /// How many times its compressed size a gzip file may expand once its output passes
    /// <see cref="DecompressionRatioFloorBytes"/>. Text compresses about 4:1; a bomb of zeros about 1000:1.
    /// </summary>
    public int MaxDecompressionRatio { get; init => field = (int)InRange(value, 1, int.MaxValue, nameof(MaxDecompressionRatio)); } = 100;

    /// <summary>Most articles one batch file (JSON array, JSON Lines, feed) may hold.</summary>
    public int MaxEntriesPerFile { get; init => field = (int)InRange(value, 1, int.MaxValue, nameof(MaxEntriesPerFile)); } = 10_000;

    /// <summary>Longest line, in characters, a line-oriented format (JSON Lines) may have.</summary>
    public int MaxLineChars { get; init => field = (int)InRange(value, 1, int.MaxValue, nameof(MaxLineChars)); } = 1024 * 1024;

    /// <summary>Deepest nesting a caller may configure: beyond a few thousand levels, parsers that walk trees risk the stack.</summary>
    public const int MaxDepthCeiling = 4096;

    /// <summary>Deepest nesting a JSON or XML document may have.</summary>
    public int MaxDepth { get; init => field = (int)InRange(value, 1, MaxDepthCeiling, nameof(MaxDepth)); } = 64;

    /// <summary>
    /// How many bytes of decoded text (two per character) one analyzer works on at once; a file that would go over
    /// waits for others to finish. 64 MiB lets two maximum-size files run together (a 16 MB page peaks near 600 MB), and any number of small ones.
    /// </summary>
    public long MaxConcurrentTextBytes { get; init => field = InRange(value, 1, long.MaxValue, nameof(MaxConcurrentTextBytes)); } = 64 * 1024 * 1024;

    /// <summary>The default of <see cref="MaxAnalysisTime"/>: minutes for what takes seconds at the largest allowed size.</summary>
    public static TimeSpan DefaultMaxAnalysisTime => TimeSpan.FromMinutes(5);

    /// <summary>
    /// How long <see cref="ArticleAnalyzer.AnalyzeFileAsync"/> may work on one file's text (not counting reading it
    /// or waiting for the memory budget) before it gives up with an <see cref="ArticleAnalysisTimeoutException"/>: a
    /// file whose analysis never ends, or ends too late to matter, must not hold a worker for ever. The analysis is
    /// cancelled at its next checkpoint (between stages, sentences and entries).
    /// </summary>
    public TimeSpan MaxAnalysisTime
    {
        get;
        init => field = value > TimeSpan.Zero && value <= TimeSpan.FromDays(1)
            ? value
            : throw new ArgumentOutOfRangeException(nameof(MaxAnalysisTime), value, "must be more than zero and at most a day");
    } = DefaultMaxAnalysisTime;

    /// <summary>
    /// The largest file accepted as stored, before any decompression: <see cref="MaxInputBytes"/>, or
    /// <see cref="MaxCompressedBytes"/> when gzip files may be larger. A caller that knows a file's size can reject
    /// it by this without reading it.
    /// </summary>
    public long MaxFileBytes => Math.Max(MaxInputBytes, MaxCompressedBytes ?? 0);

    internal ParseLimits ParseLimits => new(MaxEntriesPerFile, MaxLineChars, MaxDepth);

    private static long InRange(long value, long minimum, long maximum, string name)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(value, minimum, name);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(value, maximum, name);
        return value;
    }
}
