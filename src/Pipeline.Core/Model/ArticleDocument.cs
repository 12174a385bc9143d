namespace Pipeline.Core.Model;

/// <summary>An article's clean text, after its input format has been decoded and boilerplate removed.</summary>
/// <param name="Title">The headline, or the first sentence's start when the input has none.</param>
/// <param name="Body">Clean body text; paragraphs are separated by a blank line.</param>
public sealed record ArticleDocument(string Title, string Body);
