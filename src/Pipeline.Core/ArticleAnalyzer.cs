using System.Text.Json;
using System.Xml;
using Pipeline.Core.Decoding;
using Pipeline.Core.Detection;
using Pipeline.Core.Extraction;
using Pipeline.Core.Model;
using Pipeline.Core.Parsing;
using Pipeline.Core.Parsing.Feeds;
using Pipeline.Core.Parsing.Html;
using Pipeline.Core.Parsing.Markdown;
using Pipeline.Core.Parsing.Structured;
using Pipeline.Core.Statistics;
using Pipeline.Core.Text;

namespace Pipeline.Core;

/// <summary>
/// Analyzes article files: reads them within limits, unwraps gzip, decodes the text, detects the format, extracts
/// each article's clean text and metadata, computes its text figures and finds its named entities. Stateless apart
/// from its options, so one instance can serve concurrent callers.
/// </summary>
public sealed class ArticleAnalyzer
{
    public ArticleAnalyzer()
        : this(ArticleAnalyzerOptions.Default)
    {
    }

    private readonly AnalysisMemoryGate _gate;

    public ArticleAnalyzer(ArticleAnalyzerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        Options = options;
        _gate = new AnalysisMemoryGate(options.MaxConcurrentTextBytes);
    }

    /// <summary>The limits this analyzer enforces, so callers can reject an over-large file before reading it.</summary>
    public ArticleAnalyzerOptions Options { get; }

    /// <summary>
    /// Reads one plain-text article from the stream (gzip-wrapped or not, up to
    /// <see cref="ArticleAnalyzerOptions.MaxInputBytes"/>), decodes it and analyzes it.
    /// </summary>
    /// <exception cref="ArticleFormatException">The file is too large, empty, binary, mis-encoded or holds no article.</exception>
    public async Task<ArticleAnalysis> AnalyzeAsync(Stream content, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        var text = await ReadTextAsync(content, cancellationToken);
        using var lease = await _gate.EnterAsync(text.Length, cancellationToken);
        return AnalyzePlainText(text);
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
        ArgumentNullException.ThrowIfNull(content);
        EnsureDefined(format);
        var text = await ReadTextAsync(content, cancellationToken);
        var lease = await _gate.EnterAsync(text.Length, cancellationToken);
        return await WithinDeadlineAsync(lease, token => AnalyzeText(text, fileName, format, token), cancellationToken);
    }

    /// <summary>
    /// Runs an analysis on the thread pool for at most <see cref="ArticleAnalyzerOptions.MaxAnalysisTime"/>. Past it
    /// the caller gets an <see cref="ArticleAnalysisTimeoutException"/> at once, and the analysis is cancelled at its
    /// next checkpoint; it keeps its share of the memory budget until it has really stopped, so abandoned work never
    /// lets more text into memory than the budget allows.
    /// </summary>
    private static async Task<T> WithinDeadlineAsync<T>(AnalysisMemoryGate.Lease lease, Func<CancellationToken, T> analyze, TimeSpan limit, CancellationToken cancellationToken)
    {
        var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        Task<T> work;
        try
        {
            deadline.CancelAfter(limit);
            work = Task.Run(
                () =>
                {
                    try
                    {
                        return analyze(deadline.Token);
                    }
                    finally
                    {
                        lease.Dispose();
                        deadline.Dispose();
                    }
                },
                CancellationToken.None);
        }
        catch
        {
            lease.Dispose();
            deadline.Dispose();
            throw;
        }

        try
        {
            return await work.WaitAsync(limit, cancellationToken);
        }
        catch (Exception ex) when (ex is TimeoutException or OperationCanceledException && !cancellationToken.IsCancellationRequested)
        {
            // Whatever the abandoned analysis ends with is of no interest any more; observe it so it is not reported.
            _ = work.ContinueWith(static t => t.Exception, CancellationToken.None, TaskContinuationOptions.OnlyOnFaulted, TaskScheduler.Default);
            throw new ArticleAnalysisTimeoutException(limit);
        }
    }

    private Task<T> WithinDeadlineAsync<T>(AnalysisMemoryGate.Lease lease, Func<CancellationToken, T> analyze, CancellationToken cancellationToken) =>
        WithinDeadlineAsync(lease, analyze, Options.MaxAnalysisTime, cancellationToken);

    /// <summary>
    /// Analyzes a file whose text is already decoded (standard input, a string from elsewhere), like
    /// <see cref="AnalyzeFileAsync"/> without the reading, gzip and decoding steps.
    /// </summary>
    /// <exception cref="ArticleFormatException">The text is too long, empty, binary-looking or cannot be read as an article file.</exception>
    public FileAnalysis AnalyzeFile(string text, string? fileName = null, ArticleFormat? format = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        EnsureDefined(format);
        EnsureWithinLimit(text);
        TextScreen.Validate(text);
        return AnalyzeText(text, fileName, format, CancellationToken.None);
    }

    /// <summary>Analyzes plain text that is already decoded, as one article.</summary>
    /// <exception cref="ArticleFormatException">The text is too long, empty, binary-looking or holds no article.</exception>
    public ArticleAnalysis Analyze(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        EnsureWithinLimit(text);
        TextScreen.Validate(text);
        return AnalyzePlainText(text);
    }

    private static void EnsureDefined(ArticleFormat? format)
    {
        if (format is { } value && !Enum.IsDefined(value))
        {
            throw new ArgumentOutOfRangeException(nameof(format), value, "not a known article format");
        }
    }

    private void EnsureWithinLimit(string text)
    {
        // Every char is at least one UTF-8 byte, so a longer string is certainly over the byte limit.
        if (text.Length > Options.MaxInputBytes)
        {
            throw new ArticleFormatException(ArticleErrorCode.TooLarge, ArticleErrors.TextTooLong(text.Length, Options.MaxInputBytes));
        }
    }

    private async Task<string> ReadTextAsync(Stream content, CancellationToken cancellationToken)
    {
        using var raw = await BoundedStreamReader.ReadAsync(content, Options.MaxFileBytes, cancellationToken);
        cancellationToken.ThrowIfCancellationRequested();
        using var decompressed = GzipUnwrapper.Unwrap(raw, Options, cancellationToken);
        if (decompressed is null && raw.Length > Options.MaxInputBytes)
        {
            // Only reachable when gzip files may be larger than plain ones.
            throw new ArticleFormatException(ArticleErrorCode.TooLarge, ArticleErrors.TooLarge(raw.Length, Options.MaxInputBytes));
        }

        var text = ArticleTextDecoder.Decode((decompressed ?? raw).Span).Text;
        TextScreen.Validate(text);
        return text;
    }

    private static ArticleAnalysis AnalyzePlainText(string text)
    {
        var document = Guarded(() => PlainTextParser.Parse(text, null).Document);
        return HasText(document) ? Analyze(document) : throw new ArticleFormatException(ArticleErrorCode.NoArticleText, ArticleErrors.NoArticleText);
    }

    private FileAnalysis AnalyzeText(string text, string? fileName, ArticleFormat? forced, CancellationToken cancellationToken)
    {
        ArticleFormat? format;
        if (forced is { } chosen)
        {
            FormatDetector.EnsureFits(text, chosen);
            format = chosen;
        }
        else
        {
            format = FormatDetector.Detect(text, fileName);
        }

        cancellationToken.ThrowIfCancellationRequested();
        var limits = Options.ParseLimits;
        switch (format)
        {
            case ArticleFormat.Html:
                StructureLimits.Check(text, ArticleFormat.Html, limits);
                return Single(ArticleFormat.Html, Guarded(() => HtmlArticleParser.Parse(text, null)), cancellationToken);
            case ArticleFormat.Markdown:
                return Single(ArticleFormat.Markdown, Guarded(() => MarkdownArticleParser.Parse(text)), cancellationToken);
            case ArticleFormat.Json:
                StructureLimits.Check(text, ArticleFormat.Json, limits);
                return Batch(ArticleFormat.Json, Guarded(() => JsonArticleParser.Parse(text, limits)), cancellationToken);
            case ArticleFormat.JsonLines:
                StructureLimits.Check(text, ArticleFormat.JsonLines, limits);
                return Batch(ArticleFormat.JsonLines, Guarded(() => JsonLinesArticleParser.Parse(text, limits)), cancellationToken);
            case ArticleFormat.Rss or ArticleFormat.Atom:
                StructureLimits.Check(text, format.Value, limits);
                return Batch(format.Value, Guarded(() => FeedArticleParser.Parse(text, limits)), cancellationToken);
            default:
                // The plain-text family (or one of its members, forced): the parser tells prose, tokenized and scraped apart.
                var (document, detected) = Guarded(() => PlainTextParser.Parse(text, format));
                return Single(detected, document, cancellationToken);
        }
    }

    private static FileAnalysis Single(ArticleFormat format, ArticleDocument document, CancellationToken cancellationToken = default) =>
        HasText(document)
            ? new FileAnalysis(format, [new ArticleEntry(0, Analyze(document, cancellationToken), null)])
            : throw new ArticleFormatException(ArticleErrorCode.NoArticleText, ArticleErrors.NoArticleText);

    private FileAnalysis Batch(ArticleFormat format, IReadOnlyList<ParsedEntry> parsed, CancellationToken cancellationToken)
    {
        if (parsed.Count > Options.MaxEntriesPerFile)
        {
            throw new ArticleFormatException(ArticleErrorCode.TooLarge, ArticleErrors.TooManyEntries(parsed.Count, Options.MaxEntriesPerFile));
        }

        if (parsed.Count == 0)
        {
            throw new ArticleFormatException(ArticleErrorCode.NoArticleText, ArticleErrors.NoEntries);
        }

        var entries = new ArticleEntry[parsed.Count];
        for (var i = 0; i < parsed.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            entries[i] = AnalyzeEntry(parsed[i], cancellationToken);
        }

        return new FileAnalysis(format, entries);
    }

    private static ArticleEntry AnalyzeEntry(ParsedEntry entry, CancellationToken cancellationToken)
    {
        if (entry.Document is not { } document)
        {
            return new ArticleEntry(entry.Index, null, entry.Error ?? new ArticleError(ArticleErrorCode.NoArticleText, ArticleErrors.EntryNoArticleText));
        }

        if (!HasText(document))
        {
            return new ArticleEntry(entry.Index, null, new ArticleError(ArticleErrorCode.NoArticleText, ArticleErrors.EntryNoArticleText));
        }

        try
        {
            return new ArticleEntry(entry.Index, Analyze(document, cancellationToken), null);
        }
        catch (ArticleFormatException ex)
        {
            return new ArticleEntry(entry.Index, null, ex.ToError());
        }
    }

    private static bool HasText(ArticleDocument document) => !string.IsNullOrWhiteSpace(document.Body);

    private static ArticleAnalysis Analyze(ArticleDocument document, CancellationToken cancellationToken = default)
    {
        var body = document.Body;
        if (document.Language is null && LanguageDetector.Detect(body) is { } language)
        {
            document = document with { Language = language };
        }

        cancellationToken.ThrowIfCancellationRequested();
        var figures = TextFiguresCalculator.Calculate(body);
        cancellationToken.ThrowIfCancellationRequested();
        var entities = EntityExtractor.Extract(body, document.Title, Extraction.Tagging.EntityTagger.Default, cancellationToken);
        cancellationToken.ThrowIfCancellationRequested();
        return StatisticsStage.Complete(new ArticleAnalysis(document, figures, entities));
    }

    /// <summary>
    /// Runs a parser and gives the failures that slip through as raw XML or JSON exceptions the typed form every
    /// caller handles, with their position. Other exception types are bugs and are left to surface.
    /// </summary>
    private static T Guarded<T>(Func<T> parse)
    {
        try
        {
            return parse();
        }
        catch (ArticleFormatException ex) when (ex.Code == ArticleErrorCode.Malformed && ex.Message == ArticleErrors.NoArticleText)
        {
            // The message-only constructor types every error Malformed; "no article text" has a code of its own.
            throw new ArticleFormatException(ArticleErrorCode.NoArticleText, ex.Message, ex);
        }
        catch (XmlException ex)
        {
            throw new ArticleFormatException(ArticleErrorCode.Malformed, ArticleErrors.NotValidXml(ex.LineNumber, ex.LinePosition), ex);
        }
        catch (JsonException ex)
        {
            throw new ArticleFormatException(
                ArticleErrorCode.Malformed,
                ArticleErrors.NotValidJson((ex.LineNumber ?? 0) + 1, (ex.BytePositionInLine ?? 0) + 1),
                ex);
        }
    }
}
