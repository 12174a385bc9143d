namespace Pipeline.Core.Decoding;

/// <summary>
/// Names the common binary files by their magic bytes, so an operator who dropped a photo or a PDF is told so. Most
/// of them would be caught as binary anyway (NULs, invalid UTF-8), but a PDF, for one, opens with plain ASCII and
/// would otherwise reach the legacy-encoding guess.
/// </summary>
internal static class FileSignatures
{
    private static readonly (byte[] Magic, int Offset, string Kind, bool Short)[] Signatures =
    [
        ([0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A], 0, "a PNG image", false),
        ([0xFF, 0xD8, 0xFF], 0, "a JPEG image", false),
        ("GIF87a"u8.ToArray(), 0, "a GIF image", false),
        ("GIF89a"u8.ToArray(), 0, "a GIF image", false),
        ("WEBP"u8.ToArray(), 8, "a WebP image", false),
        ([(byte)'I', (byte)'I', 0x2A, 0x00], 0, "a TIFF image", false),
        ([(byte)'M', (byte)'M', 0x00, 0x2A], 0, "a TIFF image", false),
        ("%PDF-"u8.ToArray(), 0, "a PDF document", false),
        ([(byte)'P', (byte)'K', 0x03, 0x04], 0, "a zip archive", false),
        ([(byte)'P', (byte)'K', 0x05, 0x06], 0, "a zip archive", false),
        ([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1], 0, "an Office document", false),
        ([0x7F, (byte)'E', (byte)'L', (byte)'F'], 0, "an ELF executable", false),
        ([(byte)'M', (byte)'Z'], 0, "a Windows executable", true),
        ([0xCF, 0xFA, 0xED, 0xFE], 0, "a Mach-O executable", false),
        ([0xFE, 0xED, 0xFA, 0xCF], 0, "a Mach-O executable", false),
        ([0xCA, 0xFE, 0xBA, 0xBE], 0, "a Java class or Mach-O file", false),
        ([0x00, (byte)'a', (byte)'s', (byte)'m'], 0, "a WebAssembly module", false),
        ([(byte)'7', (byte)'z', 0xBC, 0xAF, 0x27, 0x1C], 0, "a 7-Zip archive", false),
        ([(byte)'R', (byte)'a', (byte)'r', (byte)'!', 0x1A, 0x07], 0, "a RAR archive", false),
        ([(byte)'B', (byte)'Z', (byte)'h'], 0, "a bzip2 archive", true),
        ([0xFD, (byte)'7', (byte)'z', (byte)'X', (byte)'Z', 0x00], 0, "an xz archive", false),
        ([0x28, 0xB5, 0x2F, 0xFD], 0, "a zstd archive", false),
        ("SQLite format 3\0"u8.ToArray(), 0, "an SQLite database", false),
        ("OggS"u8.ToArray(), 0, "an Ogg media file", false),
        ("ftyp"u8.ToArray(), 4, "an MP4 or QuickTime media file", false),
        ([0x1A, 0x45, 0xDF, 0xA3], 0, "a Matroska or WebM media file", false),
        ("ID3"u8.ToArray(), 0, "an MP3 audio file", true),
        ("wOFF"u8.ToArray(), 0, "a web font", false),
        ("wOF2"u8.ToArray(), 0, "a web font", false),
    ];

    /// <summary>What the bytes are, as an article and a noun ("a PNG image"), or null when no signature matches.</summary>
    public static string? Identify(ReadOnlySpan<byte> bytes)
    {
        foreach (var (magic, offset, kind, isShort) in Signatures)
        {
            if (bytes.Length >= offset + magic.Length && bytes.Slice(offset, magic.Length).SequenceEqual(magic) && (!isShort || HasControlBytes(bytes)))
            {
                return kind;
            }
        }

        return null;
    }

    // Short signatures made of letters could open a sentence ("MZ Wallace", "ID3 tags"): those also need the control
    // bytes a real binary has right after them.
    private static bool HasControlBytes(ReadOnlySpan<byte> bytes)
    {
        var window = bytes[..Math.Min(bytes.Length, 64)];
        foreach (var b in window)
        {
            if (b < 0x09 || b is > 0x0D and < 0x20)
            {
                return true;
            }
        }

        return false;
    }
}
