using System.Buffers;

namespace Pipeline.Core.Decoding;

/// <summary>
/// Tells text from binary. Text never contains NUL and rarely more than a stray control character, while images,
/// archives and office files are full of both.
/// </summary>
internal static class BinarySniffer
{
    // More than one control character in twenty is not prose, whatever the encoding claims.
    private const int ControlShareDivisor = 20;

    private static readonly SearchValues<byte> ControlBytes = SearchValues.Create(
        [0x00, 0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x07, 0x08, 0x0B, 0x0E, 0x0F, 0x10, 0x11, 0x12, 0x13, 0x14, 0x15,
         0x16, 0x17, 0x18, 0x19, 0x1A, 0x1B, 0x1C, 0x1D, 0x1E, 0x1F, 0x7F]);

    public static bool LooksBinary(ReadOnlySpan<byte> bytes)
    {
        // Fast path: a vectorized scan finds no control byte at all in ordinary text.
        var first = bytes.IndexOfAny(ControlBytes);
        if (first < 0)
        {
            return false;
        }

        if (bytes.Contains((byte)0))
        {
            return true;
        }

        var controls = 0;
        foreach (var b in bytes[first..])
        {
            if (ControlBytes.Contains(b))
            {
                controls++;
            }
        }

        return (long)controls * ControlShareDivisor > bytes.Length;
    }

    public static bool LooksBinary(ReadOnlySpan<char> text)
    {
        if (text.Contains('\0'))
        {
            return true;
        }

        var controls = 0;
        foreach (var c in text)
        {
            if (IsControl(c))
            {
                controls++;
            }
        }

        return controls > 0 && (long)controls * ControlShareDivisor > text.Length;
    }

    // Tab, line feed, form feed and carriage return are layout, not control noise; C1 controls are noise.
    private static bool IsControl(char c) =>
        (c < '\u0020' && c is not '\t' and not '\n' and not '\f' and not '\r') || c is >= '\u007F' and <= '\u009F';
}
