using Pipeline.Core.Extraction.Recognition;
using Pipeline.Core.Extraction.Tagging;
using Pipeline.Core.Model;

namespace Pipeline.Core.Extraction;

/// <summary>
/// Folds an article's mentions into entities, one per real-world thing. Each mention gets a canonical name: the
/// curated one for known places, agencies and acronyms ("U.S." → United States, "ICE" → Immigration and Customs
/// Enforcement, "U.S. Immigration and Customs Enforcement" too), the long name of an acronym the article defines, and
/// for a person the one full name in the article that ends with it ("Trump" → Donald Trump; two people named Biden
/// leave "Biden" alone, as a bare name). Mentions with the same key are one entity, which keeps every span, its
/// title and a salience score.
/// </summary>
internal static class EntityResolver
{
    public static List<ExtractedEntity> Resolve(string body, string? title, List<Mention> mentions, Gazetteer gazetteer)
    {
        var definitions = AcronymDefinitions.Find(body, mentions);
        var names = new (string Name, EntityType Type)[mentions.Count];
        var cache = new CanonicalNames(body, definitions);
        var people = new HashSet<string>(StringComparer.Ordinal);
        Span<char> buffer = stackalloc char[CanonicalNames.BufferLength];
        for (var i = 0; i < mentions.Count; i++)
        {
            names[i] = cache.Of(mentions[i], buffer);
            if (names[i].Type == EntityType.Person)
            {
                people.Add(names[i].Name);
            }
        }

        var fullNames = PersonNames.Index(people, name => (gazetteer.Classify(WordHashes.Of(name).Word) & GazetteerClasses.GivenName) != 0);
        var byName = new Dictionary<(string Name, EntityType Type), Group>();
        var groups = new Dictionary<string, Group>(StringComparer.Ordinal);
        for (var i = 0; i < mentions.Count; i++)
        {
            if (!byName.TryGetValue(names[i], out var group))
            {
                var (name, type) = names[i];
                var bare = false;
                if (type == EntityType.Person)
                {
                    (name, bare) = fullNames.FullName(name);
                }

                // Different spellings of one name ("McAleenan", "MCALEENAN") share a key and so an entity.
                var key = EntityKey.Create(type, name);
                if (!groups.TryGetValue(key, out group))
                {
                    group = new Group(name, type, bare);
                    groups.Add(key, group);
                }

                byName.Add(names[i], group);
            }

            group.Add(mentions[i], body);
        }

        var mostMentions = 0;
        foreach (var group in groups.Values)
        {
            mostMentions = Math.Max(mostMentions, group.Spans.Count);
        }

        var leadEnd = Salience.LeadEnd(body);
        var entities = new List<ExtractedEntity>(groups.Count);
        foreach (var (key, group) in groups)
        {
            var first = group.Spans[0].Start;
            entities.Add(new ExtractedEntity(key, group.Name, group.Type, group.Spans.Count, first)
            {
                Spans = group.Spans,
                Salience = Salience.Score(group.Spans.Count, mostMentions, first, body.Length, group.NamedIn(title), first < leadEnd),
                IsBareName = group.IsBareName,
                Title = group.Title,
            });
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

    /// <summary>Canonical names of mentions, computed once per surface form and type (one string per name, not per mention).</summary>
    private sealed class CanonicalNames(string body, Dictionary<string, string>? definitions)
    {
        public const int BufferLength = SurfaceText.MaxChars + 2;

        private readonly Dictionary<string, (string Name, EntityType Type)> cache = new(StringComparer.Ordinal);

        /// <summary>The mention's name and type; <paramref name="buffer"/> (<see cref="BufferLength"/> characters) is scratch space.</summary>
        public (string Name, EntityType Type) Of(Mention mention, Span<char> buffer)
        {
            var text = body.AsSpan(mention.Start, mention.End - mention.Start);

            // "Washington, DC": the city, not the state.
            var written = mention.Canonical is { } known ? known.AsSpan() : text;
            if (mention.Type == EntityType.Location && written is "Washington" && IsFollowedByDistrict(body, mention.End))
            {
                return ("Washington, D.C.", EntityType.Location);
            }

            if (mention.Canonical is { } canonical)
            {
                return (canonical, mention.Type);
            }

            var surface = SurfaceText.Normalize(text, buffer[..SurfaceText.MaxChars]);
            buffer[surface.Length] = '\u0001';
            buffer[surface.Length + 1] = (char)('0' + (int)mention.Type);
            var key = buffer[..(surface.Length + 2)];
            var lookup = cache.GetAlternateLookup<ReadOnlySpan<char>>();
            if (!lookup.TryGetValue(key, out var resolved))
            {
                resolved = Resolve(surface.ToString(), mention.Type);
                lookup[key] = resolved;
            }

            return resolved;
        }

        private (string Name, EntityType Type) Resolve(string name, EntityType type)
        {
            if (definitions is not null && definitions.TryGetValue(name, out var longName))
            {
                name = longName;
                type = type == EntityType.Person ? EntityType.Organization : type;
            }

            return type != EntityType.Person && Known(name) is { } known ? (known.Name, known.Type) : (name, type);
        }
    }

    // A known alias, or one behind the country's prefix ("U.S. Immigration and Customs Enforcement").
    private static KnownEntity? Known(string name)
    {
        if (KnownEntities.TryGetAlias(name, out var known))
        {
            return known;
        }

        foreach (var prefix in (ReadOnlySpan<string>)["U.S. ", "US "])
        {
            if (name.StartsWith(prefix, StringComparison.Ordinal) && KnownEntities.TryGetAlias(name.AsSpan(prefix.Length), out known)
                && known.Type == EntityType.Organization)
            {
                return known;
            }
        }

        return null;
    }

    private static bool IsFollowedByDistrict(string body, int end)
    {
        var rest = body.AsSpan(end);
        return rest.StartsWith(", DC", StringComparison.Ordinal) || rest.StartsWith(", D.C.", StringComparison.Ordinal);
    }

    /// <summary>The mentions folded into one entity.</summary>
    private sealed class Group(string name, EntityType type, bool bare)
    {
        private readonly List<string> surfaces = [];

        public string Name { get; } = name;

        public EntityType Type { get; } = type;

        public bool IsBareName { get; } = bare;

        public List<EntityMention> Spans { get; } = [];

        public string? Title { get; private set; }

        public void Add(Mention mention, string body)
        {
            var text = body.AsSpan(mention.Start, mention.End - mention.Start);
            string? surface = null;
            foreach (var seen in surfaces)
            {
                if (text.SequenceEqual(seen))
                {
                    surface = seen;
                    break;
                }
            }

            if (surface is null)
            {
                surface = text.ToString();
                surfaces.Add(surface);
            }

            Spans.Add(new EntityMention(mention.Start, mention.End, surface));
            if (Title is null && mention.HasTitle)
            {
                Title = SurfaceText.Normalize(body.AsSpan(mention.TitleStart, mention.TitleEnd - mention.TitleStart));
            }
        }

        public bool NamedIn(string? title)
        {
            if (Salience.Names(title, Name))
            {
                return true;
            }

            foreach (var surface in surfaces)
            {
                if (Salience.Names(title, surface))
                {
                    return true;
                }
            }

            return false;
        }
    }
}
