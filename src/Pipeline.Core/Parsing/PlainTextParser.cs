using Pipeline.Core.Model;
using Pipeline.Core.Text;

namespace Pipeline.Core.Parsing;

/// <summary>
/// Parses a plain-text article (clean prose, PTB-tokenized corpus text, or text scraped from a news page) into a
/// title, a body of paragraphs separated by blank lines, and the metadata its lines carry.
/// </summary>
/// <remarks>
/// Detection, when no format is forced: PTB tokenization wins (<see cref="PtbDetector"/>), then a page is
/// <see cref="ArticleFormat.Scraped"/> when cleaning dropped at least two lines of page furniture, and anything
/// else is <see cref="ArticleFormat.Text"/>. Cleaning itself is the same for text and scraped pages because it
/// only removes lines that cannot be article text; forcing <see cref="ArticleFormat.Scraped"/> trusts the caller
/// and lets a single line of furniture before a wire dateline discard everything above it.
/// </remarks>
internal static class PlainTextParser
{
    /// <summary>
    /// Parses plain text as <paramref name="forced"/> (<see cref="ArticleFormat.Text"/>, <see cref="ArticleFormat.Tokenized"/>
    /// or <see cref="ArticleFormat.Scraped"/>) or, when null, as the shape it is detected to be, and says which.
    /// Forced <see cref="ArticleFormat.Text"/> keeps the input exactly as the body, so offsets into the body index
    /// the input; the title and metadata are still derived.
    /// </summary>
    /// <exception cref="ArticleFormatException">The text holds no article text.</exception>
    public static (ArticleDocument Document, ArticleFormat Format) Parse(ReadOnlySpan<char> text, ArticleFormat? forced)
    {
        if (forced is { } format && format is not (ArticleFormat.Text or ArticleFormat.Tokenized or ArticleFormat.Scraped))
        {
            throw new ArgumentOutOfRangeException(nameof(forced), format, "plain text is read as Text, Tokenized or Scraped");
        }

        using var normalized = new PooledArray<char>(text.Length);
        normalized.Length = TextNormalizer.Normalize(text, normalized.Capacity);

        var tokenized = forced switch
        {
            ArticleFormat.Tokenized => true,
            null => PtbDetector.IsTokenized(normalized.Span),
            _ => false,
        };

        using var detokenized = tokenized ? new PooledArray<char>(normalized.Length) : null;
        var working = normalized;
        if (detokenized is not null)
        {
            detokenized.Length = PtbDetokenizer.Detokenize(normalized.Span, detokenized.Capacity);
            working = detokenized;
        }

        var lines = PageCleaner.SplitLines(working.Span);
        PageCleaner.Classify(working.Span, lines);
        using var clean = new PooledArray<char>(working.Length);
        var page = PageCleaner.Assemble(working.Span, lines, clean.Capacity, forced == ArticleFormat.Scraped ? 1 : PageCleaner.MinimumPlaylistMarkers);
        var detected = forced ?? (tokenized ? ArticleFormat.Tokenized
            : page.FurnitureLines >= PageCleaner.MinimumPlaylistMarkers ? ArticleFormat.Scraped : ArticleFormat.Text);

        if (forced == ArticleFormat.Text)
        {
            return (RawDocument(text, working.Span, lines, clean.Array, page), detected);
        }

        var paragraphs = page.Paragraphs;
        if (paragraphs.Count == 0)
        {
            throw new ArticleFormatException(ArticleErrorCode.NoArticleText, ArticleErrors.NoArticleText);
        }

        var (title, titleOutlet, bodyFrom) = SelectTitle(clean.Array, page);
        var body = JoinParagraphs(clean.Array, paragraphs, bodyFrom);
        var metadata = TextMetadataReader.Read(working.Span, lines, clean.Capacity[paragraphs[bodyFrom]], body, titleOutlet);
        return (Document(title, body, metadata), detected);
    }

    /// <summary>Parses auto-detected plain text; the analyzer's entry point until it passes a forced format.</summary>
    public static ArticleDocument Parse(ReadOnlySpan<char> text) => Parse(text, null).Document;

    // The first paragraph is the title when it reads as a headline (and leaves the body); otherwise the title is
    // cut from the first sentence, which stays in the body.
    private static (string Title, string? Outlet, int BodyFrom) SelectTitle(char[] buffer, CleanedPage page)
    {
        var paragraphs = page.Paragraphs;
        if (page.HeadlineBeforeCut is { } above)
        {
            return (TitleSelector.WithoutOutletSuffix(above, out var aboveOutlet), aboveOutlet, 0);
        }

        var first = buffer.AsSpan()[paragraphs[0]];
        if (paragraphs.Count > 1 && TitleSelector.LooksLikeHeadline(first))
        {
            return (TitleSelector.WithoutOutletSuffix(new string(first), out var outlet), outlet, 1);
        }

        return (TitleSelector.FromFirstSentence(first), null, 0);
    }

    // Forced Text: the input is the body, untouched; the cleaned reading of it only lends the title and metadata.
    private static ArticleDocument RawDocument(ReadOnlySpan<char> text, ReadOnlySpan<char> working, List<LineInfo> lines, char[] buffer, CleanedPage page)
    {
        if (!Chars.HasLetterOrDigit(text))
        {
            throw new ArticleFormatException(ArticleErrorCode.NoArticleText, ArticleErrors.NoArticleText);
        }

        var body = text.ToString();
        if (page.Paragraphs.Count == 0)
        {
            var newline = working.IndexOf('\n');
            var fallbackTitle = TitleSelector.FromFirstSentence(newline >= 0 ? working[..newline] : working);
            return Document(fallbackTitle, body, TextMetadataReader.Read(working, lines, [], body, null));
        }

        var (title, titleOutlet, bodyFrom) = SelectTitle(buffer, page);
        var metadata = TextMetadataReader.Read(working, lines, buffer.AsSpan()[page.Paragraphs[bodyFrom]], body, titleOutlet);
        return Document(title, body, metadata);
    }

    private static ArticleDocument Document(string title, string body, TextMetadata metadata) => new(title, body)
    {
        Source = metadata.Source,
        Dateline = metadata.Dateline,
        Authors = metadata.Authors,
        PublishedAt = metadata.PublishedAt,
        Language = LanguageDetector.Detect(body),
    };

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
