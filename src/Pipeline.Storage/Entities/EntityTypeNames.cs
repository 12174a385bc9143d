using Pipeline.Core.Model;

namespace Pipeline.Storage.Entities;

/// <summary>The lower-case names entity types are stored and served under.</summary>
public static class EntityTypeNames
{
    public const string Person = "person";
    public const string Organization = "organization";
    public const string Location = "location";
    public const string Misc = "misc";

    public static IReadOnlyList<string> All { get; } = [Person, Organization, Location, Misc];

    public static string Of(EntityType type) => type switch
    {
        EntityType.Person => Person,
        EntityType.Organization => Organization,
        EntityType.Location => Location,
        _ => Misc,
    };
}
