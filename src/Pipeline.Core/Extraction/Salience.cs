namespace Pipeline.Core.Extraction;

/// <summary>
/// How central an entity is to its article, from 0 to 1, as a weighted sum of four signals news readers rely on:
/// <list type="bullet">
/// <item>mentions, relative to the article's most mentioned entity on a log scale (0.40): the subject is repeated;</item>
/// <item>named in the title (0.25): the headline says what the story is about;</item>
/// <item>how early the first mention comes, 1 at the start of the body and 0 at its end (0.20);</item>
/// <item>named in the first paragraph (0.15): the lead holds who, what and where.</item>
/// </list>
/// Rounded to three decimals, so equal inputs give equal, stable figures.
/// </summary>
internal static class Salience
{
    private const double MentionWeight = 0.40;
    private const double TitleWeight = 0.25;
    private const double PositionWeight = 0.20;
    private const double LeadWeight = 0.15;
    private const int MaxTitleChars = 1000;

    public static double Score(int mentions, int mostMentions, int firstOffset, int bodyLength, bool inTitle, bool inLead)
    {
        var frequency = mostMentions <= 1 ? 1 : Math.Log(1 + mentions) / Math.Log(1 + mostMentions);
        var position = bodyLength <= 0 ? 1 : 1 - ((double)firstOffset / bodyLength);
        var score = (MentionWeight * frequency) + (PositionWeight * position) + (inTitle ? TitleWeight : 0) + (inLead ? LeadWeight : 0);
        return Math.Round(Math.Clamp(score, 0, 1), 3);
    }

    /// <summary>Where the first paragraph ends: the first blank line, else the first line break, else the end.</summary>
    public static int LeadEnd(string body)
    {
        var blank = body.IndexOf("\n\n", StringComparison.Ordinal);
        if (blank >= 0)
        {
            return blank;
        }

        var newline = body.IndexOf('\n', StringComparison.Ordinal);
        return newline >= 0 ? newline : body.Length;
    }

    /// <summary>Whether <paramref name="name"/> occurs in <paramref name="title"/> as whole words.</summary>
    public static bool Names(string? title, ReadOnlySpan<char> name)
    {
        if (string.IsNullOrEmpty(title) || name.IsEmpty)
        {
            return false;
        }

        // Titles are short; a hostile one is read only as far as a headline goes.
        var text = title.AsSpan(0, Math.Min(title.Length, MaxTitleChars));
        for (var at = text.IndexOf(name, StringComparison.Ordinal); at >= 0;)
        {
            var end = at + name.Length;
            if ((at == 0 || !char.IsLetterOrDigit(text[at - 1])) && (end == text.Length || !char.IsLetterOrDigit(text[end])))
            {
                return true;
            }

            var next = text[(at + 1)..].IndexOf(name, StringComparison.Ordinal);
            at = next < 0 ? -1 : at + 1 + next;
        }

        return false;
    }
}
