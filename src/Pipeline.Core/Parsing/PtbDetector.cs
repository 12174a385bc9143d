namespace Pipeline.Core.Parsing;

/// <summary>
/// Recognizes Penn Treebank tokenized text (news corpora ship articles this way): punctuation and clitics stand as
/// separate tokens, as in <c>Trump 's tweet , `` millions ''</c>. Ordinary prose almost never puts a space before
/// its commas, so the share of spaced commas is the main signal; PTB-only tokens back it up on short texts.
/// </summary>
internal static class PtbDetector
{
    private const int MinimumSpacedCommas = 2;
    private const int MinimumStrongSignals = 3;

    public static bool IsTokenized(ReadOnlySpan<char> text)
    {
        var commas = 0;
        var spacedCommas = 0;
        var strong = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var spaceBefore = i > 0 && text[i - 1] == ' ';
            var spaceAfter = i + 1 >= text.Length || text[i + 1] is ' ' or '\n';
            switch (c)
            {
                case ',':
                    commas++;
                    if (spaceBefore && spaceAfter)
                    {
                        spacedCommas++;
                    }

                    break;
                case '`' when i + 1 < text.Length && text[i + 1] == '`':
                    strong++;
                    i++;
                    break;
                case '\'' when spaceBefore && IsClitic(text[(i + 1)..]):
                    strong++;
                    break;
                case 'n' when spaceBefore && text[i..].StartsWith("n't", StringComparison.Ordinal):
                    strong++;
                    break;
                case '-' when text[i..].StartsWith("-LRB-", StringComparison.OrdinalIgnoreCase):
                    strong++;
                    break;
                default:
                    break;
            }
        }

        return (spacedCommas >= MinimumSpacedCommas && spacedCommas * 2 > commas) || strong >= MinimumStrongSignals;
    }

    // The text after an apostrophe that opens a token: "s", "re", "ve", "ll", "d" or "m", then a space or line end.
    private static bool IsClitic(ReadOnlySpan<char> rest)
    {
        var letters = 0;
        while (letters < rest.Length && char.IsLetter(rest[letters]))
        {
            letters++;
        }

        if (letters is 0 or > 2 || (letters < rest.Length && rest[letters] is not ' ' and not '\n'))
        {
            return false;
        }

        var word = rest[..letters];
        return word is "s" or "re" or "ve" or "ll" or "d" or "m" or "S" or "RE" or "VE" or "LL" or "D" or "M";
    }
}
