using Pipeline.Core.Model;

namespace Pipeline.Core.Statistics;

/// <summary>Finds the article entity a speaker or source names: by span overlap first, then by name.</summary>
internal sealed class EntityIndex
{
    private readonly (EntityMention Span, ExtractedEntity Entity)[] mentions;
    private readonly IReadOnlyList<ExtractedEntity> entities;

    public EntityIndex(IReadOnlyList<ExtractedEntity> entities)
    {
        this.entities = entities;
        mentions = [.. entities.SelectMany(e => e.Spans.Select(s => (s, e))).OrderBy(m => m.s.Start)];
    }

    /// <summary>The last person or organization mention inside [start, end), preferring people.</summary>
    public (EntityMention Span, ExtractedEntity Entity)? LastInside(int start, int end)
    {
        (EntityMention, ExtractedEntity)? organization = null;
        (EntityMention, ExtractedEntity)? person = null;
        var index = FirstEndingAfter(start);
        for (var i = index; i < mentions.Length && mentions[i].Span.Start < end; i++)
        {
            var (span, entity) = mentions[i];
            if (span.End > end || span.Start < start)
            {
                continue;
            }

            if (entity.Type == EntityType.Person)
            {
                person = mentions[i];
            }
            else if (entity.Type is EntityType.Organization or EntityType.Misc)
            {
                organization = mentions[i];
            }
        }

        return person ?? organization;
    }

    /// <summary>The entity whose name is <paramref name="name"/> or ends with it as a surname ("Morgan" for Mark Morgan).</summary>
    public ExtractedEntity? ByName(string name)
    {
        ExtractedEntity? bySurname = null;
        foreach (var entity in entities)
        {
            if (entity.Name.Equals(name, StringComparison.OrdinalIgnoreCase))
            {
                return entity;
            }

            if (bySurname is null && entity.Name.Length > name.Length && entity.Name.EndsWith(name, StringComparison.Ordinal)
                && entity.Name[entity.Name.Length - name.Length - 1] == ' ')
            {
                bySurname = entity;
            }
        }

        return bySurname;
    }

    /// <summary>The person the text last named before <paramref name="offset"/>.</summary>
    public ExtractedEntity? LastPersonBefore(int offset)
    {
        for (var i = FirstEndingAfter(offset) - 1; i >= 0; i--)
        {
            if (mentions[i].Entity.Type == EntityType.Person)
            {
                return mentions[i].Entity;
            }
        }

        return null;
    }

    private int FirstEndingAfter(int start)
    {
        int low = 0, high = mentions.Length;
        while (low < high)
        {
            var middle = (low + high) >>> 1;
            if (mentions[middle].Span.Start < start)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low;
    }
}
