namespace Pipeline.Core.Parsing.Metadata;

/// <summary>Reduces a language tag from metadata (<c>en-US</c>, <c>de_DE</c>, <c>FR</c>) to its ISO 639-1 code.</summary>
internal static class LanguageTags
{
    /// <summary>The lower-case two-letter primary subtag, or null when the tag does not start with one.</summary>
    public static string? ToIso6391(string? tag)
    {
        if (tag is null)
        {
            return null;
        }

        var text = tag.AsSpan().Trim();
        if (text.Length < 2 || !char.IsAsciiLetter(text[0]) || !char.IsAsciiLetter(text[1])
            || (text.Length > 2 && text[2] is not '-' and not '_'))
        {
            return null;
        }

        return string.Create(2, (text[0], text[1]), static (span, pair) =>
        {
            span[0] = char.ToLowerInvariant(pair.Item1);
            span[1] = char.ToLowerInvariant(pair.Item2);
        });
    }
}
