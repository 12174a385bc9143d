namespace Pipeline.Core.Model;

/// <summary>One real-world thing named in an article, with all of its mentions folded together.</summary>
/// <param name="Key">Stable canonical key (lower-case, type-qualified) that links the entity across articles.</param>
/// <param name="Name">The fullest surface form seen in the article, used for display.</param>
/// <param name="Type">What kind of thing it is.</param>
/// <param name="Mentions">How many times the article mentions it.</param>
/// <param name="FirstOffset">Character offset of the first mention in <see cref="ArticleDocument.Body"/>.</param>
public sealed record ExtractedEntity(string Key, string Name, EntityType Type, int Mentions, int FirstOffset)
{
    /// <summary>Every mention's span, in order of appearance (as many as <see cref="Mentions"/>).</summary>
    public IReadOnlyList<EntityMention> Spans { get; init; } = [];
}
