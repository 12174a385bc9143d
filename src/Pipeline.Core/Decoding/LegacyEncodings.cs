using System.Buffers;
using System.Text;

namespace Pipeline.Core.Decoding;

/// <summary>
/// The pre-Unicode encodings a file may declare, resolved from the code pages that ship with .NET (no global
/// registration: the provider is asked directly). Labels that mean Latin-1 or ASCII resolve to Windows-1252, as
/// browsers do, because that is what such files really hold.
/// </summary>
internal static class LegacyEncodings
{
    /// <summary>Bytes Windows-1252 leaves undefined; .NET maps them to C1 controls instead of failing.</summary>
    public static readonly SearchValues<byte> Undefined1252 = SearchValues.Create([0x81, 0x8D, 0x8F, 0x90, 0x9D]);

    public static Encoding Windows1252 { get; } = CodePagesEncodingProvider.Instance.GetEncoding(1252)
        ?? throw new InvalidOperationException("the Windows-1252 code page is missing from this runtime");

    /// <summary>
    /// The encoding a declared label names, with a throwing decoder, or null when the label is unknown or names a
    /// Unicode encoding (an ASCII-compatible file cannot really be UTF-16, and UTF-8 was already tried).
    /// </summary>
    public static Encoding? Resolve(string label)
    {
        if (IsLatin1Alias(label))
        {
            return Windows1252;
        }

        if (label.StartsWith("utf", StringComparison.Ordinal) || label.StartsWith("ucs", StringComparison.Ordinal)
            || label is "unicode" or "unicode-1-1-utf-8" or "unicodefffe" or "x-user-defined")
        {
            return null;
        }

        var encoding = CodePagesEncodingProvider.Instance.GetEncoding(label, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
        if (encoding is not null)
        {
            return encoding;
        }

        try
        {
            return Encoding.GetEncoding(label, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
        }
        catch (Exception ex) when (ex is ArgumentException or NotSupportedException)
        {
            return null;
        }
    }

    private static bool IsLatin1Alias(string label) => label is "windows-1252" or "cp1252" or "x-cp1252" or "iso-8859-1"
        or "iso8859-1" or "iso_8859-1" or "iso-ir-100" or "latin1" or "l1" or "cp819" or "ibm819" or "us-ascii"
        or "ascii" or "ansi_x3.4-1968" or "iso-8859-15" or "iso8859-15" or "latin-9" or "l9";
}
