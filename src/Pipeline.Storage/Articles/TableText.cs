namespace Pipeline.Storage.Articles;

/// <summary>Keeps strings within Table Storage's 64 KiB property limit (32K UTF-16 code units).</summary>
internal static class TableText
{
    public const int MaxPropertyChars = 32 * 1024;

    public static string Clip(string text, int maxChars = 1024)
    {
        if (text.Length <= maxChars)
        {
            return text;
        }

        var cut = maxChars - 1;
        if (char.IsHighSurrogate(text[cut - 1]))
        {
            cut--;
        }

        return string.Concat(text.AsSpan(0, cut), "…");
    }
}
