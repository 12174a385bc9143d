using System.Buffers;
using System.Text;

namespace Pipeline.Core.Decoding;

/// <summary>
/// Decides what bytes that are not UTF-8 are. Western text saved as Windows-1252 (or Latin-1) has few non-ASCII
/// bytes, each usually alone between ASCII letters ("café", "naïve", a curly quote); other legacy encodings
/// (Cyrillic, CJK) and binary come in long runs of high bytes. A broken UTF-8 sequence read as 1252 gives itself
/// away too: an upper-case letter right after a lower-case one ("dÃ"), or a symbol no prose uses ("¤", "¦", "¸").
/// A UTF-8 file with a few stray 1252 bytes (an old comment or alt text pasted into a page) is mixed: its valid
/// sequences are UTF-8, and its stray bytes can be read as 1252 when each of them is plausible there.
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
    private static readonly SearchValues<byte> OddSymbols = SearchValues.Create([0x88, 0x98, 0xA4, 0xA6, 0xA8, 0xAF, 0xB8]);

    public enum Verdict
    {
        /// <summary>Windows-1252 throughout.</summary>
        Plausible,

        /// <summary>UTF-8 with stray bytes that each read well as Windows-1252.</summary>
        MixedRepairable,

        /// <summary>UTF-8 with stray bytes that are not plausible Windows-1252 either.</summary>
        MixedWithUtf8,

        /// <summary>Neither UTF-8 nor Windows-1252.</summary>
        Implausible,
    }

    /// <summary>Judges <paramref name="bytes"/>; <paramref name="firstInvalid"/> is the first byte that is not UTF-8.</summary>
    public static Verdict Assess(ReadOnlySpan<byte> bytes, out int firstInvalid)
    {
        firstInvalid = -1;
        var tally = default(Tally);
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
            tally.Runs++;
            tally.LongRuns += runLength >= LongRun ? 1 : 0;
            tally.HighBytes += runLength;
            for (var i = position; i < position + runLength; i++)
            {
                var undefined = LegacyEncodings.Undefined1252.Contains(bytes[i]);
                tally.Undefined += undefined ? 1 : 0;
                tally.Odd += !undefined && IsOdd(bytes, i) ? 1 : 0;
            }

            // Within the run, count what UTF-8 would make of it, and how the bytes it cannot read would look as 1252.
            var end = position + runLength;
            while (position < end)
            {
                var status = Rune.DecodeFromUtf8(bytes[position..end], out var rune, out var consumed);
                consumed = Math.Max(consumed, 1);
                if (status == OperationStatus.Done)
                {
                    // Only what UTF-8 text in a Western file would hold counts as evidence of UTF-8: "ß”" in 1252 is
                    // also valid UTF-8, but for an N'Ko letter.
                    tally.WesternUtf8 += IsWesternText(rune) ? 1 : 0;
                }
                else
                {
                    // A stray 1252 byte stands alone; a lead byte with continuation bytes but no end is cut-off UTF-8.
                    firstInvalid = firstInvalid < 0 ? position : firstInvalid;
                    for (var i = position; i < position + consumed; i++)
                    {
                        tally.InvalidBytes++;
                        tally.InvalidImplausible += consumed > 1 || LegacyEncodings.Undefined1252.Contains(bytes[i]) || IsOdd(bytes, i) ? 1 : 0;
                    }
                }

                position += consumed;
            }
        }

        if (tally.WesternUtf8 > 0 && tally.WesternUtf8 >= tally.InvalidBytes)
        {
            return tally.InvalidImplausible == 0 ? Verdict.MixedRepairable : Verdict.MixedWithUtf8;
        }

        var plausible = tally.Undefined == 0
            && tally.HighBytes * 100 <= bytes.Length * (long)MaxHighBytePercent
            && tally.LongRuns * 100 <= tally.Runs * MaxLongRunPercent
            && tally.Odd * 100 <= tally.HighBytes * MaxOddPercent;
        return plausible ? Verdict.Plausible : Verdict.Implausible;
    }

    /// <summary>Decodes UTF-8 whose stray bytes are Windows-1252, each stray byte as its 1252 character.</summary>
    public static string DecodeMixed(ReadOnlySpan<byte> bytes)
    {
        // Neither a UTF-8 sequence nor a 1252 byte yields more than one UTF-16 code unit per byte.
        var chars = ArrayPool<char>.Shared.Rent(Math.Max(bytes.Length, 1));
        try
        {
            var written = 0;
            var position = 0;
            while (position < bytes.Length)
            {
                System.Text.Unicode.Utf8.ToUtf16(bytes[position..], chars.AsSpan(written), out var read, out var produced, replaceInvalidSequences: false, isFinalBlock: true);
                position += read;
                written += produced;
                if (position < bytes.Length)
                {
                    // The decoder stopped at a byte that is not UTF-8: it is a 1252 character.
                    chars[written++] = bytes[position] < 0x80 ? (char)bytes[position] : HighChars[bytes[position] - 0x80];
                    position++;
                }
            }

            return new string(chars, 0, written);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(chars);
        }
    }

    // Latin-1 Supplement and Latin Extended-A/B letters, general punctuation (dashes, quotes, ellipsis), currency signs.
    private static bool IsWesternText(Rune rune) => rune.Value is (>= 0xA0 and <= 0x24F) or (>= 0x2000 and <= 0x206F) or (>= 0x20A0 and <= 0x20CF) or 0x2122;

    // A mojibake symbol, or an upper-case letter glued to the end of a lower-case one.
    private static bool IsOdd(ReadOnlySpan<byte> bytes, int i)
    {
        if (OddSymbols.Contains(bytes[i]))
        {
            return true;
        }

        var afterLowerCase = i > 0 && (char.IsAsciiLetterLower((char)bytes[i - 1]) || (bytes[i - 1] >= 0x80 && char.IsLower(HighChars[bytes[i - 1] - 0x80])));
        return afterLowerCase && char.IsUpper(HighChars[bytes[i] - 0x80]);
    }

    private struct Tally
    {
        public long HighBytes;
        public long Runs;
        public long LongRuns;
        public long Undefined;
        public long Odd;
        public long WesternUtf8;
        public long InvalidBytes;
        public long InvalidImplausible;
    }
}
