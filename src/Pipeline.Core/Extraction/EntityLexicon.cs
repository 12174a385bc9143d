using Pipeline.Core.Text;

namespace Pipeline.Core.Extraction;

/// <summary>
/// The word lists behind the rules that correct and complete the statistical tagger: titles that are not part of a
/// person's name, words that make a name an organization or a place, and words that are never names.
/// </summary>
internal static class EntityLexicon
{
    /// <summary>Lower-case words that join the parts of one name: "Department of Homeland Security", "University of".</summary>
    public static readonly WordSet Connectors = new(["of", "and", "for", "the", "de", "del", "da", "du"], StringComparer.Ordinal);

    /// <summary>Lower-case particles that begin names: "al Qaida", "bin Laden", "van Gogh", "de Villepin".</summary>
    public static readonly WordSet NameParticles = new(
        ["al", "el", "bin", "ibn", "abu", "van", "von", "de", "da", "di", "du", "del", "della", "le", "la", "ben"],
        StringComparer.Ordinal);

    /// <summary>Titles and roles: never part of a person's name, kept as the person's title.</summary>
    public static readonly WordSet Titles = new(
        [
            "President", "Vice", "Sen.", "Senator", "Rep.", "Representative", "Secretary", "Director", "Gov.",
            "Governor", "Mayor", "Mr.", "Mrs.", "Ms.", "Dr.", "Prof.", "Professor", "Judge", "Chairman", "Chairwoman",
            "Commissioner", "Attorney", "Prime", "Chancellor", "Pope", "Sheriff", "Chief", "Speaker", "Officer",
            "Ambassador", "Lt.", "Gen.", "Col.", "Sgt.", "Capt.", "Adm.", "Maj.", "Rev.", "Sir", "Dame", "Lord", "King",
            "Queen", "Prince", "Princess", "Deputy", "Majority", "Minority", "Leader", "Pres.", "Gov", "Sen",
            "Rep", "Mr", "Mrs", "Ms", "Dr", "Sens.", "Reps.", "Commander", "Superintendent", "Secretary-General", "Rabbi",
            "Imam", "Pastor", "Bishop", "Archbishop", "Cardinal", "Reverend",
        ],
        StringComparer.Ordinal);

    /// <summary>
    /// Military ranks: a title before a person ("Major Steve Warren"), but also the first word of other names ("Major
    /// League Baseball", "General Motors"), so they leave only a person's span.
    /// </summary>
    public static readonly WordSet Ranks = new(
        ["Major", "General", "Lieutenant", "Colonel", "Captain", "Sergeant", "Corporal", "Private", "Admiral", "Commander", "Marshal"],
        StringComparer.Ordinal);

    /// <summary>Titles that are also surnames or name parts ("Martin Luther King"), so they never split a tagged person.</summary>
    public static readonly WordSet NameLikeTitles = new(
        [
            "King", "Queen", "Prince", "Princess", "Lord", "Sir", "Dame", "Pope", "Judge", "Chief", "Leader", "Deputy",
            "Majority", "Minority", "Prime", "Vice", "Speaker",
        ],
        StringComparer.Ordinal);

    /// <summary>Titles that only ever precede a person, so the capitalized words after them are a name even untagged.</summary>
    public static readonly WordSet PersonalTitles = new(
        [
            "Sen.", "Senator", "Rep.", "Representative", "Gov.", "Governor", "Mr.", "Mrs.", "Ms.", "Dr.", "Prof.",
            "President", "Mayor", "Judge", "Lt.", "Gen.", "Col.", "Sgt.", "Capt.", "Adm.", "Maj.", "Rev.", "Sens.", "Reps.",
            "Rabbi", "Imam", "Pastor", "Bishop", "Archbishop", "Cardinal", "Reverend",
        ],
        StringComparer.Ordinal);

    /// <summary>Words that continue a title but cannot start one: "Attorney General", "Prime Minister".</summary>
    public static readonly WordSet TitleContinuations = new(
        ["General", "Minister", "Justice", "Counsel", "Adviser", "Advisor", "Whip", "Nominee", "Candidate", "President"],
        StringComparer.Ordinal);

    /// <summary>Modifiers of a title, stripped from the start of a name: "Former Homeland Security Secretary …".</summary>
    public static readonly WordSet Modifiers = new(
        ["Former", "Acting", "Outgoing", "Incoming", "Interim", "Then", "Late", "Ex", "Retired", "Current", "Embattled"],
        StringComparer.Ordinal);

    /// <summary>A name ending in one of these is complete as an organization ("U.S. Border Patrol" stays whole).</summary>
    public static readonly WordSet OrganizationWords = new(
        [
            "Department", "Agency", "Enforcement", "Administration", "Institute", "Court", "Congress", "Senate", "House",
            "Patrol", "Office", "Inc", "Inc.", "Corp", "Corp.", "Co.", "LLC", "Ltd", "Ltd.", "News", "Party",
            "University", "College", "Council", "Bureau", "Service", "Services", "Commission", "Committee",
            "Association", "Foundation", "Center", "Centre", "Union", "Organization", "Organisation", "Ministry", "Board",
            "Authority", "Group", "Company", "Bank", "Police", "Army", "Navy", "Force", "Guard", "Security", "Protection",
            "Times", "Post", "Journal", "Network", "Project", "Coalition", "Federation", "Society", "Fund", "Church",
            "School", "Hospital", "Assembly", "Parliament", "Cabinet", "Pentagon", "Legislature", "Campaign", "Caucus",
            "Corporation", "Centers", "Airlines", "Press", "Reserve", "Academy", "Alliance", "Review", "Program",
        ],
        StringComparer.Ordinal);

    /// <summary>
    /// Heads of organizations that take a nationality into their name ("American Immigration Council",
    /// "American Civil Liberties Union"), unlike ministries and armies ("Iraqi Interior Ministry").
    /// </summary>
    public static readonly WordSet GroupHeads = new(
        [
            "Council", "Union", "Association", "Institute", "Society", "Foundation", "Federation", "Coalition", "League",
            "Academy", "Center", "Centre", "Alliance", "Network", "Fund", "Conference", "Chamber",
        ],
        StringComparer.Ordinal);

    /// <summary>A name ending in one of these is a place or building: "Treaty Room", "Central Park", "Rio Grande Valley".</summary>
    public static readonly WordSet FacilityHeads = new(
        [
            "Room", "Hall", "Square", "Park", "Street", "Avenue", "Boulevard", "Road", "Bridge", "Building", "Tower",
            "Airport", "Station", "Mountain", "Mountains", "River", "Lake", "Island", "Islands", "Bay", "Valley",
            "Canyon", "Desert", "Ocean", "Sea", "Beach", "County", "Province", "Plaza", "Stadium", "Arena", "Harbor",
            "Delta", "Peninsula", "Strait", "Gulf", "Coast", "Basin", "Plateau", "Channel", "Strip", "Hills", "Falls",
        ],
        StringComparer.Ordinal);

    /// <summary>Names that start with these are events or operations: "Operation Border Guardian".</summary>
    public static readonly WordSet MiscellaneousHeads = new(["Operation"], StringComparer.Ordinal);

    /// <summary>Words after a name that make it a person's: "the Biden administration", "Obama's presidency".</summary>
    public static readonly WordSet PersonContext = new(
        ["administration", "administrations", "presidency", "era"],
        StringComparer.Ordinal);

    /// <summary>
    /// Capitalized words the tagger sometimes takes for names that never are: imperatives of video headlines
    /// ("See Border Patrol rescue …") and player labels.
    /// </summary>
    public static readonly WordSet NeverNames = new(
        ["See", "Watch", "Read", "Listen", "Start", "Meet", "Here", "Now", "Photo", "Photos", "Video", "Image", "Images", "Getty", "Pool"],
        StringComparer.Ordinal);
}
