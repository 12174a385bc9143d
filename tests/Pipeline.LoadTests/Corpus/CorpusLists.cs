namespace Pipeline.LoadTests.Corpus;

/// <summary>
/// The vocabulary of the generated corpus: who, what and where the articles name, and who publishes them. The people
/// and companies are invented; the places and public institutions are real, as news copy names them. Order matters:
/// the generator draws from each list by a Zipf law over its position, so the first entries are the hot ones.
/// </summary>
internal static class CorpusLists
{
    public static readonly string[] FirstNames =
    [
        "Maria", "James", "Elena", "David", "Priya", "Thomas", "Grace", "Yusuf", "Laura", "Kenji", "Sofia", "Peter",
        "Amara", "Lukas", "Nadia", "Oscar", "Hannah", "Rafael", "Ingrid", "Samuel", "Claire", "Ahmed", "Julia", "Daniel",
        "Fatima", "Martin", "Olivia", "Victor", "Chloe", "Andrew", "Leila", "Robert", "Emma", "Carlos", "Irene", "Michael",
        "Aisha", "Stefan", "Naomi", "George",
    ];

    public static readonly string[] LastNames =
    [
        "Alvarez", "Okafor", "Lindqvist", "Moreau", "Castillo", "Novak", "Brennan", "Haddad", "Kowalski", "Tanaka",
        "Ferreira", "Gallagher", "Mensah", "Horvath", "Petrov", "Delgado", "Whitfield", "Nakamura", "Adeyemi", "Quinn",
        "Varga", "Sorensen", "Harrington", "Mbeki", "Rossi", "Fischer", "Osei", "Kaplan", "Duarte", "Hollis",
        "Sato", "Barrett", "Ekström", "Grant", "Mahmoud", "Caldwell", "Ivanova", "Morales", "Pearce", "Lindgren",
    ];

    /// <summary>Titles some people carry on first mention, as copy writes them.</summary>
    public static readonly string[] Titles =
    [
        "Sen.", "Gov.", "Mayor", "Dr.", "Finance Minister", "Prime Minister", "President", "Rep.", "Judge", "Chief Executive",
    ];

    public static readonly string[] Organizations =
    [
        "the European Commission", "the World Bank", "the International Monetary Fund", "the United Nations",
        "the Federal Reserve", "the European Central Bank", "the World Health Organization", "Northwind Energy",
        "Harbor Logistics", "Crestline Bank", "Atlas Motors", "Blue Ridge Pharmaceuticals", "the Red Cross",
        "the Department of Transportation", "Meridian Airlines", "Solano Mining", "Greenfield Foods", "Ironbridge Capital",
        "the National Weather Service", "the Supreme Court", "Vantage Telecom", "Pioneer Steel", "Lakeshore Health",
        "the Environmental Protection Agency", "the Bank of England", "Silverline Rail", "Orion Software", "Cobalt Networks",
        "the African Union", "the Organization of American States", "Redwood Insurance", "Summit Chemicals",
        "Kestrel Aerospace", "the Port Authority", "Beacon Retail", "Halcyon Media", "Granite Construction Group",
        "the University of Toronto", "the Chamber of Commerce", "Tidewater Shipping", "Aurora Biotech", "Keystone Power",
        "the Food and Drug Administration", "the Securities and Exchange Commission", "Marlow Textiles", "Northgate Partners",
        "the Ministry of Health", "Evergreen Farms", "Cardinal Trust", "Falcon Semiconductors", "the Asian Development Bank",
        "Westbrook University", "Sterling Water", "the Transit Authority", "Pinnacle Hotels", "Riverstone Energy",
        "Copperfield Labs", "Starboard Logistics", "the Central Statistics Office", "Brightwater Utilities",
    ];

    public static readonly string[] Places =
    [
        "Washington", "London", "Brussels", "Berlin", "Paris", "Tokyo", "Beijing", "New York", "Lagos", "Nairobi",
        "Toronto", "Sydney", "Madrid", "Rome", "Mexico City", "Sao Paulo", "Mumbai", "Seoul", "Istanbul", "Cairo",
        "Chicago", "Los Angeles", "Houston", "Warsaw", "Vienna", "Stockholm", "Dublin", "Lisbon", "Athens", "Prague",
        "Johannesburg", "Accra", "Jakarta", "Manila", "Bangkok", "Hanoi", "Buenos Aires", "Santiago", "Lima", "Bogota",
        "Ottawa", "Montreal", "Vancouver", "Boston", "Atlanta", "Miami", "Denver", "Seattle", "Phoenix", "Detroit",
        "Germany", "France", "Japan", "China", "Nigeria", "Kenya", "Canada", "Australia", "Spain", "Italy", "Mexico",
        "Brazil", "India", "South Korea", "Turkey", "Egypt", "Poland", "Austria", "Sweden", "Ireland", "Portugal",
        "Greece", "Ghana", "Indonesia", "Vietnam", "Argentina", "Chile", "Peru", "Colombia", "Ukraine", "Norway",
        "Finland", "Denmark", "Morocco", "Ethiopia", "Texas", "California", "Florida", "Ohio", "Scotland", "Wales",
    ];

    /// <summary>Places written in upper case in a dateline (cities only).</summary>
    public static readonly string[] DatelineCities =
    [
        "WASHINGTON", "LONDON", "BRUSSELS", "BERLIN", "PARIS", "TOKYO", "NEW YORK", "LAGOS", "NAIROBI", "TORONTO",
        "SYDNEY", "MADRID", "ROME", "CHICAGO", "WARSAW", "VIENNA", "STOCKHOLM", "DUBLIN", "ATHENS", "SEOUL",
    ];

    /// <summary>Publishers as the parser knows them (its outlet list), the hot ones first.</summary>
    public static readonly string[] Outlets =
    [
        "Reuters", "Associated Press", "CNN", "NBC News", "BBC News", "Bloomberg", "AFP", "The Guardian", "CBS News",
        "ABC News", "NPR", "Politico", "Axios", "Al Jazeera", "UPI",
    ];

    /// <summary>The outlet as a dateline abbreviates it.</summary>
    public static string DatelineForm(string outlet) => outlet switch
    {
        "Associated Press" => "AP",
        "BBC News" => "BBC",
        "NBC News" => "NBC",
        _ => outlet,
    };

    public static readonly string[] Reporters =
    [
        "Anna Whitcombe", "Marcus Feld", "Helen Achebe", "Tomas Reyes", "Kate Lindholm", "Omar Siddiqui", "Rachel Dunmore",
        "Felix Brandt", "Joanna Price", "Paolo Conti", "Sarah Kimani", "Ben Holloway", "Mei Lin", "Lucas Ortega",
    ];

    public static readonly string[] Weekdays = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];

    public static readonly string[] Months =
    [
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
    ];

    public static readonly string[] Topics =
    [
        "the budget", "the rail link", "the trade deal", "the merger", "the new tax", "the flood defences", "the pension reform",
        "the housing plan", "the energy bill", "the port expansion", "the health reform", "the wage agreement",
    ];
}
