namespace Pipeline.Quality;

/// <summary>
/// Tells the English pages of the (mostly German) evaluation set apart by their gold snippets: more English than
/// German function words. Good enough to select a subset; not a language detector.
/// </summary>
internal static class EnglishPages
{
    private static readonly HashSet<string> English = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "and", "of", "to", "is", "in", "that", "for", "with", "on", "are", "was", "it", "this", "by", "you", "be", "as",
    };

    private static readonly HashSet<string> Other = new(StringComparer.OrdinalIgnoreCase)
    {
        "der", "die", "und", "das", "ist", "nicht", "mit", "von", "zu", "den", "ein", "eine", "im", "sich", "auf", "für", "dem", "des",
    };

    public static bool IsEnglish(EvaluationPage page)
    {
        var english = 0;
        var other = 0;
        foreach (var snippet in page.GoldWith.Concat(page.GoldWithout))
        {
            foreach (var word in snippet.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                english += English.Contains(word) ? 1 : 0;
                other += Other.Contains(word) ? 1 : 0;
            }
        }

        return english > other;
    }
}
