using Pipeline.Core.Text;

namespace Pipeline.Core.Parsing;

/// <summary>
/// The well-known news outlets, so that the many ways a text names its publisher (<c>(CNN Business)</c>,
/// <c>By Jane Doe, CNN</c>, <c>© 2024 Cable News Network</c>, <c>AP</c>) fold into one source name. Unknown
/// outlets are not guessed at here; callers keep what the text says when it is clearly a source position.
/// </summary>
internal static class Outlets
{
    private const int MaxNameLength = 40;

    private static readonly WordMap<string> Names = new(Build(), StringComparer.OrdinalIgnoreCase);

    /// <summary>The canonical name of a known outlet (<c>CNN Politics</c> → <c>CNN</c>), or null.</summary>
    public static string? Normalize(ReadOnlySpan<char> name)
    {
        name = name.Trim(" .,;:|-\u2013\u2014");
        return name.Length is > 0 and <= MaxNameLength && Names.TryGetValue(name, out var canonical) ? canonical : null;
    }

    /// <summary>
    /// The outlet that <paramref name="text"/> starts with, trying the longest run of up to four words first
    /// (<c>NBC News last month</c> → NBC News), and the length of the matched name.
    /// </summary>
    public static string? MatchAtStart(ReadOnlySpan<char> text, out int length)
    {
        Span<int> ends = stackalloc int[4];
        var count = 0;
        var position = 0;
        while (count < ends.Length && position < text.Length)
        {
            var space = text[position..].IndexOf(' ');
            var end = space < 0 ? text.Length : position + space;
            var wordEnd = end;
            while (wordEnd > position && !char.IsLetterOrDigit(text[wordEnd - 1]))
            {
                wordEnd--;
            }

            // A possessive ends the name: "CNN's reporting".
            if (wordEnd - position > 2 && text[wordEnd - 1] is 's' && Chars.IsApostrophe(text[wordEnd - 2]))
            {
                wordEnd -= 2;
            }

            ends[count++] = wordEnd;
            if (wordEnd < end || space < 0)
            {
                break;
            }

            position = end + 1;
        }

        for (var i = count - 1; i >= 0; i--)
        {
            var canonical = Normalize(text[..ends[i]]);
            if (canonical is not null)
            {
                length = ends[i];
                return canonical;
            }
        }

        length = 0;
        return null;
    }

    /// <summary>
    /// The outlet a copyright line names (<c>© 2024 Cable News Network. All Rights Reserved.</c>), or null when the
    /// line is no copyright line or names no known outlet.
    /// </summary>
    public static string? FromCopyright(ReadOnlySpan<char> line)
    {
        var rest = line;
        if (rest.StartsWith("Copyright", StringComparison.OrdinalIgnoreCase))
        {
            rest = rest["Copyright".Length..].TrimStart();
        }
        else if (rest.StartsWith("(c)", StringComparison.OrdinalIgnoreCase))
        {
            rest = rest[3..].TrimStart();
        }
        else if (rest.Length > 0 && rest[0] == '\u00A9')
        {
            rest = rest[1..].TrimStart();
        }
        else
        {
            return null;
        }

        if (rest.Length > 0 && rest[0] == '\u00A9')
        {
            rest = rest[1..].TrimStart();
        }

        while (rest.Length > 0 && (char.IsAsciiDigit(rest[0]) || rest[0] is '-' or '\u2013' or ' ' or ','))
        {
            rest = rest[1..];
        }

        return MatchAtStart(rest, out _);
    }

    private static IEnumerable<KeyValuePair<string, string>> Build()
    {
        (string Canonical, string[] Variants)[] outlets =
        [
            ("CNN", ["CNN", "CNN Business", "CNN Politics", "CNN Money", "CNNMoney", "CNN Wire", "CNN International", "CNN.com", "CNN Digital", "Cable News Network"]),
            ("NBC News", ["NBC News", "NBC", "NBCNews", "NBCNews.com", "NBC News Digital", "NBCUniversal", "NBC Universal"]),
            ("CBS News", ["CBS News", "CBS", "CBSNews.com"]),
            ("ABC News", ["ABC News", "ABC"]),
            ("Fox News", ["Fox News", "Fox News Digital", "FoxNews.com"]),
            ("MSNBC", ["MSNBC"]),
            ("CNBC", ["CNBC"]),
            ("NPR", ["NPR", "National Public Radio"]),
            ("Associated Press", ["AP", "Associated Press", "The Associated Press", "AP News"]),
            ("Reuters", ["Reuters", "Thomson Reuters"]),
            ("AFP", ["AFP", "Agence France-Presse", "Agence France Presse"]),
            ("UPI", ["UPI", "United Press International"]),
            ("dpa", ["dpa", "Deutsche Presse-Agentur"]),
            ("BBC News", ["BBC", "BBC News"]),
            ("The New York Times", ["The New York Times", "New York Times", "NYT", "NYTimes.com"]),
            ("The Washington Post", ["The Washington Post", "Washington Post"]),
            ("The Wall Street Journal", ["The Wall Street Journal", "Wall Street Journal", "WSJ"]),
            ("Los Angeles Times", ["Los Angeles Times", "The Los Angeles Times", "LA Times"]),
            ("USA Today", ["USA Today"]),
            ("Bloomberg", ["Bloomberg", "Bloomberg News"]),
            ("The Guardian", ["The Guardian"]),
            ("Politico", ["Politico"]),
            ("Axios", ["Axios"]),
            ("The Hill", ["The Hill"]),
            ("Al Jazeera", ["Al Jazeera"]),
        ];

        foreach (var (canonical, variants) in outlets)
        {
            foreach (var variant in variants)
            {
                yield return new KeyValuePair<string, string>(variant, canonical);
            }
        }
    }
}
