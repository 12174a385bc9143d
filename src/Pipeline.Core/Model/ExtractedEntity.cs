namespace Pipeline.Core.Model;

/// <summary>One real-world thing named in an article, with all of its mentions folded together.</summary>
/// <param name="Key">
/// Stable canonical key that links the entity across articles: the type's prefix (<c>person:</c>, <c>organization:</c>,
/// <c>location:</c>, <c>misc:</c>) and the canonical name in invariant lower case, e.g. <c>person:donald trump</c> or
/// <c>organization:immigration and customs enforcement</c>. The canonical name is the curated one for well-known places,
/// agencies and acronyms (<c>ICE</c>, <c>U.S.</c>), an acronym's long name when the article defines it, and for a person
/// the fullest name the article gives (<c>Trump</c> after <c>Donald Trump</c>).
/// </param>
/// <param name="Name">The canonical name, used for display.</param>
/// <param name="Type">What kind of thing it is. Dates are not entities here (the tagger's DATE spans are left out).</param>
/// <param name="Mentions">How many times the article mentions it.</param>
/// <param name="FirstOffset">Character offset of the first mention in <see cref="ArticleDocument.Body"/>.</param>
public sealed record ExtractedEntity(string Key, string Name, EntityType Type, int Mentions, int FirstOffset)
{
    /// <summary>Every mention's span, in order of appearance (as many as <see cref="Mentions"/>).</summary>
    public IReadOnlyList<EntityMention> Spans { get; init; } = [];

    /// <summary>
    /// How central the entity is to the article, from 0 to 1: how often it is mentioned (relative to the article's most
    /// mentioned entity), how early it first appears, and whether it is named in the title and the first paragraph.
    /// </summary>
    public double Salience { get; init; }

    /// <summary>
    /// A person known only by one name in this article ("Biden" with no "Joe Biden" to fold into), so the key is
    /// <c>person:biden</c>. Storage may resolve it to the one full name with that last name seen elsewhere in the corpus.
    /// </summary>
    public bool IsBareName { get; init; }

    /// <summary>The title or role written before the person's first titled mention ("President", "Sen.", "acting Secretary"), if any.</summary>
    public string? Title { get; init; }
}
