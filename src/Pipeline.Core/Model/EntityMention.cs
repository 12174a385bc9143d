namespace Pipeline.Core.Model;

/// <summary>One mention of an entity: its exact span in <see cref="ArticleDocument.Body"/>.</summary>
/// <param name="Start">UTF-16 offset of the first character.</param>
/// <param name="End">UTF-16 offset just past the last character (exclusive).</param>
/// <param name="Text">The mention as written (<c>Trump</c> for the entity Donald Trump).</param>
public readonly record struct EntityMention(int Start, int End, string Text);
