using Pipeline.Core.Model;

namespace Pipeline.Core.Parsing;

/// <summary>
/// What a format parser yields for one entry of a file (a JSON Lines line, an array element, a feed item): the
/// document, or the reason that entry is bad. Exactly one of the two is set.
/// </summary>
internal readonly record struct ParsedEntry(int Index, ArticleDocument? Document, ArticleError? Error)
{
    public static ParsedEntry Ok(int index, ArticleDocument document) => new(index, document, null);

    public static ParsedEntry Failed(int index, ArticleErrorCode code, string message) => new(index, null, new ArticleError(code, message));
}
