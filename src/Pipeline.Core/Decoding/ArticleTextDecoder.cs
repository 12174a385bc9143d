using System.Text;
using System.Text.Unicode;

namespace Pipeline.Core.Decoding;

/// <summary>Text decoded from a file, and the encoding it was read in (a WHATWG-style name such as <c>utf-8</c>).</summary>
internal readonly record struct DecodedText(string Text, string Encoding);

/// <summary>
/// Turns the bytes of an article file into text. A byte order mark is authoritative (UTF-8, UTF-16, UTF-32); UTF-16
/// without one is recognized from its NUL pattern; otherwise the bytes must be strict UTF-8, or failing that a
/// charset the document declares, or plausible Windows-1252 (throughout, or as the few stray bytes of a UTF-8 file).
/// Anything else is rejected rather than decoded with replacement characters, because silently damaged text would
/// flow into every index downstream.
/// </summary>
internal static class ArticleTextDecoder
{
    private static readonly UTF32Encoding Utf32LittleEndian = new(bigEndian: false, byteOrderMark: false);
    private static readonly UTF32Encoding Utf32BigEndian = new(bigEndian: true, byteOrderMark: false);

    public static DecodedText Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.IsEmpty)
        {
            throw new ArticleFormatException(ArticleErrorCode.Empty, ArticleErrors.Empty);
        }

        // Checked first: for an image, "is a PNG image" helps an operator more than "bad byte at offset 3".
        if (FileSignatures.Identify(bytes) is { } kind)
        {
            throw new ArticleFormatException(ArticleErrorCode.Binary, ArticleErrors.BinaryKind(kind));
        }

        // UTF-32 LE's mark starts with UTF-16 LE's, so it is tested first.
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE, 0x00, 0x00]))
        {
            return DecodeUtf32(bytes, bigEndian: false);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0x00, 0x00, 0xFE, 0xFF]))
        {
            return DecodeUtf32(bytes, bigEndian: true);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return DecodeUtf8(bytes, bomLength: 3);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return DecodeUtf16(bytes, bomLength: 2, bigEndian: false);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return DecodeUtf16(bytes, bomLength: 2, bigEndian: true);
        }

        if (Utf16Pattern.Guess(bytes) is { } bigEndian)
        {
            return DecodeUtf16(bytes, bomLength: 0, bigEndian);
        }

        return DecodeUtf8(bytes, bomLength: 0);
    }

    private static DecodedText DecodeUtf8(ReadOnlySpan<byte> file, int bomLength)
    {
        var bytes = file[bomLength..];
        if (BinarySniffer.LooksBinary(bytes))
        {
            throw new ArticleFormatException(ArticleErrorCode.Binary, ArticleErrors.Binary);
        }

        if (Utf8.IsValid(bytes))
        {
            return new DecodedText(Encoding.UTF8.GetString(bytes), "utf-8");
        }

        // A UTF-8 byte order mark is a promise: the file is broken UTF-8, not some other encoding.
        if (bomLength == 0)
        {
            if (DeclaredCharset.Find(bytes) is { } label && LegacyEncodings.Resolve(label) is { } declared)
            {
                return DecodeDeclared(bytes, label, declared);
            }

            switch (Windows1252Guess.Assess(bytes, out var firstInvalid))
            {
                case Windows1252Guess.Verdict.Plausible:
                    return new DecodedText(LegacyEncodings.Windows1252.GetString(bytes), "windows-1252");
                case Windows1252Guess.Verdict.MixedRepairable:
                    return new DecodedText(Windows1252Guess.DecodeMixed(bytes), "utf-8+windows-1252");
                case Windows1252Guess.Verdict.MixedWithUtf8:
                    throw new ArticleFormatException(ArticleErrorCode.Undecodable, ArticleErrors.MixedEncodings(firstInvalid));
            }
        }

        throw new ArticleFormatException(ArticleErrorCode.Undecodable, ArticleErrors.NotUtf8(bomLength + UnicodeValidator.FirstInvalidUtf8(bytes)));
    }

    private static DecodedText DecodeDeclared(ReadOnlySpan<byte> bytes, string label, Encoding encoding)
    {
        if (encoding.CodePage == LegacyEncodings.Windows1252.CodePage && bytes.IndexOfAny(LegacyEncodings.Undefined1252) is var undefined and >= 0)
        {
            throw new ArticleFormatException(ArticleErrorCode.Undecodable, ArticleErrors.NotDeclaredEncoding(label, undefined));
        }

        try
        {
            return new DecodedText(encoding.GetString(bytes), encoding.WebName);
        }
        catch (DecoderFallbackException ex)
        {
            var offset = Math.Clamp(ex.Index, 0, bytes.Length - 1);
            throw new ArticleFormatException(ArticleErrorCode.Undecodable, ArticleErrors.NotDeclaredEncoding(label, offset), ex);
        }
    }

    private static DecodedText DecodeUtf16(ReadOnlySpan<byte> file, int bomLength, bool bigEndian)
    {
        var bytes = file[bomLength..];
        var invalid = UnicodeValidator.FirstInvalidUtf16(bytes, bigEndian);
        if (invalid >= 0)
        {
            var offset = bomLength + invalid;
            throw new ArticleFormatException(
                ArticleErrorCode.Undecodable,
                bomLength > 0 ? ArticleErrors.NotUtf16(offset) : ArticleErrors.NotUtf16WithoutBom(offset));
        }

        var encoding = bigEndian ? Encoding.BigEndianUnicode : Encoding.Unicode;
        return new DecodedText(encoding.GetString(bytes), bigEndian ? "utf-16be" : "utf-16le");
    }

    private static DecodedText DecodeUtf32(ReadOnlySpan<byte> file, bool bigEndian)
    {
        var bytes = file[4..];
        var invalid = UnicodeValidator.FirstInvalidUtf32(bytes, bigEndian);
        if (invalid >= 0)
        {
            throw new ArticleFormatException(ArticleErrorCode.Undecodable, ArticleErrors.NotUtf32(4 + invalid));
        }

        var encoding = bigEndian ? Utf32BigEndian : Utf32LittleEndian;
        return new DecodedText(encoding.GetString(bytes), bigEndian ? "utf-32be" : "utf-32le");
    }
}
