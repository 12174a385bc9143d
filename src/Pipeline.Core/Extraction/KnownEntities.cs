using Pipeline.Core.Model;
using Pipeline.Core.Text;

namespace Pipeline.Core.Extraction;

/// <summary>A canonical entity that a surface form stands for.</summary>
internal sealed record KnownEntity(string Name, EntityType Type);

/// <summary>
/// Embedded world knowledge: well-known places, and aliases (acronyms, short forms) that fold into one canonical
/// name, so "ICE" and "Immigration and Customs Enforcement" count as one agency and "U.S." as "United States".
/// </summary>
internal static class KnownEntities
{
    private static readonly string[] PlaceList =
        [
            // Countries and regions
            "Afghanistan", "Albania", "Algeria", "Argentina", "Armenia", "Australia", "Austria", "Azerbaijan",
            "Bangladesh", "Belarus", "Belgium", "Belize", "Bolivia", "Bosnia", "Brazil", "Bulgaria", "Cambodia",
            "Cameroon", "Canada", "Chile", "China", "Colombia", "Congo", "Costa Rica", "Croatia", "Cuba", "Cyprus",
            "Czech Republic", "Denmark", "Dominican Republic", "Ecuador", "Egypt", "El Salvador", "England", "Estonia",
            "Ethiopia", "Finland", "France", "Georgia", "Germany", "Ghana", "Greece", "Guatemala", "Haiti", "Honduras",
            "Hungary", "Iceland", "India", "Indonesia", "Iran", "Iraq", "Ireland", "Israel", "Italy", "Jamaica", "Japan",
            "Jordan", "Kazakhstan", "Kenya", "Kosovo", "Kuwait", "Latvia", "Lebanon", "Libya", "Lithuania", "Malaysia",
            "Mali", "Mexico", "Moldova", "Mongolia", "Morocco", "Myanmar", "Nepal", "Netherlands", "New Zealand",
            "Nicaragua", "Niger", "Nigeria", "North Korea", "Norway", "Pakistan", "Palestine", "Panama", "Paraguay",
            "Peru", "Philippines", "Poland", "Portugal", "Qatar", "Romania", "Russia", "Rwanda", "Saudi Arabia",
            "Scotland", "Senegal", "Serbia", "Singapore", "Slovakia", "Somalia", "South Africa", "South Korea",
            "South Sudan", "Spain", "Sri Lanka", "Sudan", "Sweden", "Switzerland", "Syria", "Taiwan", "Thailand",
            "Tunisia", "Turkey", "Uganda", "Ukraine", "United Arab Emirates", "United Kingdom", "United States",
            "Uruguay", "Uzbekistan", "Venezuela", "Vietnam", "Wales", "Yemen", "Zambia", "Zimbabwe", "Gaza",
            "West Bank", "Central America", "Latin America", "South America", "North America", "Europe", "Asia",
            "Africa", "Middle East", "Caribbean", "Antarctica", "Arctic", "Balkans", "Scandinavia", "Puerto Rico",
            "Guam", "Capitol Hill", "Rio Grande", "Northern Triangle",

            // US states
            "Alabama", "Alaska", "Arizona", "Arkansas", "California", "Colorado", "Connecticut", "Delaware", "Florida",
            "Hawaii", "Idaho", "Illinois", "Indiana", "Iowa", "Kansas", "Kentucky", "Louisiana", "Maine", "Maryland",
            "Massachusetts", "Michigan", "Minnesota", "Mississippi", "Missouri", "Montana", "Nebraska", "Nevada",
            "New Hampshire", "New Jersey", "New Mexico", "New York", "North Carolina", "North Dakota", "Ohio",
            "Oklahoma", "Oregon", "Pennsylvania", "Rhode Island", "South Carolina", "South Dakota", "Tennessee", "Texas",
            "Utah", "Vermont", "Virginia", "Washington", "West Virginia", "Wisconsin", "Wyoming",

            // Large cities
            "New York City", "Los Angeles", "Chicago", "Houston", "Phoenix", "Philadelphia", "San Antonio", "San Diego",
            "Dallas", "San Jose", "Austin", "Jacksonville", "San Francisco", "Columbus", "Seattle", "Denver", "Boston",
            "Detroit", "Nashville", "Memphis", "Portland", "Las Vegas", "Baltimore", "Milwaukee", "Albuquerque",
            "Tucson", "Fresno", "Sacramento", "Atlanta", "Miami", "Orlando", "Tampa", "New Orleans", "Minneapolis",
            "St. Paul", "Cleveland", "Pittsburgh", "Cincinnati", "St. Louis", "Kansas City", "Charlotte", "Raleigh",
            "Richmond", "El Paso", "Tijuana", "Ciudad Juarez", "Mexico City", "Toronto", "Montreal", "Vancouver",
            "London", "Paris", "Berlin", "Madrid", "Rome", "Moscow", "Kyiv", "Kiev", "Beijing", "Shanghai", "Hong Kong",
            "Tokyo", "Seoul", "Delhi", "New Delhi", "Mumbai", "Karachi", "Dhaka", "Cairo", "Lagos", "Nairobi",
            "Johannesburg", "Istanbul", "Tehran", "Baghdad", "Jerusalem", "Tel Aviv", "Dubai", "Riyadh", "Sydney",
            "Melbourne", "Sao Paulo", "Rio de Janeiro", "Buenos Aires", "Lima", "Bogota", "Caracas", "Havana",
            "Brussels", "Geneva", "Vienna", "Warsaw", "Athens", "Stockholm", "Oslo", "Copenhagen", "Dublin", "Amsterdam",
            "Lisbon", "The Hague", "Bangkok", "Jakarta", "Manila", "Singapore City", "Kabul", "Islamabad", "Damascus", "Beirut",
        ];

    private static readonly KeyValuePair<string, KnownEntity>[] AliasList =
    [
        .. BuildAliases(
            (Location("United States"), ["US", "U.S.", "USA", "U.S.A.", "United States of America"]),
            (Location("United Kingdom"), ["UK", "U.K.", "Britain", "Great Britain"]),
            (Location("United Arab Emirates"), ["UAE", "U.A.E."]),
            (Location("Washington, D.C."), ["DC", "D.C.", "Washington, DC", "Washington D.C."]),
            (Location("New York City"), ["NYC"]),
            (Location("U.S. Capitol"), ["Capitol", "US Capitol", "United States Capitol"]),
            (Organization("United Nations"), ["UN", "U.N.", "United Nations"]),
            (Organization("European Union"), ["EU", "E.U.", "European Union"]),
            (Organization("Immigration and Customs Enforcement"), ["ICE", "U.S. Immigration and Customs Enforcement"]),
            (Organization("Department of Homeland Security"), ["DHS", "Homeland Security", "Homeland Security Department", "U.S. Department of Homeland Security"]),
            (Organization("Customs and Border Protection"), ["CBP", "U.S. Customs and Border Protection"]),
            (Organization("U.S. Border Patrol"), ["Border Patrol", "US Border Patrol", "United States Border Patrol"]),
            (Organization("U.S. Citizenship and Immigration Services"), ["USCIS", "Citizenship and Immigration Services"]),
            (Organization("White House"), []),
            (Organization("Federal Bureau of Investigation"), ["FBI"]),
            (Organization("Central Intelligence Agency"), ["CIA"]),
            (Organization("National Security Agency"), ["NSA"]),
            (Organization("Justice Department"), ["DOJ", "Department of Justice"]),
            (Organization("Department of Defense"), ["DOD", "DoD", "Defense Department"]),
            (Organization("State Department"), ["Department of State"]),
            (Organization("North Atlantic Treaty Organization"), ["NATO"]),
            (Organization("Republican Party"), ["GOP"]),
            (Organization("Internal Revenue Service"), ["IRS"]),
            (Organization("Federal Emergency Management Agency"), ["FEMA"]),
            (Organization("Centers for Disease Control and Prevention"), ["CDC"]),
            (Organization("World Health Organization"), ["WHO"]),
            (Organization("International Monetary Fund"), ["IMF"]),
            (Organization("American Civil Liberties Union"), ["ACLU"]),
            (Organization("Drug Enforcement Administration"), ["DEA"]),
            (Organization("Transportation Security Administration"), ["TSA"]),
            (Organization("Food and Drug Administration"), ["FDA"]),
            (Organization("Environmental Protection Agency"), ["EPA"]),
            (Organization("Securities and Exchange Commission"), ["SEC"]),
            (Organization("Federal Aviation Administration"), ["FAA"]),
            (Organization("National Institutes of Health"), ["NIH"]),

            // Party members and party adjectives are groups of people (MISC), the parties themselves organizations.
            (Misc("Democrats"), ["Democrat", "Democratic"]),
            (Misc("Republicans"), ["Republican"])),
    ];

    private static readonly WordMap<KnownEntity> Aliases = new(AliasList, StringComparer.Ordinal);

    // Every known name, places included, for the scan over an article's words.
    private static readonly WordMap<KnownEntity> Names = new(BuildNames(), StringComparer.Ordinal);

    // First words of the known names of two or more words, so the scan tries longer names only where one can start.
    private static readonly WordSet FirstWords = new(FirstWordsOfLongNames(), StringComparer.Ordinal);

    /// <summary>The most words a known name has.</summary>
    public static int MaxWords { get; } = AllNames().Max(static name => name.Split(' ').Length);

    public static bool TryGetAlias(ReadOnlySpan<char> surface, out KnownEntity entity) =>
        Aliases.TryGetValue(surface, out entity!);

    /// <summary>A known place, alias or acronym, with the name and type it stands for (places stand for themselves).</summary>
    public static bool TryGetKnown(ReadOnlySpan<char> surface, out KnownEntity entity) =>
        Names.TryGetValue(surface, out entity!);

    /// <summary>Whether a known name of two or more words starts with <paramref name="word"/>.</summary>
    public static bool StartsLongerName(ReadOnlySpan<char> word) => FirstWords.Contains(word);

    /// <summary>Whether the surface is a known place or alias; "US-Mexico" splits only when every part is one.</summary>
    public static bool IsKnown(ReadOnlySpan<char> surface) => Names.TryGetValue(surface, out _);

    private static KnownEntity Location(string name) => new(name, EntityType.Location);

    private static KnownEntity Organization(string name) => new(name, EntityType.Organization);

    private static KnownEntity Misc(string name) => new(name, EntityType.Misc);

    private static Dictionary<string, KnownEntity> BuildNames()
    {
        var names = new Dictionary<string, KnownEntity>(StringComparer.Ordinal);
        foreach (var place in PlaceList)
        {
            names[place] = Location(place);
        }

        // An alias wins over a place of the same spelling: "Washington, D.C." is the city, "Georgia" stays a place.
        foreach (var (alias, entity) in AliasList)
        {
            names[alias] = entity;
        }

        return names;
    }

    private static IEnumerable<string> AllNames() => PlaceList.Concat(AliasList.Select(static pair => pair.Key));

    private static IEnumerable<string> FirstWordsOfLongNames() =>
        AllNames().Where(static name => name.Contains(' ', StringComparison.Ordinal)).Select(static name => name[..name.IndexOf(' ', StringComparison.Ordinal)]).Distinct(StringComparer.Ordinal);

    private static IEnumerable<KeyValuePair<string, KnownEntity>> BuildAliases(params (KnownEntity Entity, string[] Aliases)[] groups)
    {
        foreach (var (entity, aliases) in groups)
        {
            yield return new(entity.Name, entity);
            foreach (var alias in aliases)
            {
                if (!string.Equals(alias, entity.Name, StringComparison.Ordinal))
                {
                    yield return new(alias, entity);
                }
            }
        }
    }
}
