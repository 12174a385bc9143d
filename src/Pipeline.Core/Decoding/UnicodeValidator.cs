using System.Buffers;
using System.Buffers.Binary;
using System.Text.Unicode;

namespace Pipeline.Core.Decoding;

/// <summary>
/// Finds the first byte that breaks UTF-16 or UTF-32, so a bad file is reported with an offset instead of being
/// decoded with replacement characters.
/// </summary>
internal static class UnicodeValidator
{
    /// <summary>Offset of the first bad byte of UTF-8 text (an incomplete sequence at the end counts), or -1 when it is valid.</summary>
    public static int FirstInvalidUtf8(ReadOnlySpan<byte> bytes)
    {
        Span<char> scratch = stackalloc char[1024];
        var consumed = 0;
        while (true)
        {
            var status = Utf8.ToUtf16(bytes[consumed..], scratch, out var read, out _, replaceInvalidSequences: false, isFinalBlock: true);
            consumed += read;
            switch (status)
            {
                case OperationStatus.Done:
                    return -1;
                case OperationStatus.DestinationTooSmall:
                    continue;
                default:
                    return consumed;
            }
        }
    }

    /// <summary>Offset of the first bad byte of UTF-16 text, or -1 when it is valid.</summary>
    public static int FirstInvalidUtf16(ReadOnlySpan<byte> bytes, bool bigEndian)
    {
        var i = 0;
        for (; i + 1 < bytes.Length; i += 2)
        {
            var unit = Read16(bytes[i..], bigEndian);
            if (char.IsLowSurrogate((char)unit))
            {
                return i;
            }

            if (char.IsHighSurrogate((char)unit))
            {
                if (i + 3 >= bytes.Length || !char.IsLowSurrogate((char)Read16(bytes[(i + 2)..], bigEndian)))
                {
                    return i;
                }

                i += 2;
            }
        }

        return i < bytes.Length ? i : -1;
    }

    /// <summary>Offset of the first bad byte of UTF-32 text, or -1 when it is valid.</summary>
    public static int FirstInvalidUtf32(ReadOnlySpan<byte> bytes, bool bigEndian)
    {
        var i = 0;
        for (; i + 3 < bytes.Length; i += 4)
        {
            var value = bigEndian ? BinaryPrimitives.ReadUInt32BigEndian(bytes[i..]) : BinaryPrimitives.ReadUInt32LittleEndian(bytes[i..]);
            if (!System.Text.Rune.IsValid(value))
            {
                return i;
            }
        }

        return i < bytes.Length ? i : -1;
    }

    private static ushort Read16(ReadOnlySpan<byte> bytes, bool bigEndian) =>
        bigEndian ? BinaryPrimitives.ReadUInt16BigEndian(bytes) : BinaryPrimitives.ReadUInt16LittleEndian(bytes);
}
