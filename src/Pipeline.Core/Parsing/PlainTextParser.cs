using Pipeline.Core.Model;
using Pipeline.Core.Text;

namespace Pipeline.Core.Parsing;

/// <summary>
/// Parses a plain-text article (clean prose, PTB-tokenized corpus text, or text scraped from a news page) into a
/// title and a body of paragraphs separated by blank lines.
/// </summary>
internal static class PlainTextParser
{
    /// <summary>
    /// Parses plain text as <paramref name="forced"/> (<see cref="ArticleFormat.Text"/>, <see cref="ArticleFormat.Tokenized"/>
    /// or <see cref="ArticleFormat.Scraped"/>) or, when null, as the shape it is detected to be, and says which.
    /// </summary>
    public static (ArticleDocument Document, ArticleFormat Format) Parse(ReadOnlySpan<char> text, ArticleFormat? forced)
    {
        // Placeholder until the plain-text family lands: detection only tells tokenized text apart.
        var format = forced ?? (PtbDetector.IsTokenized(text) ? ArticleFormat.Tokenized : ArticleFormat.Text);
        return (Parse(text), format);
    }

    public static ArticleDocument Parse(ReadOnlySpan<char> text)
    {
        using var normalized = new PooledArray<char>(text.Length);
        normalized.Length = TextNormalizer.Normalize(text, normalized.Capacity);

        using var detokenized = PtbDetector.IsTokenized(normalized.Span) ? new PooledArray<char>(normalized.Length) : null;
        var working = normalized;
        if (detokenized is not null)
        {
            detokenized.Length = PtbDetokenizer.Detokenize(normalized.Span, detokenized.Capacity);
            working = detokenized;
        }

        var lines = PageCleaner.SplitLines(working.Span);
        PageCleaner.Classify(working.Span, lines);
        using var clean = new PooledArray<char>(working.Length);
        var paragraphs = PageCleaner.Assemble(working.Span, lines, clean.Capacity);
        if (paragraphs.Count == 0)
        {
            throw new ArticleFormatException(ArticleErrors.NoArticleText);
        }

        var first = clean.Capacity[paragraphs[0]];
        var headline = paragraphs.Count > 1 && TitleSelector.LooksLikeHeadline(first);
        var title = headline ? new string(first) : TitleSelector.FromFirstSentence(first);
        var body = JoinParagraphs(clean.Array, paragraphs, headline ? 1 : 0);
        return new ArticleDocument(title, body);
    }

    private static string JoinParagraphs(char[] buffer, List<Range> paragraphs, int from)
    {
        var length = 0;
        for (var i = from; i < paragraphs.Count; i++)
        {
            length += paragraphs[i].End.Value - paragraphs[i].Start.Value + (i > from ? 2 : 0);
        }

        return string.Create(length, (buffer, paragraphs, from), static (destination, state) =>
        {
            var (source, ranges, start) = state;
            var written = 0;
            for (var i = start; i < ranges.Count; i++)
            {
                if (i > start)
                {
                    destination[written++] = '\n';
                    destination[written++] = '\n';
                }

                var paragraph = source.AsSpan()[ranges[i]];
                paragraph.CopyTo(destination[written..]);
                written += paragraph.Length;
            }
        });
    }
}
