namespace Pipeline.Core;

/// <summary>A typed, operator-readable reason why an input yielded no article.</summary>
/// <param name="Code">The kind of failure, stable for scripts and dashboards.</param>
/// <param name="Message">One sentence that says what is wrong, with a line or position where there is one.</param>
public sealed record ArticleError(ArticleErrorCode Code, string Message);
