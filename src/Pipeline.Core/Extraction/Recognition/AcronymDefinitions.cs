namespace Pipeline.Core.Extraction.Recognition;

/// <summary>
/// Acronyms an article defines for itself, written "Migration Policy Institute (MPI)" or "NRC, the Nuclear Regulatory
/// Commission": the acronym then stands for the long name everywhere in the article. The initials must match, so
/// "ICE, the enforcement arm of DHS" defines nothing.
/// </summary>
internal static class AcronymDefinitions
{
    private const int MinLength = 2;
    private const int MaxLength = 6;

    /// <summary>Acronym to long name (as written), or null when the article defines none.</summary>
    public static Dictionary<string, string>? Find(string body, List<Mention> mentions)
    {
        Dictionary<string, string>? definitions = null;
        for (var i = 0; i < mentions.Count; i++)
        {
            var mention = mentions[i];
            var text = body.AsSpan(mention.Start, mention.End - mention.Start);
            if (!text.Contains(' '))
            {
                continue;
            }

            var after = mention.End;
            while (after < body.Length && body[after] == ' ')
            {
                after++;
            }

            if (after < body.Length && body[after] == '(')
            {
                var close = body.AsSpan(after + 1, Math.Min(MaxLength + 1, body.Length - after - 1)).IndexOf(')');
                if (close >= MinLength)
                {
                    Define(ref definitions, body.AsSpan(after + 1, close), text);
                }
            }

            if (i > 0)
            {
                var previous = mentions[i - 1];
                if (previous.End <= mention.Start
                    && body.AsSpan(previous.End, mention.Start - previous.End).Trim(' ').Equals(", the", StringComparison.OrdinalIgnoreCase))
                {
                    Define(ref definitions, body.AsSpan(previous.Start, previous.End - previous.Start), text);
                }
            }
        }

        return definitions;
    }

    private static void Define(ref Dictionary<string, string>? definitions, ReadOnlySpan<char> acronym, ReadOnlySpan<char> name)
    {
        if (acronym.Length is < MinLength or > MaxLength)
        {
            return;
        }

        foreach (var c in acronym)
        {
            if (!char.IsUpper(c))
            {
                return;
            }
        }

        if (InitialsMatch(acronym, name, skipConnectors: true) || InitialsMatch(acronym, name, skipConnectors: false))
        {
            definitions ??= new Dictionary<string, string>(StringComparer.Ordinal);
            definitions[acronym.ToString()] = SurfaceText.Normalize(name);
        }
    }

    private static bool InitialsMatch(ReadOnlySpan<char> acronym, ReadOnlySpan<char> name, bool skipConnectors)
    {
        var matched = 0;
        foreach (var range in name.SplitAny(' ', '\n', '\t'))
        {
            var word = name[range];
            if (word.IsEmpty || (skipConnectors && EntityLexicon.Connectors.Contains(word)))
            {
                continue;
            }

            if (matched >= acronym.Length || char.ToUpperInvariant(word[0]) != acronym[matched])
            {
                return false;
            }

            matched++;
        }

        return matched == acronym.Length;
    }
}
