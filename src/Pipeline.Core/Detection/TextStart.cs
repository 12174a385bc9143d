namespace Pipeline.Core.Detection;

/// <summary>
/// Where a decoded file's content starts (past whitespace and stray byte order marks), and the bounded window after
/// it that detection looks at, so detecting the format of a 16 MiB file costs the same as of a small one.
/// </summary>
internal readonly ref struct TextStart
{
    /// <summary>How much of the content detection looks at: enough for any prolog, head or front matter.</summary>
    public const int WindowChars = 64 * 1024;

    public TextStart(string text)
    {
        var span = text.AsSpan();
        var start = 0;
        while (start < span.Length && (char.IsWhiteSpace(span[start]) || span[start] == '\uFEFF'))
        {
            start++;
        }

        Offset = start;
        Window = span.Slice(start, Math.Min(span.Length - start, WindowChars));
        IsWhole = start + Window.Length == span.Length;
    }

    /// <summary>Index of the first character that is not whitespace.</summary>
    public int Offset { get; }

    /// <summary>Up to <see cref="WindowChars"/> characters from <see cref="Offset"/>.</summary>
    public ReadOnlySpan<char> Window { get; }

    /// <summary>True when the window reaches the end of the text.</summary>
    public bool IsWhole { get; }

    public char First => Window.IsEmpty ? '\0' : Window[0];
}
