namespace Pipeline.Core.Decoding;

/// <summary>
/// Recognizes UTF-16 saved without a byte order mark. Text in Latin scripts has a NUL high byte in nearly every code
/// unit, so in one byte position of each pair NULs abound and in the other they are absent; binary data has NULs
/// scattered over both, and UTF-8 or single-byte text has none.
/// </summary>
internal static class Utf16Pattern
{
    private const int SampleBytes = 4096;

    /// <summary>True for big-endian, false for little-endian, null when the bytes do not look like UTF-16.</summary>
    public static bool? Guess(ReadOnlySpan<byte> bytes)
    {
        var sample = bytes[..(Math.Min(bytes.Length, SampleBytes) & ~1)];
        var pairs = sample.Length / 2;
        if (pairs < 2)
        {
            return null;
        }

        var evenZeros = 0;
        var oddZeros = 0;
        for (var i = 0; i < sample.Length; i += 2)
        {
            evenZeros += sample[i] == 0 ? 1 : 0;
            oddZeros += sample[i + 1] == 0 ? 1 : 0;
        }

        if (IsPattern(zeros: oddZeros, strays: evenZeros, pairs))
        {
            return false;
        }

        return IsPattern(zeros: evenZeros, strays: oddZeros, pairs) ? true : null;
    }

    // At least 40% of the high bytes NUL (the rest may be accented or non-Latin letters), at most 5% of the low ones
    // (a NUL character is rare in text).
    private static bool IsPattern(int zeros, int strays, int pairs) => zeros * 10L >= pairs * 4L && strays * 20L <= pairs;
}
