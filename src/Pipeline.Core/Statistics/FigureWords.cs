using System.Collections.Frozen;

namespace Pipeline.Core.Statistics;

/// <summary>The word lists that give a number its kind, unit, currency, qualifier and role.</summary>
internal static class FigureWords
{
    /// <summary>Currency words written after an amount, with their ISO code and the factor to the main unit.</summary>
    private static readonly FrozenDictionary<string, (string Code, double Factor)>.AlternateLookup<ReadOnlySpan<char>> CurrencyWords =
        Lookup(new Dictionary<string, (string, double)>
        {
            ["dollar"] = ("USD", 1), ["dollars"] = ("USD", 1), ["euro"] = ("EUR", 1), ["euros"] = ("EUR", 1),
            ["pound"] = ("GBP", 1), ["pounds"] = ("GBP", 1), ["sterling"] = ("GBP", 1), ["yen"] = ("JPY", 1),
            ["yuan"] = ("CNY", 1), ["renminbi"] = ("CNY", 1), ["rupee"] = ("INR", 1), ["rupees"] = ("INR", 1),
            ["peso"] = ("MXN", 1), ["pesos"] = ("MXN", 1), ["franc"] = ("CHF", 1), ["francs"] = ("CHF", 1),
            ["ruble"] = ("RUB", 1), ["rubles"] = ("RUB", 1), ["rouble"] = ("RUB", 1), ["roubles"] = ("RUB", 1),
            ["cent"] = ("USD", 0.01), ["cents"] = ("USD", 0.01), ["pence"] = ("GBP", 0.01),
        });

    private static readonly FrozenSet<string> CurrencyCodes = FrozenSet.ToFrozenSet(
        ["USD", "EUR", "GBP", "JPY", "CNY", "CHF", "CAD", "AUD", "INR", "MXN", "RUB", "BRL", "HKD", "SEK", "NOK", "DKK"],
        StringComparer.Ordinal);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> CurrencyCodeLookup =
        CurrencyCodes.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Dollar prefixes (<c>US$</c>, <c>C$</c>) by the letters before the sign.</summary>
    private static readonly FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> DollarPrefixes =
        Lookup(new Dictionary<string, string> { ["US"] = "USD", ["C"] = "CAD", ["CA"] = "CAD", ["A"] = "AUD", ["AU"] = "AUD", ["HK"] = "HKD", ["NZ"] = "NZD", ["S"] = "SGD" });

    /// <summary>Units of measure by written form, to a canonical singular name.</summary>
    private static readonly FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> Units = Lookup(new Dictionary<string, string>
    {
        ["mile"] = "mile", ["miles"] = "mile", ["kilometer"] = "kilometer", ["kilometers"] = "kilometer", ["kilometre"] = "kilometer",
        ["kilometres"] = "kilometer", ["km"] = "kilometer", ["meter"] = "meter", ["meters"] = "meter", ["metre"] = "meter",
        ["metres"] = "meter", ["foot"] = "foot", ["feet"] = "foot", ["ft"] = "foot", ["inch"] = "inch", ["inches"] = "inch",
        ["yard"] = "yard", ["yards"] = "yard", ["centimeter"] = "centimeter", ["centimeters"] = "centimeter", ["cm"] = "centimeter",
        ["millimeter"] = "millimeter", ["millimeters"] = "millimeter", ["mm"] = "millimeter", ["acre"] = "acre", ["acres"] = "acre",
        ["hectare"] = "hectare", ["hectares"] = "hectare", ["lb"] = "pound", ["lbs"] = "pound", ["ounce"] = "ounce",
        ["ounces"] = "ounce", ["oz"] = "ounce", ["ton"] = "ton", ["tons"] = "ton", ["tonne"] = "tonne", ["tonnes"] = "tonne",
        ["kilogram"] = "kilogram", ["kilograms"] = "kilogram", ["kg"] = "kilogram", ["kilo"] = "kilogram", ["kilos"] = "kilogram",
        ["gram"] = "gram", ["grams"] = "gram", ["liter"] = "liter", ["liters"] = "liter", ["litre"] = "liter", ["litres"] = "liter",
        ["gallon"] = "gallon", ["gallons"] = "gallon", ["barrel"] = "barrel", ["barrels"] = "barrel", ["degree"] = "degree",
        ["degrees"] = "degree", ["mph"] = "mile per hour", ["knot"] = "knot", ["knots"] = "knot", ["megawatt"] = "megawatt",
        ["megawatts"] = "megawatt", ["MW"] = "megawatt", ["gigawatt"] = "gigawatt", ["gigawatts"] = "gigawatt", ["GW"] = "gigawatt",
        ["kilowatt"] = "kilowatt", ["kilowatts"] = "kilowatt", ["kWh"] = "kilowatt hour", ["calorie"] = "calorie",
        ["calories"] = "calorie", ["gigabyte"] = "gigabyte", ["gigabytes"] = "gigabyte", ["GB"] = "gigabyte",
        ["terabyte"] = "terabyte", ["terabytes"] = "terabyte", ["TB"] = "terabyte", ["megabyte"] = "megabyte",
        ["megabytes"] = "megabyte", ["MB"] = "megabyte", ["watt"] = "watt", ["watts"] = "watt", ["volt"] = "volt", ["volts"] = "volt",
    });

    /// <summary>Time units: the ISO 8601 duration letter and whether the span is a time of day (hours and less).</summary>
    private static readonly FrozenDictionary<string, (string Designator, int Multiplier, bool IsTime)>.AlternateLookup<ReadOnlySpan<char>> TimeUnits =
        Lookup(new Dictionary<string, (string, int, bool)>
        {
            ["second"] = ("S", 1, true), ["seconds"] = ("S", 1, true), ["minute"] = ("M", 1, true), ["minutes"] = ("M", 1, true),
            ["hour"] = ("H", 1, true), ["hours"] = ("H", 1, true), ["day"] = ("D", 1, false), ["days"] = ("D", 1, false),
            ["week"] = ("W", 1, false), ["weeks"] = ("W", 1, false), ["month"] = ("M", 1, false), ["months"] = ("M", 1, false),
            ["year"] = ("Y", 1, false), ["years"] = ("Y", 1, false), ["decade"] = ("Y", 10, false), ["decades"] = ("Y", 10, false),
            ["century"] = ("Y", 100, false), ["centuries"] = ("Y", 100, false),
        });

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> SingleQualifiers = Set(
        "about", "around", "approximately", "roughly", "nearly", "almost", "some", "over", "under", "estimated", "only", "just",
        "exactly", "below", "above", "circa", "approx", "upward", "upwards", "maybe", "perhaps");

    /// <summary>Two-word qualifiers, checked before the single words so "more than" wins over nothing.</summary>
    private static readonly (string First, string Second)[] PairQualifiers =
    [
        ("more", "than"), ("less", "than"), ("fewer", "than"), ("up", "to"), ("at", "least"), ("at", "most"), ("close", "to"),
        ("just", "over"), ("just", "under"), ("an", "estimated"), ("upwards", "of"), ("well", "over"), ("nearly", "all"),
    ];

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> IncreaseWords = Set(
        "increased", "increase", "increases", "increasing", "rose", "rise", "rises", "risen", "rising", "grew", "grow", "grows",
        "grown", "growing", "jumped", "jump", "jumps", "climbed", "climb", "climbs", "soared", "surged", "gained", "gain", "gains",
        "up", "raised", "hike", "growth", "spike", "boost");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> DecreaseWords = Set(
        "decreased", "decrease", "decreases", "decreasing", "fell", "fall", "falls", "fallen", "falling", "dropped", "drop",
        "drops", "declined", "decline", "declines", "plunged", "plunge", "slid", "dipped", "dip", "lost", "down", "cut", "cuts",
        "shrank", "shrunk", "slumped", "tumbled", "reduction", "loss", "slump");

    /// <summary>
    /// Words after which a number names something rather than counting it (<c>Flight 370</c>, <c>Title 42</c>); they
    /// must be capitalized, because lower-case "a section 30 miles long" is ordinary prose.
    /// </summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> IdentifierCues = Set(
        "no", "nos", "number", "flight", "route", "highway", "interstate", "room", "suite", "apt", "apartment", "section",
        "article", "chapter", "page", "proposition", "prop", "district", "precinct", "episode", "season", "volume", "vol",
        "gate", "terminal", "unit", "zip", "version", "level", "grade", "class", "category", "phase", "bill", "hr", "rule",
        "paragraph", "channel", "exit", "pier", "platform", "track", "row", "seat", "ward", "title", "act", "resolution",
        "amendment", "model", "figure", "table", "appendix", "game", "week", "day", "stage", "step", "part", "book", "item");

    /// <summary>The identifier cues that also work in lower case (<c>page 5</c>, <c>flight 370</c>).</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> LowerCaseIdentifierCues = Set(
        "page", "pages", "chapter", "section", "room", "flight", "route", "exit", "gate", "seat", "row", "platform", "precinct",
        "ward", "interstate", "highway", "apt", "suite", "no", "nos");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> StreetSuffixes = Set(
        "street", "st", "avenue", "ave", "road", "rd", "boulevard", "blvd", "lane", "ln", "drive", "dr", "way", "place", "pl",
        "court", "ct", "terrace", "parkway", "pkwy", "highway", "hwy", "square", "plaza", "circle", "alley", "broadway");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> PercentWords = Set("percent", "pct", "percentage");

    public static bool TryCurrencyWord(ReadOnlySpan<char> word, out string code, out double factor)
    {
        if (CurrencyWords.TryGetValue(word, out var entry))
        {
            (code, factor) = entry;
            return true;
        }

        (code, factor) = (string.Empty, 0);
        return false;
    }

    public static bool IsCurrencyCode(ReadOnlySpan<char> word) => CurrencyCodeLookup.Contains(word);

    public static string? CurrencySymbol(char symbol) => symbol switch
    {
        '$' => "USD",
        '€' => "EUR",
        '£' => "GBP",
        '¥' => "JPY",
        '₹' => "INR",
        '₩' => "KRW",
        '₽' => "RUB",
        '₣' => "CHF",
        _ => null,
    };

    /// <summary>The currency a nationality adjective picks before a currency word (<c>Swiss francs</c>, <c>Canadian dollars</c>).</summary>
    public static string? NationalCurrency(ReadOnlySpan<char> adjective) => adjective switch
    {
        "US" or "American" => "USD",
        "Canadian" => "CAD",
        "Australian" => "AUD",
        "Swiss" => "CHF",
        "Mexican" => "MXN",
        "Japanese" => "JPY",
        "Indian" => "INR",
        "Chinese" => "CNY",
        "Singapore" => "SGD",
        "Russian" => "RUB",
        "Brazilian" => "BRL",
        "Swedish" => "SEK",
        "Norwegian" => "NOK",
        "Danish" => "DKK",
        _ => null,
    };

    public static string? DollarPrefix(ReadOnlySpan<char> letters) => DollarPrefixes.TryGetValue(letters, out var code) ? code : null;

    public static bool TryUnit(ReadOnlySpan<char> word, out string unit) => Units.TryGetValue(word, out unit!);

    public static bool TryTimeUnit(ReadOnlySpan<char> word, out string designator, out int multiplier, out bool isTime)
    {
        if (TimeUnits.TryGetValue(word, out var entry))
        {
            (designator, multiplier, isTime) = entry;
            return true;
        }

        (designator, multiplier, isTime) = (string.Empty, 0, false);
        return false;
    }

    public static bool IsPercentWord(ReadOnlySpan<char> word) => PercentWords.Contains(word);

    public static bool IsSingleQualifier(ReadOnlySpan<char> word) => SingleQualifiers.Contains(word);

    public static ReadOnlySpan<(string First, string Second)> Pairs => PairQualifiers;

    /// <summary>+1 for a word of increase, −1 for one of decrease, 0 otherwise.</summary>
    public static int ChangeDirection(ReadOnlySpan<char> word) => IncreaseWords.Contains(word) ? 1 : DecreaseWords.Contains(word) ? -1 : 0;

    public static bool IsIdentifierCue(ReadOnlySpan<char> word) =>
        char.IsUpper(word[0]) ? IdentifierCues.Contains(word) : LowerCaseIdentifierCues.Contains(word);

    public static bool IsStreetSuffix(ReadOnlySpan<char> word) => StreetSuffixes.Contains(word);

    private static FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Set(params string[] words) =>
        words.ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    private static FrozenDictionary<string, T>.AlternateLookup<ReadOnlySpan<char>> Lookup<T>(Dictionary<string, T> entries) =>
        entries.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
}
