namespace Pipeline.Core.Model;

/// <summary>An article's clean text and metadata, after its input format has been decoded and boilerplate removed.</summary>
/// <param name="Title">The headline, or the first sentence's start when the input has none.</param>
/// <param name="Body">Clean body text; paragraphs are separated by a blank line.</param>
public sealed record ArticleDocument(string Title, string Body)
{
    /// <summary>Publisher or outlet (<c>CNN</c>, <c>NBC News</c>), from the text, the metadata or the URL host.</summary>
    public string? Source { get; init; }

    /// <summary>The article's canonical URL when the input names one.</summary>
    public string? Url { get; init; }

    /// <summary>When the article was published, when the input says so.</summary>
    public DateTimeOffset? PublishedAt { get; init; }

    /// <summary>The authors' names, without "By" and without roles.</summary>
    public IReadOnlyList<string> Authors { get; init; } = [];

    /// <summary>The dateline's place (<c>WASHINGTON</c>), when the body opens with one.</summary>
    public string? Dateline { get; init; }

    /// <summary>ISO 639-1 code of the body's language (<c>en</c>, <c>de</c>), or null when it cannot be told.</summary>
    public string? Language { get; init; }
}
