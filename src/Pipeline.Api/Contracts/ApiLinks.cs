using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace Pipeline.Api.Contracts;

/// <summary>
/// The links responses carry. Names go in one path segment, percent-encoded (a '/' in a blob name as <c>%2F</c>), so
/// every id round-trips whatever it holds.
/// </summary>
public static partial class ApiLinks
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

    /// <summary>
    /// A route value as the caller meant it, decoded exactly once from the request's raw target. Hosts decode a path
    /// before routing except for <c>%2F</c>, so decoding the route value again would turn a name that holds a literal
    /// <c>%2F</c> or <c>%20</c> (sent as <c>%252F</c>, <c>%2520</c>) into one with <c>/</c> or a space: another file.
    /// Falls back to <see cref="RouteValue(string)"/> where the host keeps no raw target.
    /// </summary>
    public static string RouteValue(HttpContext context, string value)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(value);
        if (value.Contains('%', StringComparison.Ordinal)
            && context.Features.Get<IHttpRequestFeature>()?.RawTarget is { Length: > 0 } raw)
        {
            var path = raw.Split('?', 2)[0];
            foreach (var segment in path.Split('/').Reverse())
            {
                // The segment the host turned into this route value: decoded as the host does, all but %2F.
                if (Uri.UnescapeDataString(EncodedSlash().Replace(segment, "%252F")) == value)
                {
                    return Uri.UnescapeDataString(segment);
                }
            }
        }

        return RouteValue(value);
    }

    [GeneratedRegex("%2[Ff]")]
    private static partial Regex EncodedSlash();
}
