using Pipeline.Core.Decoding;

namespace Pipeline.Core.Text;

/// <summary>Rejects decoded text that cannot be an article before any parsing work is spent on it.</summary>
internal static class TextScreen
{
    public static void Validate(ReadOnlySpan<char> text)
    {
        if (IsBlank(text))
        {
            throw new ArticleFormatException(ArticleErrorCode.Empty, ArticleErrors.Empty);
        }

        if (BinarySniffer.LooksBinary(text))
        {
            throw new ArticleFormatException(ArticleErrorCode.Binary, ArticleErrors.Binary);
        }
    }

    // Byte order marks and zero-width characters render as nothing, so a file of only those is empty too.
    private static bool IsBlank(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (!char.IsWhiteSpace(c) && c is not '\uFEFF' and not '\u200B' and not '\u200C' and not '\u200D' and not '\u2060')
            {
                return false;
            }
        }

        return true;
    }
}
