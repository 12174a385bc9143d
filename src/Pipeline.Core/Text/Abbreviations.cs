namespace Pipeline.Core.Text;

/// <summary>
/// Abbreviations whose period usually does not end a sentence. Words are stored without their final period.
/// </summary>
internal static class Abbreviations
{
    // Titles always precede a name, so their period never ends a sentence.
    private static readonly WordSet Titles = new(
        [
            "Mr", "Mrs", "Ms", "Mx", "Dr", "Prof", "Sen", "Rep", "Reps", "Sens", "Gov", "Lt", "Gen", "Col", "Sgt", "Capt",
            "Cmdr", "Adm", "Maj", "Rev", "Hon", "Pres", "Supt", "Det", "Insp", "St", "Mt", "Ft", "Atty", "Amb", "Gens",
        ],
        StringComparer.Ordinal);

    private static readonly WordSet Months = new(
        ["Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec"],
        StringComparer.Ordinal);

    // These can close a sentence ("... for Acme Inc."), so they only hold it open before a non-starter word.
    private static readonly WordSet Ambiguous = new(
        [
            "Inc", "Corp", "Co", "Ltd", "Jr", "Sr", "etc", "vs", "No", "Nos", "approx", "Ave", "Blvd", "Dept", "Univ",
            "est", "Fig", "al", "Bros", "Mass", "Calif", "Fla", "Wash", "Ariz", "Colo", "Conn", "Ill", "Ind", "Kan",
            "Ky", "La", "Md", "Mich", "Minn", "Miss", "Mo", "Mont", "Neb", "Nev", "Okla", "Ore", "Pa", "Penn", "Tenn",
            "Tex", "Va", "Vt", "Wis", "Wyo",
        ],
        StringComparer.Ordinal);

    public static bool IsTitle(ReadOnlySpan<char> word) => Titles.Contains(word);

    public static bool IsMonth(ReadOnlySpan<char> word) => Months.Contains(word);

    public static bool IsAmbiguous(ReadOnlySpan<char> word) => Ambiguous.Contains(word);

    /// <summary>Whether a token ending in a period keeps it as part of the word ("Sen.", "U.S.", "J.", "Inc.").</summary>
    public static bool KeepsPeriod(ReadOnlySpan<char> wordWithoutPeriod)
    {
        if (wordWithoutPeriod.IsEmpty)
        {
            return false;
        }

        if (wordWithoutPeriod.Length == 1)
        {
            return char.IsUpper(wordWithoutPeriod[0]);
        }

        return wordWithoutPeriod.Contains('.') || IsTitle(wordWithoutPeriod) || IsAmbiguous(wordWithoutPeriod);
    }
}
