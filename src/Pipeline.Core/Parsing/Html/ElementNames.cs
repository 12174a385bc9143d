using AngleSharp.Dom;

namespace Pipeline.Core.Parsing.Html;

/// <summary>Reads an element's <c>class</c> and <c>id</c> as one bounded, lower-case string for pattern matching.</summary>
internal static class ElementNames
{
    // Class and id values past this length are generated noise; a megabyte attribute must not cost a megabyte copy.
    private const int MaxNameChars = 200;

    public static string ClassAndId(IElement element)
    {
        var className = element.GetAttribute("class");
        var id = element.GetAttribute("id");
        if (string.IsNullOrEmpty(className) && string.IsNullOrEmpty(id))
        {
            return string.Empty;
        }

        // One space between values, whatever white space the page used, so that values can be split on it.
        var names = string.Concat(Bounded(className), " ", Bounded(id)).ToLowerInvariant();
        return names.AsSpan().ContainsAny('\t', '\n', '\r') ? names.Replace('\t', ' ').Replace('\n', ' ').Replace('\r', ' ') : names;
    }

    public static ReadOnlySpan<char> Bounded(string? value) =>
        value is null ? [] : value.AsSpan(0, Math.Min(value.Length, MaxNameChars));

    /// <summary>Whether <paramref name="names"/> contains <paramref name="token"/> as a whole word (between non-letters).</summary>
    public static bool HasToken(string names, string token)
    {
        var at = names.IndexOf(token, StringComparison.Ordinal);
        while (at >= 0)
        {
            var end = at + token.Length;
            if ((at == 0 || !char.IsAsciiLetter(names[at - 1])) && (end == names.Length || !char.IsAsciiLetter(names[end])))
            {
                return true;
            }

            at = names.IndexOf(token, at + 1, StringComparison.Ordinal);
        }

        return false;
    }
}
