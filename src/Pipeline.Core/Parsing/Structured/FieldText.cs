using Pipeline.Core.Parsing.Html;
using Pipeline.Core.Text;

namespace Pipeline.Core.Parsing.Structured;

/// <summary>
/// Turns the text of a metadata field (a JSON string, a feed element, a front-matter value) into the shapes an
/// <see cref="Model.ArticleDocument"/> holds: a body of paragraphs, or a single line such as a title.
/// </summary>
internal static class FieldText
{
    /// <summary>
    /// A body from a field that holds either HTML or plain text. Plain text separated by blank lines keeps those
    /// paragraphs (single line breaks are wrapping); plain text without blank lines has one paragraph per line.
    /// </summary>
    public static string Body(string value) => LooksLikeHtml(value) ? Html(value) : Plain(value);

    /// <summary>A body from a field known to hold HTML.</summary>
    public static string Html(string html) => Normalize(HtmlText.ToPlainText(html));

    /// <summary>A body from a field known to hold plain text (entities and tags are left as they are).</summary>
    public static string Plain(string text)
    {
        var normalized = Normalize(text);
        return normalized.Contains("\n\n", StringComparison.Ordinal)
            ? JoinWrappedLines(normalized)
            : normalized.Replace("\n", "\n\n", StringComparison.Ordinal);
    }

    /// <summary>One line (a title, a name): markup rendered when there is any, all whitespace collapsed.</summary>
    public static string Line(string value)
    {
        var text = LooksLikeHtml(value) ? HtmlText.ToPlainText(value) : value;
        return string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
    }

    /// <summary>
    /// True when the value has a tag (<c>&lt;p&gt;</c>, <c>&lt;/a&gt;</c>, <c>&lt;br/&gt;</c>, <c>&lt;!--</c>) or a character
    /// reference (<c>&amp;amp;</c>, <c>&amp;#8217;</c>); a lone <c>&lt;</c> or <c>&amp;</c> in prose is not markup.
    /// </summary>
    public static bool LooksLikeHtml(ReadOnlySpan<char> value)
    {
        for (var i = value.IndexOfAny('<', '&'); i >= 0 && i < value.Length - 1; i = NextMarker(value, i + 1))
        {
            var next = value[i + 1];
            if (value[i] == '<' ? (char.IsAsciiLetter(next) || next is '/' or '!') && value[(i + 1)..].Contains('>')
                : IsCharacterReference(value[(i + 1)..]))
            {
                return true;
            }
        }

        return false;
    }

    private static int NextMarker(ReadOnlySpan<char> value, int from)
    {
        var offset = value[from..].IndexOfAny('<', '&');
        return offset < 0 ? -1 : from + offset;
    }

    // "amp;", "#8217;", "#x2019;": a name or number of at most 32 characters closed by a semicolon.
    private static bool IsCharacterReference(ReadOnlySpan<char> afterAmpersand)
    {
        var start = afterAmpersand.Length > 0 && afterAmpersand[0] == '#' ? 1 : 0;
        var end = start;
        while (end < afterAmpersand.Length && end - start < 32 && char.IsAsciiLetterOrDigit(afterAmpersand[end]))
        {
            end++;
        }

        return end > start && end < afterAmpersand.Length && afterAmpersand[end] == ';';
    }

    private static string Normalize(string text)
    {
        using var buffer = new PooledArray<char>(text.Length);
        var length = TextNormalizer.Normalize(text, buffer.Capacity);
        return new string(buffer.Capacity[..length]);
    }

    private static string JoinWrappedLines(string text)
    {
        var paragraphs = text.Split("\n\n", StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i < paragraphs.Length; i++)
        {
            paragraphs[i] = paragraphs[i].Replace('\n', ' ');
        }

        return string.Join("\n\n", paragraphs);
    }
}
