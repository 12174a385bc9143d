using Pipeline.Core.Model;

namespace Pipeline.Core.Extraction;

/// <summary>
/// The full names of an article's people, indexed by their shorter forms: the last word ("Trump" → Donald Trump,
/// "Bush-Joseph" → Kathleen Bush-Joseph) and any shorter ending ("Taylor Greene" → Marjorie Taylor Greene). A short
/// form two full names share (Joe and Hunter Biden) folds into neither.
/// </summary>
internal sealed class PersonNames
{
    private readonly Dictionary<string, string?> fullNames = new(StringComparer.Ordinal);

    private PersonNames()
    {
    }

    public static PersonNames Index(ReadOnlySpan<(string Name, EntityType Type)> names)
    {
        var index = new PersonNames();
        foreach (var (name, type) in names)
        {
            if (type != EntityType.Person)
            {
                continue;
            }

            for (var space = name.IndexOf(' ', StringComparison.Ordinal); space >= 0; space = name.IndexOf(' ', space + 1))
            {
                index.Add(name[(space + 1)..], name);
            }
        }

        return index;
    }

    /// <summary>The full name a person's name folds into, and whether it stays a bare single name.</summary>
    public (string Name, bool Bare) FullName(string name)
    {
        if (fullNames.TryGetValue(name, out var full) && full is not null)
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
