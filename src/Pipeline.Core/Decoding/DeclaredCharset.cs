using System.Text;

namespace Pipeline.Core.Decoding;

/// <summary>
/// Finds the encoding a document declares for itself: <c>&lt;?xml encoding="…"?&gt;</c>, <c>&lt;meta charset="…"&gt;</c>
/// or <c>&lt;meta http-equiv="Content-Type" content="text/html; charset=…"&gt;</c>, within the head of the file as
/// browsers do (a bounded prefix, scanned by hand: no regex over untrusted bytes).
/// </summary>
internal static class DeclaredCharset
{
    // Browsers look at the first 1024 bytes; real pages sometimes bury the meta tag deeper, so look a little further.
    private const int PrefixBytes = 8 * 1024;
    private const int LongestLabel = 40;

    /// <summary>The declared label, lower-cased (<c>iso-8859-1</c>, <c>shift_jis</c>), or null when none is declared.</summary>
    public static string? Find(ReadOnlySpan<byte> bytes)
    {
        var head = bytes[..Math.Min(bytes.Length, PrefixBytes)];
        var start = head.IndexOfAnyExcept(" \t\r\n"u8);
        if (start >= 0 && head[start..].StartsWith("<?xml"u8))
        {
            var declaration = head[start..];
            var end = declaration.IndexOf("?>"u8);
            if (end > 0 && ValueAfter(declaration[..end], "encoding"u8) is { } xmlLabel)
            {
                return xmlLabel;
            }
        }

        for (var at = IndexOfIgnoreCase(head, "<meta"u8); at >= 0; at = NextIndexOfIgnoreCase(head, "<meta"u8, at + 5))
        {
            var tag = head[at..];
            var end = tag.IndexOf((byte)'>');
            if (end < 0)
            {
                break;
            }

            if (ValueAfter(tag[..end], "charset"u8) is { } label)
            {
                return label;
            }
        }

        return null;
    }

    // Reads NAME [ws] = [ws] ["'] label, where NAME is matched case-insensitively anywhere in the span: that covers
    // both the charset attribute and "charset=" inside a content attribute.
    private static string? ValueAfter(ReadOnlySpan<byte> span, ReadOnlySpan<byte> name)
    {
        for (var at = IndexOfIgnoreCase(span, name); at >= 0; at = NextIndexOfIgnoreCase(span, name, at + name.Length))
        {
            var rest = span[(at + name.Length)..];
            rest = rest.TrimStart(" \t\r\n"u8);
            if (rest.IsEmpty || rest[0] != '=')
            {
                continue;
            }

            rest = rest[1..].TrimStart(" \t\r\n\"'"u8);
            var length = 0;
            while (length < rest.Length && length <= LongestLabel && IsLabelByte(rest[length]))
            {
                length++;
            }

            if (length is > 0 and <= LongestLabel)
            {
                return Encoding.ASCII.GetString(rest[..length]).ToLowerInvariant();
            }
        }

        return null;
    }

    private static bool IsLabelByte(byte b) => char.IsAsciiLetterOrDigit((char)b) || b is (byte)'-' or (byte)'_' or (byte)'.' or (byte)':';

    private static int NextIndexOfIgnoreCase(ReadOnlySpan<byte> span, ReadOnlySpan<byte> value, int from)
    {
        if (from >= span.Length)
        {
            return -1;
        }

        var found = IndexOfIgnoreCase(span[from..], value);
        return found < 0 ? -1 : from + found;
    }

    private static int IndexOfIgnoreCase(ReadOnlySpan<byte> span, ReadOnlySpan<byte> lowerCaseValue)
    {
        for (var i = 0; i + lowerCaseValue.Length <= span.Length; i++)
        {
            if (Ascii.EqualsIgnoreCase(span.Slice(i, lowerCaseValue.Length), lowerCaseValue))
            {
                return i;
            }
        }

        return -1;
    }
}
