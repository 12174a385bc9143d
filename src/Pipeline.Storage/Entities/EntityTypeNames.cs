using Pipeline.Core.Model;

namespace Pipeline.Storage.Entities;

/// <summary>The lower-case names entity types are stored and served under.</summary>
public static class EntityTypeNames
{
    public const string Person = "person";
    public const string Organization = "organization";
    public const string Location = "location";
    public const string Misc = "misc";

    /// <summary>
    /// Publishers are counted like entities (one per source, its articles as the count) so that top sources come
    /// from the same exactly-once ledger and leaderboard; they are ranked only among themselves, never in the
    /// overall entity ranking, and are not one of <see cref="All"/>.
    /// </summary>
    public const string Source = "source";

    public static IReadOnlyList<string> All { get; } = [Person, Organization, Location, Misc];

    public static string Of(EntityType type) => type switch
    {
        EntityType.Person => Person,
        EntityType.Organization => Organization,
        EntityType.Location => Location,
        _ => Misc,
    };
}
