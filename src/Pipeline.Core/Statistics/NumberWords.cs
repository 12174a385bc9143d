using System.Collections.Frozen;

namespace Pipeline.Core.Statistics;

/// <summary>Spelled-out numbers, ordinals and scale words.</summary>
internal static class NumberWords
{
    private static readonly FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> Units = Lookup(new Dictionary<string, int>
    {
        ["zero"] = 0, ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6, ["seven"] = 7,
        ["eight"] = 8, ["nine"] = 9, ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12, ["thirteen"] = 13, ["fourteen"] = 14,
        ["fifteen"] = 15, ["sixteen"] = 16, ["seventeen"] = 17, ["eighteen"] = 18, ["nineteen"] = 19,
    });

    private static readonly FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> Tens = Lookup(new Dictionary<string, int>
    {
        ["twenty"] = 20, ["thirty"] = 30, ["forty"] = 40, ["fifty"] = 50, ["sixty"] = 60, ["seventy"] = 70, ["eighty"] = 80, ["ninety"] = 90,
    });

    private static readonly FrozenDictionary<string, double>.AlternateLookup<ReadOnlySpan<char>> Scales = Lookup(new Dictionary<string, double>
    {
        ["thousand"] = 1e3, ["million"] = 1e6, ["billion"] = 1e9, ["trillion"] = 1e12,
    });

    private static readonly FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> Ordinals = Lookup(new Dictionary<string, int>
    {
        ["first"] = 1, ["second"] = 2, ["third"] = 3, ["fourth"] = 4, ["fifth"] = 5, ["sixth"] = 6, ["seventh"] = 7, ["eighth"] = 8,
        ["ninth"] = 9, ["tenth"] = 10, ["eleventh"] = 11, ["twelfth"] = 12, ["thirteenth"] = 13, ["fourteenth"] = 14,
        ["fifteenth"] = 15, ["sixteenth"] = 16, ["seventeenth"] = 17, ["eighteenth"] = 18, ["nineteenth"] = 19,
        ["twentieth"] = 20, ["thirtieth"] = 30, ["fortieth"] = 40, ["fiftieth"] = 50, ["sixtieth"] = 60, ["seventieth"] = 70,
        ["eightieth"] = 80, ["ninetieth"] = 90, ["hundredth"] = 100, ["thousandth"] = 1000,
    });

    public static bool TryUnit(ReadOnlySpan<char> word, out int value) => Units.TryGetValue(word, out value);

    public static bool TryTens(ReadOnlySpan<char> word, out int value) => Tens.TryGetValue(word, out value);

    public static bool TryScale(ReadOnlySpan<char> word, out double value) => Scales.TryGetValue(word, out value);

    public static bool TryOrdinal(ReadOnlySpan<char> word, out int value) => Ordinals.TryGetValue(word, out value);

    public static bool IsHundred(ReadOnlySpan<char> word) => word.Equals("hundred", StringComparison.OrdinalIgnoreCase);

    /// <summary>Whether the word starts a spelled-out number.</summary>
    public static bool StartsNumber(ReadOnlySpan<char> word) => Units.ContainsKey(word) || Tens.ContainsKey(word);

    private static FrozenDictionary<string, T>.AlternateLookup<ReadOnlySpan<char>> Lookup<T>(Dictionary<string, T> entries) =>
        entries.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
}
