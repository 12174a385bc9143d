namespace Pipeline.Core;

/// <summary>
/// The input cannot be turned into an article (empty, binary, mis-encoded, too large). The message is meant
/// for operators: it says in one sentence what is wrong with the file.
/// </summary>
public sealed class ArticleFormatException : Exception
{
    public ArticleFormatException()
    {
    }

    public ArticleFormatException(string message)
        : base(message)
    {
    }

    public ArticleFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
