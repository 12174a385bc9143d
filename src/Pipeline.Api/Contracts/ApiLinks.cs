namespace Pipeline.Api.Contracts;

/// <summary>
/// The links responses carry. Names go in one path segment, percent-encoded (a '/' in a blob name as <c>%2F</c>), so
/// every id round-trips whatever it holds.
/// </summary>
public static class ApiLinks
{
    public const string Root = "/" + ApiRoutes.Prefix + "/";

    /// <summary>The link of an entity whose key is <c>type:name</c>.</summary>
    public static string Entity(string key, string type)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(type);
        var name = key.StartsWith(type + ":", StringComparison.Ordinal) ? key[(type.Length + 1)..] : key;
        return Root + "entities/" + Uri.EscapeDataString(type) + "/" + Uri.EscapeDataString(name);
    }

    public static string Article(string id) => Root + "articles/" + Uri.EscapeDataString(id);

    public static string File(string name) => Root + "files/" + Uri.EscapeDataString(name);

    /// <summary>A route value as the caller meant it: hosts leave <c>%2F</c> encoded in a segment.</summary>
    public static string RouteValue(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return value.Contains('%', StringComparison.Ordinal) ? Uri.UnescapeDataString(value) : value;
    }
}
