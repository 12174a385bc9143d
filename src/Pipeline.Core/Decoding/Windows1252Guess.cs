using System.Text;

namespace Pipeline.Core.Decoding;

/// <summary>
/// Decides whether bytes that are not UTF-8 are Western text saved as Windows-1252 (or Latin-1). Such text has few
/// non-ASCII bytes, each usually alone between ASCII letters ("café", "naïve", a curly quote); other legacy encodings
/// (Cyrillic, CJK) and binary come in long runs of high bytes, and a UTF-8 file with one stray byte has valid UTF-8
/// sequences that decoding as 1252 would turn into mojibake. A broken UTF-8 sequence read as 1252 gives itself away
/// too: an upper-case letter right after a lower-case one ("dÃ"), or a symbol no prose uses ("¤", "¦", "¸").
/// </summary>
internal static class Windows1252Guess
{
    // High bytes beyond this share of the file are not Western prose.
    private const int MaxHighBytePercent = 30;

    // A run of three or more high bytes is a word in another script; a few are tolerated ("…»").
    private const int LongRun = 3;
    private const int MaxLongRunPercent = 10;

    // Characters that look wrong even alone: one in ten high bytes at most.
    private const int MaxOddPercent = 10;

    private static readonly char[] HighChars = LegacyEncodings.Windows1252.GetChars([.. Enumerable.Range(0x80, 0x80).Select(b => (byte)b)]);

    // ˆ ˜ ¤ ¦ ¨ ¯ ¸: spacing accents and currency/bar signs that appear in mojibake, not in prose.
    private static readonly System.Buffers.SearchValues<byte> OddSymbols = System.Buffers.SearchValues.Create([0x88, 0x98, 0xA4, 0xA6, 0xA8, 0xAF, 0xB8]);

    public enum Verdict
    {
        Plausible,
        MixedWithUtf8,
        Implausible,
    }

    /// <summary>Judges <paramref name="bytes"/>; <paramref name="firstInvalid"/> is the first byte that is not UTF-8.</summary>
    public static Verdict Assess(ReadOnlySpan<byte> bytes, out int firstInvalid)
    {
        firstInvalid = -1;
        if (bytes.IndexOfAny(LegacyEncodings.Undefined1252) >= 0)
        {
            firstInvalid = UnicodeValidator.FirstInvalidUtf8(bytes);
            return Verdict.Implausible;
        }

        long highBytes = 0;
        long runs = 0;
        long longRuns = 0;
        long oddBytes = 0;
        long utf8Sequences = 0;
        long invalidSequences = 0;
        var position = 0;
        while (position < bytes.Length)
        {
            var skip = bytes[position..].IndexOfAnyExceptInRange((byte)0x00, (byte)0x7F);
            if (skip < 0)
            {
                break;
            }

            position += skip;
            var run = bytes[position..].IndexOfAnyInRange((byte)0x00, (byte)0x7F);
            var runLength = run < 0 ? bytes.Length - position : run;
            runs++;
            longRuns += runLength >= LongRun ? 1 : 0;
            highBytes += runLength;
            oddBytes += CountOdd(bytes, position, runLength);

            // Within the run, count what UTF-8 would make of it.
            var end = position + runLength;
            while (position < end)
            {
                var status = Rune.DecodeFromUtf8(bytes[position..end], out var rune, out var consumed);
                if (status == System.Buffers.OperationStatus.Done)
                {
                    // Only what UTF-8 text in a Western file would hold counts as evidence of UTF-8: "ß”" in 1252 is
                    // also valid UTF-8, but for an N'Ko letter.
                    utf8Sequences += IsWesternText(rune) ? 1 : 0;
                }
                else
                {
                    invalidSequences++;
                    if (firstInvalid < 0)
                    {
                        firstInvalid = position;
                    }
                }

                position += Math.Max(consumed, 1);
            }
        }

        if (utf8Sequences > 0 && utf8Sequences >= invalidSequences)
        {
            return Verdict.MixedWithUtf8;
        }

        var plausible = highBytes * 100 <= bytes.Length * (long)MaxHighBytePercent
            && longRuns * 100 <= runs * MaxLongRunPercent
            && oddBytes * 100 <= highBytes * MaxOddPercent;
        return plausible ? Verdict.Plausible : Verdict.Implausible;
    }

    // Latin-1 Supplement and Latin Extended-A/B letters, general punctuation (dashes, quotes, ellipsis), currency signs.
    private static bool IsWesternText(Rune rune) => rune.Value is (>= 0xA0 and <= 0x24F) or (>= 0x2000 and <= 0x206F) or (>= 0x20A0 and <= 0x20CF) or 0x2122;

    private static int CountOdd(ReadOnlySpan<byte> bytes, int start, int length)
    {
        var odd = 0;
        for (var i = start; i < start + length; i++)
        {
            var c = HighChars[bytes[i] - 0x80];
            var afterLowerCase = i > 0 && (char.IsAsciiLetterLower((char)bytes[i - 1]) || (bytes[i - 1] >= 0x80 && char.IsLower(HighChars[bytes[i - 1] - 0x80])));
            if (OddSymbols.Contains(bytes[i]) || (char.IsUpper(c) && afterLowerCase))
            {
                odd++;
            }
        }

        return odd;
    }
}
