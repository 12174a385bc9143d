using System.Buffers;
using System.Text;
using System.Text.Unicode;
using Pipeline.Core.Text;

namespace Pipeline.Core.Decoding;

/// <summary>
/// Turns the bytes of an article file into text: a byte order mark picks UTF-8 or UTF-16, anything else must be
/// strict UTF-8. Mis-encoded input is rejected rather than decoded with replacement characters, because silently
/// damaged text would flow into every index downstream.
/// </summary>
internal static class ArticleTextDecoder
{
    private static readonly UnicodeEncoding Utf16LittleEndian = new(bigEndian: false, byteOrderMark: false, throwOnInvalidBytes: true);
    private static readonly UnicodeEncoding Utf16BigEndian = new(bigEndian: true, byteOrderMark: false, throwOnInvalidBytes: true);

    public static PooledArray<char> Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.IsEmpty)
        {
            throw new ArticleFormatException(ArticleErrors.Empty);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return DecodeUtf8(bytes[3..], bomLength: 3);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return DecodeUtf16(bytes[2..], Utf16LittleEndian);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return DecodeUtf16(bytes[2..], Utf16BigEndian);
        }

        return DecodeUtf8(bytes, bomLength: 0);
    }

    private static PooledArray<char> DecodeUtf8(ReadOnlySpan<byte> bytes, int bomLength)
    {
        // Checked before decoding: for an image, "looks binary" helps an operator more than "bad byte at offset 3".
        if (BinarySniffer.LooksBinary(bytes))
        {
            throw new ArticleFormatException(ArticleErrors.Binary);
        }

        // UTF-8 never needs more UTF-16 code units than it has bytes.
        var chars = new PooledArray<char>(bytes.Length);
        var status = Utf8.ToUtf16(bytes, chars.Capacity, out var read, out var written, replaceInvalidSequences: false, isFinalBlock: true);
        if (status != OperationStatus.Done)
        {
            chars.Dispose();
            throw new ArticleFormatException(ArticleErrors.NotUtf8(bomLength + read));
        }

        chars.Length = written;
        return chars;
    }

    private static PooledArray<char> DecodeUtf16(ReadOnlySpan<byte> bytes, UnicodeEncoding encoding)
    {
        int count;
        try
        {
            count = encoding.GetCharCount(bytes);
        }
        catch (DecoderFallbackException ex)
        {
            throw new ArticleFormatException(ArticleErrors.NotUtf16, ex);
        }

        var chars = new PooledArray<char>(count);
        chars.Length = encoding.GetChars(bytes, chars.Capacity);
        return chars;
    }
}
