namespace Pipeline.Core.Statistics;

/// <summary>
/// Flesch reading ease (Flesch 1948): 206.835 − 1.015 × (words / sentences) − 84.6 × (syllables / words). Syllables
/// are counted as vowel groups, less a silent final "e", at least one a word — the usual approximation, within a
/// syllable of a dictionary count for most English words.
/// </summary>
internal static class Readability
{
    public static double? FleschReadingEase(ReadOnlySpan<char> text, int sentences)
    {
        var words = 0;
        var syllables = 0;
        var i = 0;
        while (i < text.Length)
        {
            if (!char.IsLetter(text[i]))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < text.Length && (char.IsLetter(text[i]) || (Text.Chars.IsApostrophe(text[i]) && i + 1 < text.Length && char.IsLetter(text[i + 1]))))
            {
                i++;
            }

            words++;
            syllables += Syllables(text[start..i]);
        }

        if (words == 0 || sentences == 0)
        {
            return null;
        }

        var score = 206.835 - (1.015 * words / sentences) - (84.6 * syllables / words);
        return Math.Round(score, 1);
    }

    internal static int Syllables(ReadOnlySpan<char> word)
    {
        var count = 0;
        var previousVowel = false;
        foreach (var c in word)
        {
            var vowel = IsVowel(c);
            if (vowel && !previousVowel)
            {
                count++;
            }

            previousVowel = vowel;
        }

        if (word.Length > 2 && char.ToLowerInvariant(word[^1]) == 'e' && !IsVowel(word[^2]) && !(char.ToLowerInvariant(word[^2]) == 'l' && !IsVowel(word[^3])))
        {
            count--;
        }

        return Math.Max(1, count);
    }

    private static bool IsVowel(char c) => char.ToLowerInvariant(c) is 'a' or 'e' or 'i' or 'o' or 'u' or 'y';
}
