using Pipeline.Core.Model;

namespace Pipeline.Core.Extraction;

/// <summary>
/// Turns surface forms into entities: assigns a canonical name and a type, folds aliases and surnames into the
/// full name they stand for ("Trump" into "Donald Trump", "ICE" into "Immigration and Customs Enforcement"), and
/// merges everything that lands on the same key. Each entity keeps the span of every mention it folded in, so
/// "Trump" and "Donald Trump" both point into the body.
/// </summary>
internal static class EntityResolver
{
    /// <summary>Resolves the mentions of <paramref name="body"/> that <paramref name="table"/> counted into entities with their spans.</summary>
    public static List<ExtractedEntity> Resolve(MentionTable table, IReadOnlyDictionary<string, string>? definitions, string body)
    {
        var candidates = new List<Candidate>(table.Count);
        foreach (var (surface, stats) in table.Entries)
        {
            var (name, type) = Classify(surface, stats, definitions);
            candidates.Add(new Candidate(surface, stats, name, type));
        }

        var surnames = IndexSurnames(candidates);
        var groups = new Dictionary<string, Group>(StringComparer.Ordinal);
        foreach (var candidate in candidates)
        {
            var (name, type) = (candidate.Name, candidate.Type);
            var single = !name.Contains(' ', StringComparison.Ordinal);
            if (single && type is EntityType.Misc or EntityType.Person && surnames.TryGetValue(name, out var fullName) && fullName is not null)
            {
                (name, type) = (fullName, EntityType.Person);
            }
            else if (single && type == EntityType.Misc && candidate.Stats.MidSentenceMentions == 0)
            {
                // Only ever seen opening a sentence ("Officials have…", "Staffing limitations…"): not a name.
                continue;
            }

            var key = EntityKey.Create(type, name);
            if (!groups.TryGetValue(key, out var group))
            {
                group = new Group(name, type, candidate.Stats.FirstOffset);
                groups.Add(key, group);
            }

            group.Members.Add(candidate);
            group.FirstOffset = Math.Min(group.FirstOffset, candidate.Stats.FirstOffset);
        }

        var entities = new List<ExtractedEntity>(groups.Count);
        foreach (var (key, group) in groups)
        {
            var spans = MentionSpans(group, body);
            entities.Add(new ExtractedEntity(key, group.Name, group.Type, spans.Length, group.FirstOffset) { Spans = spans });
        }

        entities.Sort(static (a, b) =>
        {
            var order = b.Mentions.CompareTo(a.Mentions);
            if (order == 0)
            {
                order = a.FirstOffset.CompareTo(b.FirstOffset);
            }

            return order != 0 ? order : string.CompareOrdinal(a.Key, b.Key);
        });
        return entities;
    }

    internal static (string Name, EntityType Type) Classify(string surface, SurfaceStats stats, IReadOnlyDictionary<string, string>? definitions)
    {
        if (stats.IsAcronym && definitions is not null && definitions.TryGetValue(surface, out var longName))
        {
            if (KnownEntities.TryGetAlias(longName, out var knownLong))
            {
                return (knownLong.Name, knownLong.Type);
            }

            return (longName, KnownEntities.IsPlace(longName) ? EntityType.Location : EntityType.Organization);
        }

        if (KnownEntities.TryGetAlias(surface, out var known))
        {
            return (known.Name, known.Type);
        }

        if (KnownEntities.IsPlace(surface))
        {
            return (surface, EntityType.Location);
        }

        if (stats.IsAcronym || HasWord(surface, EntityLexicon.OrganizationWords))
        {
            return (surface, EntityType.Organization);
        }

        if (IsMiscellaneous(surface))
        {
            return (surface, EntityType.Misc);
        }

        if (stats.Titled || stats.TokenCount is 2 or 3)
        {
            return (surface, EntityType.Person);
        }

        return (surface, EntityType.Misc);
    }

    // Surname to full name, or null when two people in the article share the surname and folding would guess.
    private static Dictionary<string, string?> IndexSurnames(List<Candidate> candidates)
    {
        var surnames = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var candidate in candidates)
        {
            var space = candidate.Name.LastIndexOf(' ');
            if (candidate.Type != EntityType.Person || space < 0)
            {
                continue;
            }

            var surname = candidate.Name[(space + 1)..];
            if (surnames.TryGetValue(surname, out var existing))
            {
                if (existing is not null && !string.Equals(existing, candidate.Name, StringComparison.Ordinal))
                {
                    surnames[surname] = null;
                }
            }
            else
            {
                surnames.Add(surname, candidate.Name);
            }
        }

        return surnames;
    }

    private static bool IsMiscellaneous(string surface)
    {
        var span = surface.AsSpan();
        var firstSpace = span.IndexOf(' ');
        var lastSpace = span.LastIndexOf(' ');
        return firstSpace >= 0
            && (EntityLexicon.MiscellaneousHeads.Contains(span[..firstSpace]) || EntityLexicon.MiscellaneousTails.Contains(span[(lastSpace + 1)..]));
    }

    private static bool HasWord(string surface, Text.WordSet words)
    {
        var span = surface.AsSpan();
        foreach (var range in span.Split(' '))
        {
            if (words.Contains(span[range]))
            {
                return true;
            }
        }

        return false;
    }

    // The spans of all the group's surface forms, merged in body order. The text of a span is the body's own, so it
    // can differ from the surface form (a typographic apostrophe); when it does not, the surface string is shared.
    private static EntityMention[] MentionSpans(Group group, string body)
    {
        var count = 0;
        foreach (var member in group.Members)
        {
            count += member.Stats.Mentions;
        }

        var mentions = new EntityMention[count];
        var written = 0;
        foreach (var member in group.Members)
        {
            foreach (var (start, end) in member.Stats.Spans)
            {
                var text = body.AsSpan(start, end - start).SequenceEqual(member.Surface) ? member.Surface : body[start..end];
                mentions[written++] = new EntityMention(start, end, text);
            }
        }

        if (group.Members.Count > 1)
        {
            Array.Sort(mentions, static (a, b) => a.Start.CompareTo(b.Start));
        }

        return mentions;
    }

    private sealed record Candidate(string Surface, SurfaceStats Stats, string Name, EntityType Type);

    private sealed class Group(string name, EntityType type, int firstOffset)
    {
        public string Name { get; } = name;

        public EntityType Type { get; } = type;

        /// <summary>The surface forms folded into this entity ("Trump", "Donald Trump").</summary>
        public List<Candidate> Members { get; } = new(1);

        public int FirstOffset { get; set; } = firstOffset;
    }
}
