using Pipeline.Core.Decoding;
using Pipeline.Core.Extraction;
using Pipeline.Core.Model;
using Pipeline.Core.Parsing;
using Pipeline.Core.Text;

namespace Pipeline.Core;

/// <summary>
/// Analyzes one article file: decodes it, extracts the clean article text, computes its text figures and finds the
/// named entities. Stateless apart from its options, so one instance can serve concurrent callers.
/// </summary>
public sealed class ArticleAnalyzer
{
    public ArticleAnalyzer()
        : this(ArticleAnalyzerOptions.Default)
    {
    }

    public ArticleAnalyzer(ArticleAnalyzerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(options.MaxInputBytes);

        // One byte of headroom is needed to notice an over-long stream, and arrays stop at Array.MaxLength.
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(options.MaxInputBytes, Array.MaxLength);
        Options = options;
    }

    /// <summary>The limits this analyzer enforces, so callers can reject an over-large file before reading it.</summary>
    public ArticleAnalyzerOptions Options { get; }

    /// <summary>
    /// Reads the whole stream (up to <see cref="ArticleAnalyzerOptions.MaxInputBytes"/>), decodes it and analyzes it.
    /// </summary>
    /// <exception cref="ArticleFormatException">The file is too large, empty, binary, mis-encoded or holds no article.</exception>
    public async Task<ArticleAnalysis> AnalyzeAsync(Stream content, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        using var bytes = await BoundedStreamReader.ReadAsync(content, Options.MaxInputBytes, cancellationToken);
        cancellationToken.ThrowIfCancellationRequested();
        using var text = ArticleTextDecoder.Decode(bytes.Span);
        return Analyze(text.Span);
    }

    /// <summary>
    /// Reads one input file of any supported format (gzip-wrapped or not), detects its format from its content with
    /// <paramref name="fileName"/> as a hint unless <paramref name="format"/> forces one, and analyzes every article
    /// it holds. A bad entry of a batch file is an error for that entry only.
    /// </summary>
    /// <exception cref="ArticleFormatException">The file as a whole cannot be read (empty, binary, too large, undecodable, malformed).</exception>
    public async Task<FileAnalysis> AnalyzeFileAsync(
        Stream content,
        string? fileName = null,
        ArticleFormat? format = null,
        CancellationToken cancellationToken = default)
    {
        // Placeholder until format detection lands: every file is read as plain text.
        var analysis = await AnalyzeAsync(content, cancellationToken);
        return new FileAnalysis(format ?? ArticleFormat.Text, [new ArticleEntry(0, analysis, null)]);
    }

    /// <summary>Analyzes text that is already decoded.</summary>
    /// <exception cref="ArticleFormatException">The text is too long, empty, binary-looking or holds no article.</exception>
    public ArticleAnalysis Analyze(string text)
    {
        ArgumentNullException.ThrowIfNull(text);

        // Every char is at least one UTF-8 byte, so a longer string is certainly over the byte limit.
        if (text.Length > Options.MaxInputBytes)
        {
            throw new ArticleFormatException(ArticleErrors.TextTooLong(text.Length, Options.MaxInputBytes));
        }

        return Analyze(text.AsSpan());
    }

    private static ArticleAnalysis Analyze(ReadOnlySpan<char> text)
    {
        TextScreen.Validate(text);
        var document = PlainTextParser.Parse(text);
        var figures = TextFiguresCalculator.Calculate(document.Body);
        var entities = EntityExtractor.Extract(document.Body);
        return new ArticleAnalysis(document, figures, entities);
    }
}
