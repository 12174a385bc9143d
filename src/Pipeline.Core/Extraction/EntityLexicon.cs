using Pipeline.Core.Text;

namespace Pipeline.Core.Extraction;

/// <summary>
/// The word lists behind the first, rule-based entity recognizer. They are deliberately compact: a trained model
/// replaces this recognizer later, and these lists only need to carry news text about people, agencies and places.
/// </summary>
internal static class EntityLexicon
{
    /// <summary>Lower-case words allowed inside a name when a capitalized word follows: "Department of Homeland Security".</summary>
    public static readonly WordSet Connectors = new(["of", "and", "for", "the"], StringComparer.Ordinal);

    /// <summary>Titles split a name sequence: what follows a title is the person, what precedes it stands alone.</summary>
    public static readonly WordSet Titles = new(
        [
            "President", "Vice", "Sen.", "Senator", "Rep.", "Representative", "Secretary", "Director", "Gov.",
            "Governor", "Mayor", "Mr.", "Mrs.", "Ms.", "Dr.", "Prof.", "Professor", "Judge", "Chairman", "Chairwoman",
            "Commissioner", "Attorney", "Prime", "Chancellor", "Pope", "Sheriff", "Chief", "Speaker", "Officer",
            "Ambassador", "Lt.", "Gen.", "Col.", "Sgt.", "Capt.", "Adm.", "Maj.", "Rev.", "Sir", "Dame", "Lord", "King",
            "Queen", "Prince", "Princess", "Deputy", "Majority", "Minority", "Leader", "Pres.", "Gov", "Sen",
            "Rep", "Mr", "Mrs", "Ms", "Dr",
        ],
        StringComparer.Ordinal);

    /// <summary>Words that continue a title but cannot start one: "Attorney General", "Prime Minister".</summary>
    public static readonly WordSet TitleContinuations = new(
        ["General", "Minister", "Justice", "Counsel", "Adviser", "Advisor", "Whip", "Nominee", "Candidate"],
        StringComparer.Ordinal);

    /// <summary>Modifiers stripped from the start of a name: "Former Homeland Security Secretary …".</summary>
    public static readonly WordSet Modifiers = new(
        ["Former", "Acting", "Outgoing", "Incoming", "Interim", "Then", "Late", "Ex", "Retired", "Current", "Embattled"],
        StringComparer.Ordinal);

    /// <summary>A name containing one of these is an organization.</summary>
    public static readonly WordSet OrganizationWords = new(
        [
            "Department", "Agency", "Enforcement", "Administration", "Institute", "Court", "Congress", "Senate", "House",
            "Patrol", "Office", "Inc", "Inc.", "Corp", "Corp.", "Co.", "LLC", "Ltd", "Ltd.", "News", "Party",
            "University", "College", "Council", "Bureau", "Service", "Services", "Commission", "Committee",
            "Association", "Foundation", "Center", "Centre", "Union", "Organization", "Organisation", "Ministry", "Board",
            "Authority", "Group", "Company", "Bank", "Police", "Army", "Navy", "Force", "Guard", "Security", "Protection",
            "Times", "Post", "Journal", "Network", "Project", "Coalition", "Federation", "Society", "Fund", "Church",
            "School", "Hospital", "Assembly", "Parliament", "Cabinet", "Pentagon", "Legislature", "Campaign", "Caucus",
            "Corporation", "Centers", "Airlines", "Press", "Reserve", "Academy", "Alliance",
        ],
        StringComparer.Ordinal);

    /// <summary>Names that start or end with these are events, laws or programs, not people.</summary>
    public static readonly WordSet MiscellaneousHeads = new(["Operation", "Title", "Article", "Section"], StringComparer.Ordinal);

    public static readonly WordSet MiscellaneousTails = new(
        ["Act", "Day", "War", "Prize", "Award", "Awards", "Amendment", "Program", "Games", "Cup", "Olympics", "Storm", "Hurricane"],
        StringComparer.Ordinal);

    public static readonly WordSet Weekdays = new(
        ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
        StringComparer.Ordinal);

    public static readonly WordSet Months = new(
        [
            "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
            "November", "December", "Jan", "Feb", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
        ],
        StringComparer.Ordinal);

    /// <summary>Months that are also given names, kept when they continue a name: "Theresa May".</summary>
    public static readonly WordSet NameMonths = new(["May", "June", "April", "August"], StringComparer.Ordinal);

    /// <summary>All-caps words that are not acronyms of anything worth extracting.</summary>
    public static readonly WordSet NonAcronyms = new(
        ["OK", "TV", "AM", "PM", "ID", "AI", "OMG", "LOL", "II", "III", "IV", "VI", "NO", "YES", "THE", "AND"],
        StringComparer.Ordinal);
}
