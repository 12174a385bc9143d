using System.Text;

namespace Pipeline.Storage.Queries;

/// <summary>
/// Page tokens as the API hands them out: a position in storage, base64url-encoded behind a one-letter kind, so they
/// are opaque, safe in a URL, and a token of another kind or a mangled one is refused before it reaches storage.
/// </summary>
public static class PageToken
{
    public static string Encode(char kind, string position)
    {
        ArgumentNullException.ThrowIfNull(position);
        return kind + Convert.ToBase64String(Encoding.UTF8.GetBytes(position)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
    }

    /// <summary>The position a token of <paramref name="kind"/> holds, or null when it is not one.</summary>
    public static string? Decode(char kind, string token)
    {
        ArgumentNullException.ThrowIfNull(token);
        if (token.Length < 2 || token[0] != kind)
        {
            return null;
        }

        try
        {
            var base64 = token[1..].Replace('-', '+').Replace('_', '/');
            return Encoding.UTF8.GetString(Convert.FromBase64String(base64.PadRight(base64.Length + ((4 - (base64.Length % 4)) % 4), '=')));
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
