using System.Buffers;
using System.Security.Cryptography;
using System.Text;

namespace Pipeline.Storage.Keys;

/// <summary>
/// Turns any text (blob names, entity names) into a valid Table Storage PartitionKey or RowKey.
/// </summary>
/// <remarks>
/// Keys may not contain <c>/ \ # ?</c> or control characters and are limited to 1 KiB. Those characters and
/// <c>%</c> itself are percent-encoded as UTF-8 bytes, so readable names stay readable and ordering is kept
/// for ordinary text. Keys that would still be too long keep a readable prefix and end with a hash of the whole
/// text, so they stay unique; the original text is always stored in a property beside the key.
/// </remarks>
public static class TableKey
{
    /// <summary>Keys are kept well under the 1 KiB service limit (counted in UTF-16 code units here).</summary>
    public const int MaxLength = 400;

    private const int HashedPrefixLength = 300;
    private static readonly SearchValues<char> MustEscape = SearchValues.Create("/\\#?%");

    public static string Encode(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var encoded = NeedsEscaping(text) ? Escape(text) : text;
        if (encoded.Length <= MaxLength)
        {
            return encoded;
        }

        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
        var cut = HashedPrefixLength;
        // Do not cut an escape sequence or a surrogate pair in half.
        while (cut > 0 && (encoded[cut - 1] == '%' || (cut > 1 && encoded[cut - 2] == '%') || char.IsHighSurrogate(encoded[cut - 1])))
        {
            cut--;
        }

        return string.Concat(encoded.AsSpan(0, cut), "~", hash);
    }

    /// <summary>Reverses <see cref="Encode"/> for keys that were not shortened with a hash.</summary>
    public static string Decode(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (!key.Contains('%', StringComparison.Ordinal))
        {
            return key;
        }

        var bytes = new List<byte>(key.Length);
        var builder = new StringBuilder(key.Length);
        for (var i = 0; i < key.Length; i++)
        {
            if (key[i] == '%' && i + 2 < key.Length)
            {
                bytes.Add(Convert.ToByte(key.Substring(i + 1, 2), 16));
                i += 2;
                continue;
            }

            Flush(bytes, builder);
            builder.Append(key[i]);
        }

        Flush(bytes, builder);
        return builder.ToString();

        static void Flush(List<byte> pending, StringBuilder into)
        {
            if (pending.Count > 0)
            {
                into.Append(Encoding.UTF8.GetString(pending.ToArray()));
                pending.Clear();
            }
        }
    }

    private static bool NeedsEscaping(string text)
    {
        foreach (var c in text)
        {
            if (IsForbidden(c))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsForbidden(char c) => MustEscape.Contains(c) || char.IsControl(c);

    private static string Escape(string text)
    {
        var builder = new StringBuilder(text.Length + 16);
        Span<byte> utf8 = stackalloc byte[4];
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (!IsForbidden(c))
            {
                builder.Append(c);
                continue;
            }

            var written = Encoding.UTF8.GetBytes(text.AsSpan(i, 1), utf8);
            foreach (var b in utf8[..written])
            {
                builder.Append('%').Append(b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
            }
        }

        return builder.ToString();
    }
}
