using System.Text;

namespace Pipeline.Quality;

/// <summary>
/// Turns a web page's bytes into text the way a crawler without HTTP headers must: a byte order mark, else strict
/// UTF-8, else the charset the page names in <c>&lt;meta charset&gt;</c> or <c>http-equiv</c>, else Windows-1252.
/// A page that names UTF-8 but has a few broken sequences is decoded as UTF-8 with replacement characters; one whose
/// non-ASCII bytes are mostly not UTF-8 is taken at its next declaration, or as Windows-1252.
/// Kept on its own so that it can later move behind the analyzer's decoding.
/// </summary>
internal static class PageDecoder
{
    // Browsers look for the charset declaration in the first 1024 bytes; pages in the wild put it a little later.
    private const int CharsetSniffBytes = 4096;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    static PageDecoder() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static string Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return Encoding.UTF8.GetString(bytes[3..]);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return Encoding.Unicode.GetString(bytes[2..]);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return Encoding.BigEndianUnicode.GetString(bytes[2..]);
        }

        try
        {
            return StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            return DeclaredEncoding(bytes[..Math.Min(bytes.Length, CharsetSniffBytes)], MostlyUtf8(bytes)).GetString(bytes);
        }
    }

    /// <summary>Whether at most one in ten non-ASCII characters is a broken UTF-8 sequence.</summary>
    private static bool MostlyUtf8(ReadOnlySpan<byte> bytes)
    {
        var text = Encoding.UTF8.GetString(bytes);
        var broken = 0;
        var nonAscii = 0;
        foreach (var c in text)
        {
            broken += c == '\uFFFD' ? 1 : 0;
            nonAscii += c > '\u007F' ? 1 : 0;
        }

        return broken * 10 <= nonAscii;
    }

    /// <summary>
    /// The encoding named after the first usable <c>charset=</c> in the page's head (UTF-8 only when the bytes are
    /// <paramref name="mostlyUtf8"/>), or Windows-1252.
    /// </summary>
    internal static Encoding DeclaredEncoding(ReadOnlySpan<byte> head, bool mostlyUtf8)
    {
        var text = Encoding.Latin1.GetString(head);
        var at = text.IndexOf("charset", StringComparison.OrdinalIgnoreCase);
        while (at >= 0)
        {
            var i = at + "charset".Length;
            while (i < text.Length && text[i] is ' ' or '=' or '"' or '\'')
            {
                i++;
            }

            var start = i;
            while (i < text.Length && (char.IsAsciiLetterOrDigit(text[i]) || text[i] is '-' or '_' or ':' or '.'))
            {
                i++;
            }

            if (i > start)
            {
                var name = text[start..i];
                try
                {
                    var encoding = Encoding.GetEncoding(name);
                    if (encoding is not UTF8Encoding || mostlyUtf8)
                    {
                        return encoding;
                    }
                }
                catch (ArgumentException)
                {
                    // An unknown name: keep looking, then fall back.
                }
            }

            at = text.IndexOf("charset", i, StringComparison.OrdinalIgnoreCase);
        }

        return Encoding.GetEncoding(1252);
    }
}
