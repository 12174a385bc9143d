namespace Pipeline.Core.Extraction.Tagging;

/// <summary>
/// An entity found by the tagger: the half-open range [<see cref="Start"/>, <see cref="End"/>) and its type. The range is in
/// text offsets when it comes from <see cref="TaggedSpans.InText"/> and in token indexes from <see cref="TaggedSpans.InTokens"/>.
/// </summary>
internal readonly record struct TaggedSpan(int Start, int End, EntityTagType Type);

/// <summary>Turns BIO tags into entity spans.</summary>
internal static class TaggedSpans
{
    /// <summary>
    /// Appends the entities of one tagged sentence as token-index ranges. An Inside tag that continues nothing (possible in
    /// hand-written gold files, never in the tagger's output) opens a new entity, as the CoNLL scorer does.
    /// </summary>
    public static void InTokens(ReadOnlySpan<EntityTag> tags, ICollection<TaggedSpan> output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var start = -1;
        var type = EntityTagType.Person;
        for (var i = 0; i <= tags.Length; i++)
        {
            var tag = i < tags.Length ? tags[i] : EntityTag.Outside;
            var continues = EntityTags.IsInside(tag) && start >= 0 && EntityTags.TypeOf(tag) == type;
            if (continues)
            {
                continue;
            }

            if (start >= 0)
            {
                output.Add(new TaggedSpan(start, i, type));
                start = -1;
            }

            if (tag != EntityTag.Outside)
            {
                start = i;
                type = EntityTags.TypeOf(tag);
            }
        }
    }

    /// <summary>Appends the entities of one tagged sentence as text ranges: from the first token's start to the last token's end.</summary>
    public static void InText(ReadOnlySpan<EntityTag> tags, ReadOnlySpan<Range> tokens, int textLength, ICollection<TaggedSpan> output)
    {
        ArgumentNullException.ThrowIfNull(output);
        if (tokens.Length != tags.Length)
        {
            throw new ArgumentException("there must be one tag per token", nameof(tags));
        }

        var start = -1;
        var type = EntityTagType.Person;
        var lastEnd = 0;
        for (var i = 0; i <= tags.Length; i++)
        {
            var tag = i < tags.Length ? tags[i] : EntityTag.Outside;
            var continues = EntityTags.IsInside(tag) && start >= 0 && EntityTags.TypeOf(tag) == type;
            if (!continues)
            {
                if (start >= 0)
                {
                    output.Add(new TaggedSpan(start, lastEnd, type));
                    start = -1;
                }

                if (tag != EntityTag.Outside)
                {
                    start = tokens[i].Start.GetOffset(textLength);
                    type = EntityTags.TypeOf(tag);
                }
            }

            if (i < tags.Length)
            {
                lastEnd = tokens[i].End.GetOffset(textLength);
            }
        }
    }
}
