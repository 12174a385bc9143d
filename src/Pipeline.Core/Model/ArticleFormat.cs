namespace Pipeline.Core.Model;

/// <summary>
/// The input shapes the pipeline reads. Detected from content, with the file name as a hint; gzip is a wrapper
/// around any of them rather than a format of its own.
/// </summary>
public enum ArticleFormat
{
    /// <summary>Plain prose. When forced, the body is the input exactly as given, so offsets index the input.</summary>
    Text,

    /// <summary>Penn Treebank tokenized corpus text (CNN/DailyMail style), detokenized.</summary>
    Tokenized,

    /// <summary>Text scraped from a news page, with playlists, captions, credits and navigation removed.</summary>
    Scraped,

    /// <summary>An HTML page; the main content is extracted and the metadata read from its head.</summary>
    Html,

    /// <summary>One JSON article object or an array of them.</summary>
    Json,

    /// <summary>One JSON article object per line.</summary>
    JsonLines,

    /// <summary>An RSS 2.0 feed; each item is an article.</summary>
    Rss,

    /// <summary>An Atom feed; each entry is an article.</summary>
    Atom,

    /// <summary>Markdown, optionally with YAML front matter for metadata.</summary>
    Markdown,
}
