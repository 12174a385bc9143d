using Pipeline.Core.Text;

namespace Pipeline.Core.Extraction.Recognition;

/// <summary>Turns a place written in capitals (a dateline's <c>ST. PAUL</c>, <c>MN</c>, <c>DC</c>) into its usual name.</summary>
internal static class PlaceNames
{
    private static readonly WordMap<string> StateAbbreviations = new(
        new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["AL"] = "Alabama", ["AK"] = "Alaska", ["AZ"] = "Arizona", ["AR"] = "Arkansas", ["CA"] = "California",
            ["CO"] = "Colorado", ["CT"] = "Connecticut", ["DE"] = "Delaware", ["FL"] = "Florida", ["GA"] = "Georgia",
            ["HI"] = "Hawaii", ["ID"] = "Idaho", ["IL"] = "Illinois", ["IN"] = "Indiana", ["IA"] = "Iowa", ["KS"] = "Kansas",
            ["KY"] = "Kentucky", ["LA"] = "Louisiana", ["ME"] = "Maine", ["MD"] = "Maryland", ["MA"] = "Massachusetts",
            ["MI"] = "Michigan", ["MN"] = "Minnesota", ["MS"] = "Mississippi", ["MO"] = "Missouri", ["MT"] = "Montana",
            ["NE"] = "Nebraska", ["NV"] = "Nevada", ["NH"] = "New Hampshire", ["NJ"] = "New Jersey", ["NM"] = "New Mexico",
            ["NY"] = "New York", ["NC"] = "North Carolina", ["ND"] = "North Dakota", ["OH"] = "Ohio", ["OK"] = "Oklahoma",
            ["OR"] = "Oregon", ["PA"] = "Pennsylvania", ["RI"] = "Rhode Island", ["SC"] = "South Carolina",
            ["SD"] = "South Dakota", ["TN"] = "Tennessee", ["TX"] = "Texas", ["UT"] = "Utah", ["VT"] = "Vermont",
            ["VA"] = "Virginia", ["WA"] = "Washington", ["WV"] = "West Virginia", ["WI"] = "Wisconsin", ["WY"] = "Wyoming",
        },
        StringComparer.Ordinal);

    public static string FromCapitals(ReadOnlySpan<char> place)
    {
        if (KnownEntities.TryGetAlias(place, out var known))
        {
            return known.Name;
        }

        if (StateAbbreviations.TryGetValue(place, out var state))
        {
            return state;
        }

        Span<char> cased = place.Length <= 64 ? stackalloc char[place.Length] : new char[place.Length];
        var wordStart = true;
        for (var i = 0; i < place.Length; i++)
        {
            var c = place[i];
            cased[i] = wordStart ? c : char.ToLowerInvariant(c);
            wordStart = !char.IsLetter(c) && c != '\'';
        }

        return KnownEntities.TryGetAlias(cased, out known) ? known.Name : new string(cased);
    }
}
