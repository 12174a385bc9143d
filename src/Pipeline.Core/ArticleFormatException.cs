namespace Pipeline.Core;

/// <summary>
/// The input cannot be turned into an article (empty, binary, mis-encoded, too large, malformed). The message is
/// meant for operators: it says in one sentence what is wrong with the file; <see cref="Code"/> says which kind.
/// </summary>
public sealed class ArticleFormatException : Exception
{
    public ArticleFormatException()
    {
    }

    public ArticleFormatException(string message)
        : this(ArticleErrorCode.Malformed, message)
    {
    }

    public ArticleFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
        Code = ArticleErrorCode.Malformed;
    }

    public ArticleFormatException(ArticleErrorCode code, string message)
        : base(message)
    {
        Code = code;
    }

    public ArticleFormatException(ArticleErrorCode code, string message, Exception innerException)
        : base(message, innerException)
    {
        Code = code;
    }

    public ArticleErrorCode Code { get; }

    public ArticleError ToError() => new(Code, Message);
}
