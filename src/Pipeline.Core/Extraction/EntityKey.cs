using Pipeline.Core.Model;

namespace Pipeline.Core.Extraction;

/// <summary>
/// Builds the stable cross-article key: a type prefix and the lower-case name, e.g. "person:donald trump". Keys are
/// lower-case by contract (they are stored and compared as-is downstream), so the casing is done per character with
/// the invariant culture.
/// </summary>
internal static class EntityKey
{
    public static string Create(EntityType type, string name)
    {
        var prefix = Prefix(type);
        return string.Create(prefix.Length + name.Length, (prefix, name), static (destination, state) =>
        {
            state.prefix.CopyTo(destination);
            var target = destination[state.prefix.Length..];
            for (var i = 0; i < state.name.Length; i++)
            {
                target[i] = char.ToLowerInvariant(state.name[i]);
            }
        });
    }

    public static string Prefix(EntityType type) => type switch
    {
        EntityType.Person => "person:",
        EntityType.Organization => "organization:",
        EntityType.Location => "location:",
        _ => "misc:",
    };
}
