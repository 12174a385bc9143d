using Pipeline.Core.Text;

namespace Pipeline.Core.Parsing;

/// <summary>
/// Picks the title: the first paragraph when it reads like a headline (short, no closing period), otherwise the
/// start of the first sentence, cut on a word boundary.
/// </summary>
internal static class TitleSelector
{
    internal const int MaxDerivedLength = 120;
    private const int MaxHeadlineLength = 150;
    private const int MaxHeadlineWords = 25;

    public static bool LooksLikeHeadline(ReadOnlySpan<char> line)
    {
        if (line.Length > MaxHeadlineLength || char.IsLower(line[0]) || Dateline.PrefixLength(line) > 0)
        {
            return false;
        }

        var words = Chars.CountWords(line);
        if (words is < 2 or > MaxHeadlineWords || !Chars.HasLetter(line))
        {
            return false;
        }

        // "No final period": a question or exclamation may still be a headline, a statement may not.
        var end = line.Length;
        while (end > 1 && Chars.IsClosing(line[end - 1]))
        {
            end--;
        }

        return line[end - 1] is not '.' and not ',' and not ';' and not ':' and not '\u2026';
    }

    /// <summary>
    /// Removes an outlet that a page title carries after a separator (<c>Raids begin Sunday | CNN Politics</c>) and
    /// returns it as <paramref name="outlet"/>; other titles are returned unchanged.
    /// </summary>
    public static string WithoutOutletSuffix(string title, out string? outlet)
    {
        ArgumentNullException.ThrowIfNull(title);
        outlet = null;
        foreach (var separator in (ReadOnlySpan<string>)[" | ", " - ", " \u2013 ", " \u2014 ", " :: "])
        {
            var index = title.LastIndexOf(separator, StringComparison.Ordinal);
            if (index > 0)
            {
                outlet = Outlets.Normalize(title.AsSpan(index + separator.Length));
                if (outlet is not null)
                {
                    return title[..index].TrimEnd();
                }
            }
        }

        return title;
    }

    /// <summary>A title made from the first sentence of <paramref name="paragraph"/>, without its dateline.</summary>
    public static string FromFirstSentence(ReadOnlySpan<char> paragraph)
    {
        var text = paragraph[Dateline.PrefixLength(paragraph)..];
        var enumerator = SentenceSplitter.Split(text);
        var sentence = enumerator.MoveNext() ? text[enumerator.Current] : text;
        if (sentence.Length <= MaxDerivedLength)
        {
            return new string(sentence.Length > 1 && sentence[^1] == '.' && sentence[^2] != '.' ? sentence[..^1] : sentence);
        }

        var cut = sentence[..(MaxDerivedLength + 1)].LastIndexOf(' ');
        if (cut <= 0)
        {
            cut = MaxDerivedLength;
        }

        var head = sentence[..cut].TrimEnd(" ,;:-\u2013\u2014");
        return string.Concat(head, "\u2026");
    }
}
