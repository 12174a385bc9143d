using Pipeline.Core.Model;

namespace Pipeline.Core.Detection;

/// <summary>
/// What a file's extension suggests. Only a hint: content decides, and the hint breaks ties (a <c>.md</c> of plain
/// prose is Markdown; a <c>.txt</c> that holds HTML is HTML). A trailing <c>.gz</c> is looked through.
/// </summary>
internal static class FileNameHint
{
    public static ArticleFormat? From(string? fileName)
    {
        if (string.IsNullOrEmpty(fileName))
        {
            return null;
        }

        var name = Path.GetFileName(fileName.AsSpan());
        var extension = Path.GetExtension(name);
        if (extension.Equals(".gz", StringComparison.OrdinalIgnoreCase) || extension.Equals(".gzip", StringComparison.OrdinalIgnoreCase))
        {
            extension = Path.GetExtension(name[..^extension.Length]);
        }

        return extension.ToString().ToUpperInvariant() switch
        {
            ".HTML" or ".HTM" or ".XHTML" or ".SHTML" => ArticleFormat.Html,
            ".JSON" => ArticleFormat.Json,
            ".JSONL" or ".NDJSON" or ".JSONLINES" => ArticleFormat.JsonLines,
            ".RSS" => ArticleFormat.Rss,
            ".ATOM" => ArticleFormat.Atom,
            ".MD" or ".MARKDOWN" or ".MDOWN" or ".MKD" => ArticleFormat.Markdown,
            _ => null,
        };
    }
}
