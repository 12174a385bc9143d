namespace Pipeline.Core.Extraction;

/// <summary>
/// The full names of an article's people, indexed by their shorter forms: the last word ("Trump" → Donald Trump,
/// "Bush-Joseph" → Kathleen Bush-Joseph), any shorter ending ("Taylor Greene" → Marjorie Taylor Greene) and, failing
/// those, the first name ("Erin" → Erin Spiceland). A short form two full names share (Joe and Hunter Biden) folds
/// into neither.
/// </summary>
internal sealed class PersonNames
{
    private readonly Dictionary<string, string?> fullNames = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string?> byFirstName = new(StringComparer.Ordinal);

    private PersonNames()
    {
    }

    /// <summary>Indexes the distinct names of an article's people.</summary>
    public static PersonNames Index(IEnumerable<string> names)
    {
        var index = new PersonNames();
        foreach (var name in names)
        {
            for (var space = name.IndexOf(' ', StringComparison.Ordinal); space >= 0; space = name.IndexOf(' ', space + 1))
            {
                index.Add(name[(space + 1)..], name);
            }

            var firstSpace = name.IndexOf(' ', StringComparison.Ordinal);
            if (firstSpace > 0)
            {
                var firstName = name[..firstSpace];
                index.byFirstName[firstName] = index.byFirstName.TryGetValue(firstName, out var other) && other != name ? null : name;
            }
        }

        return index;
    }

    /// <summary>The full name a person's name folds into, and whether it stays a bare single name.</summary>
    public (string Name, bool Bare) FullName(string name)
    {
        if (fullNames.TryGetValue(name, out var full))
        {
            return full is null ? (name, true) : (full, false);
        }

        // "Erin" after "Erin Spiceland": a first name alone, when no last name is spelled the same.
        if (byFirstName.TryGetValue(name, out full) && full is not null)
        {
            return (full, false);
        }

        return (name, !name.Contains(' ', StringComparison.Ordinal));
    }

    private void Add(string shortForm, string fullName)
    {
        if (!fullNames.TryGetValue(shortForm, out var existing))
        {
            fullNames.Add(shortForm, fullName);
        }
        else if (existing is not null && !string.Equals(existing, fullName, StringComparison.Ordinal))
        {
            // Two people end the same way; "Taylor Greene" inside "Marjorie Taylor Greene" is one person, though.
            fullNames[shortForm] = existing.EndsWith(" " + fullName, StringComparison.Ordinal) ? existing
                : fullName.EndsWith(" " + existing, StringComparison.Ordinal) ? fullName : null;
        }
    }
}
