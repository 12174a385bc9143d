using Pipeline.Core.Text;

namespace Pipeline.Core.Parsing;

/// <summary>
/// Recognizes the non-article lines that scraped news pages carry: video playlist entries ("Now playing",
/// "02:19"), photo credits ("John Moore/Getty Images"), thumbnail file names, share and navigation lines, and stray
/// boilerplate sentences.
/// </summary>
internal static class PageFurniture
{
    private const int MaxCreditLength = 80;
    private const int MaxCreditSegmentLength = 40;
    private const int MaxNavigationWords = 8;
    private const int MaxCopyrightLength = 160;

    // Prefixes of the photo agencies and outlets that appear in credit lines.
    private static readonly string[] Agencies =
    [
        "Getty Images", "Getty", "AP", "Associated Press", "Reuters", "AFP", "Pool", "EPA", "Shutterstock", "Bloomberg",
        "Sipa", "NurPhoto", "Anadolu", "Xinhua", "Alamy", "Redux", "ZUMA", "Zuma", "Imagn", "USA Today", "SOPA Images",
        "LightRocket", "CNN", "The Washington Post", "The New York Times", "Corbis", "TNS", "MediaNews",
    ];

    private static readonly WordSet StandaloneCredits = new(
        ["CNN", "AP", "Reuters", "AFP", "Getty Images", "Associated Press", "Shutterstock", "Pool", "EPA", "Bloomberg"],
        StringComparer.Ordinal);

    private static readonly string[] MediaExtensions =
    [
        ".png", ".jpg", ".jpeg", ".gif", ".webp", ".avif", ".bmp", ".tif", ".tiff", ".mp4", ".mov", ".m4v", ".webm",
    ];

    // Words of share bars, menus and player chrome. A line made only of these ("Share this article",
    // "Facebook Twitter Email", "Sign up | Log in") is navigation; any other word makes it text.
    private static readonly WordSet NavigationWords = new(
        [
            "share", "shares", "sharing", "facebook", "twitter", "email", "e-mail", "print", "whatsapp", "linkedin",
            "reddit", "pinterest", "messenger", "flipboard", "tweet", "copy", "link", "copied", "copied!", "comments",
            "comment", "subscribe", "follow", "menu", "search", "close", "home", "sign", "log", "login", "watch",
            "live", "tv", "listen", "video", "videos", "more", "related", "next", "previous", "expand", "collapse",
            "hide", "show", "caption", "gallery", "replay", "ad", "feedback", "sponsored", "trending", "top",
            "stories", "back", "to", "this", "article", "story", "via", "on", "up", "in", "us", "page", "save", "x",
        ],
        StringComparer.OrdinalIgnoreCase);

    /// <summary>Whole sentences that scrapers and feed tools leave behind and no article means to say.</summary>
    internal static readonly string[] BoilerplateSentences =
    [
        "Start execution.", "Advertisement", "ADVERTISEMENT", "Story continues below advertisement",
        "Continue reading", "Continue reading.", "Read more", "Read more.", "Skip to main content",
        "All rights reserved.", "All Rights Reserved.", "Scroll to continue reading", "Click here to subscribe.",
    ];

    public static bool IsNowPlaying(ReadOnlySpan<char> line) =>
        line.Equals("Now playing", StringComparison.OrdinalIgnoreCase) || line.Equals("Up next", StringComparison.OrdinalIgnoreCase);

    /// <summary>A bare video duration such as <c>02:19</c> or <c>1:02:19</c>.</summary>
    public static bool IsDuration(ReadOnlySpan<char> line)
    {
        if (line.Length is < 4 or > 8)
        {
            return false;
        }

        var groups = 1;
        var digits = 0;
        foreach (var c in line)
        {
            if (char.IsAsciiDigit(c))
            {
                digits++;
            }
            else if (c == ':' && digits > 0)
            {
                groups++;
                digits = 0;
            }
            else
            {
                return false;
            }
        }

        return groups is 2 or 3 && digits == 2;
    }

    /// <summary>A thumbnail or clip name such as <c>gun laws shootings nr vpx _00015627.png</c>.</summary>
    public static bool IsFileName(ReadOnlySpan<char> line)
    {
        foreach (var extension in MediaExtensions)
        {
            if (line.EndsWith(extension, StringComparison.OrdinalIgnoreCase))
            {
                // Only the extension's dot: a sentence that mentions a file is still a sentence.
                return line[..^extension.Length].IndexOfAny('.', '!', '?') < 0;
            }
        }

        return false;
    }

    /// <summary>A photo credit line: <c>John Moore/Getty Images</c>, <c>Evan Vucci/AP</c>, a lone <c>CNN</c>.</summary>
    public static bool IsCredit(ReadOnlySpan<char> line)
    {
        if (line.Length > MaxCreditLength || EndsLikeSentence(line))
        {
            return false;
        }

        if (StandaloneCredits.Contains(line))
        {
            return true;
        }

        if (line.StartsWith("Photo:", StringComparison.Ordinal) || line.StartsWith("Credit:", StringComparison.Ordinal))
        {
            return true;
        }

        if (!line.Contains('/'))
        {
            return false;
        }

        var agency = false;
        foreach (var range in line.Split('/'))
        {
            var segment = line[range].Trim(' ');
            if (segment.IsEmpty || segment.Length > MaxCreditSegmentLength)
            {
                return false;
            }

            agency |= StartsWithAgency(segment);
        }

        return agency;
    }

    /// <summary>
    /// A share bar, menu or player control line ("Share this article", "Facebook Twitter Email") or a gallery
    /// counter ("1 of 12").
    /// </summary>
    public static bool IsNavigation(ReadOnlySpan<char> line)
    {
        if (IsGalleryCounter(line))
        {
            return true;
        }

        var words = 0;
        foreach (var range in line.SplitAny(' ', '|', '\u2022', '\u00B7', '/'))
        {
            var word = line[range].TrimEnd(':');
            if (word.IsEmpty)
            {
                continue;
            }

            if (!NavigationWords.Contains(word) || ++words > MaxNavigationWords)
            {
                return false;
            }
        }

        // A lone "in", "on" or "x" is too little to call; a single nav word ("Share") or a run of them is not.
        return words > 1 || (words == 1 && line.Trim().Length > 2);
    }

    /// <summary>A copyright notice: "© 2024 Cable News Network", "Copyright 2019 NBCUniversal Media, LLC".</summary>
    public static bool IsCopyright(ReadOnlySpan<char> line)
    {
        if (line.Length > MaxCopyrightLength)
        {
            return false;
        }

        if (line[0] == '\u00A9' || line.StartsWith("(c) ", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        if (!line.StartsWith("Copyright ", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var next = line["Copyright ".Length..];
        return !next.IsEmpty && (next[0] == '\u00A9' || char.IsAsciiDigit(next[0]));
    }

    public static bool EndsLikeSentence(ReadOnlySpan<char> line)
    {
        var end = line.Length;
        while (end > 0 && Chars.IsClosing(line[end - 1]))
        {
            end--;
        }

        return end > 0 && (Chars.IsSentenceTerminal(line[end - 1]) || line[end - 1] is ',' or ';' or ':');
    }

    public static bool IsBoilerplate(ReadOnlySpan<char> line)
    {
        foreach (var sentence in BoilerplateSentences)
        {
            if (line.Equals(sentence, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    // "1 of 12", "3 / 12"
    private static bool IsGalleryCounter(ReadOnlySpan<char> line)
    {
        var of = line.IndexOf(" of ", StringComparison.Ordinal);
        var separatorLength = 4;
        if (of < 0)
        {
            of = line.IndexOf('/');
            separatorLength = 1;
        }

        return of > 0 && IsSmallNumber(line[..of].Trim(' ')) && IsSmallNumber(line[(of + separatorLength)..].Trim(' '));
    }

    private static bool IsSmallNumber(ReadOnlySpan<char> text) =>
        text.Length is >= 1 and <= 3 && !text.ContainsAnyExceptInRange('0', '9');

    /// <summary>Whether the text inside parentheses is a photo credit: "Photo by …", "AP Photo/…".</summary>
    public static bool IsPhotoCredit(ReadOnlySpan<char> inner)
    {
        if (inner.StartsWith("Photo", StringComparison.Ordinal) || inner.StartsWith("Image:", StringComparison.Ordinal)
            || inner.StartsWith("Image by", StringComparison.Ordinal) || inner.StartsWith("Credit:", StringComparison.Ordinal))
        {
            return true;
        }

        // "AP Photo/Evan Vucci", "Reuters Photo"
        var space = inner.IndexOf(' ');
        return space is > 0 and <= 16 && inner[(space + 1)..].StartsWith("Photo", StringComparison.Ordinal);
    }

    private static bool StartsWithAgency(ReadOnlySpan<char> segment)
    {
        foreach (var agency in Agencies)
        {
            if (segment.StartsWith(agency, StringComparison.Ordinal)
                && (segment.Length == agency.Length || segment[agency.Length] is ' ' or '-'))
            {
                return true;
            }
        }

        return false;
    }
}
