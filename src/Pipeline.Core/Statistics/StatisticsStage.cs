using Pipeline.Core.Model;
using Pipeline.Core.Text;

namespace Pipeline.Core.Statistics;

/// <summary>
/// The statistics half of article analysis: dates, figures and quotes of the body, each figure with its sentence,
/// source and time, and the per-article text figures that depend on them. Pure and linear in the body's length.
/// </summary>
internal static class StatisticsStage
{
    /// <summary>Average adult silent reading speed for English non-fiction, words a minute (Brysbaert 2019).</summary>
    private const double WordsPerMinute = 238;

    public static ArticleAnalysis Complete(ArticleAnalysis analysis)
    {
        var document = analysis.Document;
        var result = Extract(document.Body, document.PublishedAt is { } at ? DateOnly.FromDateTime(at.Date) : null, analysis.Entities);
        var figures = analysis.Figures;
        var body = document.Body;
        var quoted = 0;
        foreach (var quote in result.Quotes)
        {
            quoted += quote.End - quote.Start;
        }

        figures = figures with
        {
            ReadingMinutes = Math.Round(figures.Words / WordsPerMinute, 1),
            MeanSentenceLength = figures.Sentences == 0 ? 0 : Math.Round((double)figures.Words / figures.Sentences, 1),
            QuotedShare = body.Length == 0 ? 0 : Math.Round((double)quoted / body.Length, 3),
            NumericFacts = result.Statistics.Count,
            DateMentions = result.Dates.Count,
            Quotations = result.Quotes.Count,
            DistinctEntities = analysis.Entities.Count,
            ReadingEase = document.Language is null or "en" ? Readability.FleschReadingEase(body, figures.Sentences) : null,
        };

        return analysis with { Figures = figures, Statistics = result.Statistics, Dates = result.Dates, Quotes = result.Quotes };
    }

    public static (IReadOnlyList<NumericFact> Statistics, IReadOnlyList<DateMention> Dates, IReadOnlyList<Quotation> Quotes) Extract(
        string body, DateOnly? published, IReadOnlyList<ExtractedEntity> entities)
    {
        var text = new TokenText(body);
        var claimed = new bool[text.Count];
        var dates = DateExtractor.Extract(text, published, claimed);
        dates.Sort((a, b) => a.Start.CompareTo(b.Start));
        var drafts = FigureExtractor.Extract(text, claimed);
        var index = new EntityIndex(entities);
        var quotes = QuoteExtractor.Extract(text, index);
        return (Facts(text, drafts, dates, index), dates, quotes);
    }

    private static List<NumericFact> Facts(TokenText text, List<FigureDraft> drafts, List<DateMention> dates, EntityIndex entities)
    {
        var facts = new List<NumericFact>(drafts.Count);
        var body = text.Text;
        var sentences = SentenceRanges(body);
        var sentence = 0;
        var cachedSentence = -1;
        (string? Name, string? Key) source = default;
        foreach (var draft in drafts)
        {
            var start = text[draft.FirstToken].Start;
            var end = text[draft.LastToken].End;
            while (sentence < sentences.Count - 1 && sentences[sentence].End <= start)
            {
                sentence++;
            }

            var (sentenceStart, sentenceEnd) = sentences.Count == 0 ? (0, body.Length) : sentences[sentence];
            if (cachedSentence != sentence)
            {
                cachedSentence = sentence;
                source = SourceOf(text, entities, sentenceStart, sentenceEnd);
            }

            var time = TimeOf(body, dates, start, end, sentenceStart, sentenceEnd);
            facts.Add(new NumericFact(draft.Kind, start, end, body[start..end], draft.Value)
            {
                UpperValue = draft.UpperValue,
                Unit = draft.Unit,
                Currency = draft.Currency,
                Qualifier = draft.Qualifier,
                Relation = draft.Relation,
                Direction = draft.Direction,
                Per = draft.Per,
                Counts = draft.Counts,
                SentenceStart = sentenceStart,
                SentenceEnd = sentenceEnd,
                Source = source.Name,
                SourceKey = source.Key,
                Time = time.Text,
                TimeValue = time.Value,
            });
        }

        return facts;
    }

    private static List<(int Start, int End)> SentenceRanges(string body)
    {
        var ranges = new List<(int, int)>();
        foreach (var range in SentenceSplitter.Split(body))
        {
            var (offset, length) = range.GetOffsetAndLength(body.Length);
            ranges.Add((offset, offset + length));
        }

        return ranges;
    }

    private static (string? Name, string? Key) SourceOf(TokenText text, EntityIndex entities, int sentenceStart, int sentenceEnd)
    {
        var first = text.FirstAtOrAfter(sentenceStart);
        var last = text.FirstAtOrAfter(sentenceEnd);
        if (Attribution.SourceOf(text, first, last) is not { } named)
        {
            return default;
        }

        // The source as written ("ICE"), keyed to the entity it names when it names one.
        var phrase = text.Text[named.Start..named.End];
        if (entities.LastInside(named.Start, named.End) is { } mention && mention.Span.Start == named.Start)
        {
            return (phrase, mention.Entity.Key);
        }

        return (phrase, entities.ByName(phrase)?.Key);
    }

    /// <summary>
    /// The date a figure refers to: the nearest point-in-time date of its sentence; "between fiscal year 2017 and
    /// fiscal year 2018" is taken whole.
    /// </summary>
    private static (string? Text, string? Value) TimeOf(string body, List<DateMention> dates, int start, int end, int sentenceStart, int sentenceEnd)
    {
        var low = 0;
        var high = dates.Count;
        while (low < high)
        {
            var middle = (low + high) >>> 1;
            if (dates[middle].End <= sentenceStart)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        var best = -1;
        var bestDistance = int.MaxValue;
        for (var i = low; i < dates.Count && dates[i].Start < sentenceEnd; i++)
        {
            if (dates[i].IsDuration || dates[i].Kind != TemporalKind.Date)
            {
                continue;
            }

            var distance = dates[i].End <= start ? start - dates[i].End : dates[i].Start - end;
            if (distance >= 0 && distance < bestDistance)
            {
                best = i;
                bestDistance = distance;
            }
        }

        if (best < 0)
        {
            return default;
        }

        var date = dates[best];
        if (best + 1 < dates.Count && (date.Start > end || !body.AsSpan(dates[best + 1].End, Math.Max(0, start - dates[best + 1].End)).Contains(" when ", StringComparison.Ordinal))
            && IsBetween(body, date, dates[best + 1]))
        {
            var next = dates[best + 1];
            return (body[date.Start..next.End], $"{date.Value}/{next.Value}");
        }

        if (best > 0 && (dates[best - 1].Start > end || !body.AsSpan(date.End, Math.Max(0, start - date.End)).Contains(" when ", StringComparison.Ordinal))
            && IsBetween(body, dates[best - 1], date))
        {
            var previous = dates[best - 1];
            return (body[previous.Start..date.End], $"{previous.Value}/{date.Value}");
        }

        return (date.Text, date.Value);
    }

    /// <summary>Whether two dates read "between A and B" or "from A to B" / "from A through B".</summary>
    private static bool IsBetween(string body, DateMention first, DateMention second)
    {
        var gap = body.AsSpan(first.End, Math.Max(0, second.Start - first.End)).Trim();
        var before = body.AsSpan(0, first.Start).TrimEnd();
        return (gap is "and" && before.EndsWith("between", StringComparison.OrdinalIgnoreCase))
            || ((gap is "to" or "through" or "," or ", through") && before.EndsWith("from", StringComparison.OrdinalIgnoreCase));
    }
}
