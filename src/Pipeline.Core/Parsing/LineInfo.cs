namespace Pipeline.Core.Parsing;

/// <summary>What a line of plain text turned out to be.</summary>
internal enum LineKind
{
    Text,
    NowPlaying,
    Duration,
    FileName,
    Credit,
    Duplicate,
    DatelineOnly,
    Boilerplate,
}

/// <summary>One line of normalized text: where it is, whether a blank line precedes it, and what it is.</summary>
internal record struct LineInfo(int Start, int Length, bool BlankBefore, LineKind Kind)
{
    public readonly Range Range => Start..(Start + Length);

    /// <summary>Page furniture from video playlists and photo galleries rather than article text.</summary>
    public readonly bool IsPageFurniture => Kind is LineKind.NowPlaying or LineKind.Duration or LineKind.FileName
        or LineKind.Credit or LineKind.Duplicate;
}
