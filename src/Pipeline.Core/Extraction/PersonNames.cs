namespace Pipeline.Core.Extraction;

/// <summary>
/// The full names of an article's people, indexed by their shorter forms: the last word ("Trump" → Donald Trump,
/// "Bush-Joseph" → Kathleen Bush-Joseph), any shorter ending ("Taylor Greene" → Marjorie Taylor Greene) and, failing
/// those, a given name alone ("Erin" → Erin Spiceland). Spellings of one full name with the same first and last word
/// ("Michael R. Bloomberg", "Michael Bloomberg") are one person under the shortest of them, the form other articles
/// most likely use. A short form two people share (Joe and Hunter Biden) folds into neither.
/// </summary>
internal sealed class PersonNames
{
    private readonly Dictionary<string, string?> byEnding = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string?> byFirstName = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> variants = new(StringComparer.Ordinal);

    private PersonNames()
    {
    }

    /// <summary>Indexes the distinct names of an article's people; <paramref name="isGivenName"/> says which words are given names.</summary>
    public static PersonNames Index(IEnumerable<string> names, Func<string, bool> isGivenName)
    {
        var index = new PersonNames();
        var people = new Dictionary<(string First, string Last), string>();
        var fullNames = new List<string>();
        foreach (var name in names)
        {
            var first = name.IndexOf(' ', StringComparison.Ordinal);
            if (first < 0)
            {
                continue;
            }

            fullNames.Add(name);
            var person = (name[..first], name[(name.LastIndexOf(' ') + 1)..]);
            people[person] = people.TryGetValue(person, out var other) && Preferred(other, name) ? other : name;
        }

        foreach (var name in fullNames)
        {
            var person = (name[..name.IndexOf(' ', StringComparison.Ordinal)], name[(name.LastIndexOf(' ') + 1)..]);
            if (!string.Equals(people[person], name, StringComparison.Ordinal))
            {
                index.variants[name] = people[person];
            }
        }

        foreach (var ((firstName, _), name) in people)
        {
            for (var space = name.IndexOf(' ', StringComparison.Ordinal); space >= 0; space = name.IndexOf(' ', space + 1))
            {
                index.AddEnding(name[(space + 1)..], name);
            }

            if (isGivenName(firstName))
            {
                index.byFirstName[firstName] = index.byFirstName.TryGetValue(firstName, out var other) && other != name ? null : name;
            }
        }

        return index;
    }

    /// <summary>The full name a person's name folds into, and whether it stays a bare single name.</summary>
    public (string Name, bool Bare) FullName(string name)
    {
        if (variants.TryGetValue(name, out var variant))
        {
            return (variant, false);
        }

        if (byEnding.TryGetValue(name, out var full))
        {
            return full is null ? (name, !name.Contains(' ', StringComparison.Ordinal)) : (full, false);
        }

        // "Erin" after "Erin Spiceland": a given name alone, when no last name is spelled the same.
        if (!name.Contains(' ', StringComparison.Ordinal) && byFirstName.TryGetValue(name, out full) && full is not null)
        {
            return (full, false);
        }

        return (name, !name.Contains(' ', StringComparison.Ordinal));
    }

    // Fewer words first ("Michael Bloomberg" over "Michael R. Bloomberg"), then the ordinal order, so the choice is stable.
    private static bool Preferred(string kept, string other)
    {
        var keptWords = kept.AsSpan().Count(' ');
        var otherWords = other.AsSpan().Count(' ');
        return keptWords != otherWords ? keptWords < otherWords : string.CompareOrdinal(kept, other) <= 0;
    }

    private void AddEnding(string shortForm, string fullName)
    {
        if (!byEnding.TryGetValue(shortForm, out var existing))
        {
            byEnding.Add(shortForm, fullName);
        }
        else if (existing is not null && !string.Equals(existing, fullName, StringComparison.Ordinal))
        {
            // Two people end the same way; "Taylor Greene" inside "Marjorie Taylor Greene" is one person, though.
            byEnding[shortForm] = existing.EndsWith(" " + fullName, StringComparison.Ordinal) ? existing
                : fullName.EndsWith(" " + existing, StringComparison.Ordinal) ? fullName : null;
        }
    }
}
