namespace Pipeline.Core.Parsing.Metadata;

/// <summary>
/// Turns a byline or author field into author names: <c>By Jane Doe and John Roe, CNN</c> → Jane Doe, John Roe.
/// </summary>
internal static class Bylines
{
    private const int MaxAuthors = 20;
    private const int MaxNameLength = 100;

    public static IReadOnlyList<string> Split(string? byline, string? source = null)
    {
        if (string.IsNullOrWhiteSpace(byline))
        {
            return [];
        }

        var text = string.Join(' ', byline.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        if (text.StartsWith("By ", StringComparison.OrdinalIgnoreCase))
        {
            text = text[3..];
        }

        var names = new List<string>();
        foreach (var part in text.Split([",", ";", " and ", " & ", "|"], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var name = part.StartsWith("and ", StringComparison.OrdinalIgnoreCase) ? part[4..].Trim() : part;
            if (name.Length is 0 or > MaxNameLength || name.StartsWith("http", StringComparison.OrdinalIgnoreCase)
                || (source is not null && name.Equals(source, StringComparison.OrdinalIgnoreCase))
                || !name.Any(char.IsLetter) || names.Contains(name, StringComparer.OrdinalIgnoreCase))
            {
                continue;
            }

            names.Add(name);
            if (names.Count == MaxAuthors)
            {
                break;
            }
        }

        return names;
    }
}
