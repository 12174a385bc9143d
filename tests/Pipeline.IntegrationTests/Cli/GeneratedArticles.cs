using System.Globalization;

namespace Pipeline.IntegrationTests.Cli;

/// <summary>Small, distinct news articles written to a folder, for drops of many files.</summary>
internal static class GeneratedArticles
{
    private static readonly string[] FirstNames = ["Anna", "Marcus", "Elena", "David", "Priya", "Tomas", "Grace", "Yusuf", "Laura", "Kenji", "Sofia", "Peter", "Amara", "Lukas", "Nadia", "Oscar", "Hannah", "Rafael", "Ingrid", "Samuel"];
    private static readonly string[] LastNames = ["Schmidt", "Okafor", "Lindqvist", "Moreau", "Castillo", "Novak", "Brennan", "Haddad", "Kowalski", "Tanaka", "Ferreira", "Gallagher", "Mensah", "Horvath", "Petrov", "Delgado", "Whitfield", "Nakamura", "Adeyemi", "Bergström", "Quinn", "Varga"];
    private static readonly string[] Cities = ["Springfield", "Dresden", "Lyon", "Porto", "Gdansk", "Tampere", "Leeds", "Valencia", "Graz", "Utrecht", "Bologna", "Aarhus", "Cork", "Brno", "Malmo"];
    private static readonly string[] Organizations = ["the Ministry of Transport", "the European Commission", "the Red Cross", "the World Bank", "the National Weather Service", "the University of Leeds", "the Port Authority", "the Chamber of Commerce"];
    private static readonly string[] Topics = ["bridge repairs", "the new tram line", "flood defences", "the harbour expansion", "school funding", "the water supply", "a housing plan", "the airport runway"];

    /// <summary>Writes <paramref name="count"/> plain-text articles named <c>article-000.txt</c>… into <paramref name="folder"/>.</summary>
    public static void Write(DirectoryInfo folder, int count)
    {
        folder.Create();
        for (var i = 0; i < count; i++)
        {
            File.WriteAllText(Path.Combine(folder.FullName, string.Create(CultureInfo.InvariantCulture, $"article-{i:D3}.txt")), Article(i));
        }
    }

    /// <summary>The text of article <paramref name="i"/>, as <see cref="Write"/> writes it.</summary>
    public static string Article(int i)
    {
        var person = $"{FirstNames[i % FirstNames.Length]} {LastNames[i / FirstNames.Length % LastNames.Length]}";
        var other = $"{FirstNames[(i * 7 + 3) % FirstNames.Length]} {LastNames[(i * 5 + 1) % LastNames.Length]}";
        var city = Cities[i % Cities.Length];
        var organization = Organizations[i % Organizations.Length];
        var topic = Topics[(i / 3) % Topics.Length];
        return string.Create(CultureInfo.InvariantCulture, $"""
            Council in {city} approves {topic}, report {i}

            {city} (Reuters) - The city council of {city} voted on Tuesday to go ahead with {topic}, after months of debate, Mayor {person} said.

            "This is a good day for everyone who lives here," {person} told reporters outside the town hall. The project is expected to cost {10 + i % 90} million euros and to take {2 + i % 4} years.

            {other}, who advises {organization}, said the plan had been reviewed twice. "We looked at every number again," {other} said, adding that work could start in the spring.

            Residents of {city} will be able to comment on the plan until the end of the month.
            """);
    }
}
