namespace Pipeline.Core.Text;

/// <summary>Tells the language of a text. Placeholder: returns null until the detector lands.</summary>
internal static class LanguageDetector
{
    /// <summary>ISO 639-1 code of the text's language, or null when it cannot be told.</summary>
    public static string? Detect(ReadOnlySpan<char> text) => text.IsEmpty ? null : null;
}
