namespace Pipeline.Core;

/// <summary>Why a file, or one entry of a batch file, could not be turned into an article.</summary>
public enum ArticleErrorCode
{
    /// <summary>The file has no bytes, or only whitespace.</summary>
    Empty,

    /// <summary>The bytes are not text (an image, an executable, an archive other than gzip).</summary>
    Binary,

    /// <summary>The content is text but in no format the pipeline reads, or the forced format does not fit.</summary>
    UnsupportedFormat,

    /// <summary>A limit was exceeded: file size, decompressed size, decompression ratio, entries or line length.</summary>
    TooLarge,

    /// <summary>The format was recognized but the content breaks its rules (message gives the line/position).</summary>
    Malformed,

    /// <summary>The bytes cannot be decoded in any supported encoding.</summary>
    Undecodable,

    /// <summary>The file parsed, but no article text was left after boilerplate removal.</summary>
    NoArticleText,
}
