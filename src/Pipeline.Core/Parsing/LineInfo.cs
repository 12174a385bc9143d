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

    /// <summary>Share buttons, menus, gallery counters: "Share", "Facebook Twitter Email", "1 of 12".</summary>
    Navigation,
    DatelineOnly,
    Boilerplate,

    /// <summary>"By Jane Doe, CNN": read for the authors, then dropped from the body.</summary>
    Byline,

    /// <summary>"Updated 10:58 AM ET, Sun December 2, 2018": read for the date, then dropped.</summary>
    Timestamp,

    /// <summary>A header or footer naming the outlet ("NBC News", "© 2024 Cable News Network"): read, then dropped.</summary>
    SourceLine,
}

/// <summary>One line of normalized text: where it is, whether a blank line precedes it, and what it is.</summary>
internal record struct LineInfo(int Start, int Length, bool BlankBefore, LineKind Kind)
{
    public readonly Range Range => Start..(Start + Length);

    /// <summary>Page furniture from video playlists and photo galleries rather than article text.</summary>
    public readonly bool IsPageFurniture => Kind is LineKind.NowPlaying or LineKind.Duration or LineKind.FileName
        or LineKind.Credit or LineKind.Duplicate or LineKind.Navigation;

    /// <summary>A line that says something about the article (who, when, which outlet) rather than being part of it.</summary>
    public readonly bool IsMetadata => Kind is LineKind.Byline or LineKind.Timestamp or LineKind.SourceLine;
}
