using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace Pipeline.Quality;

/// <summary>Runs extractors over the evaluation pages and reports the snippet metric and throughput of each.</summary>
internal sealed class ExtractionEvaluation(IReadOnlyList<EvaluationPage> pages)
{
    public List<ExtractorResult> Run(IEnumerable<IPageExtractor> extractors)
    {
        var results = new List<ExtractorResult>();
        foreach (var extractor in extractors)
        {
            // One untimed page first so that JIT compilation is not counted against the first extractor.
            if (pages.Count > 0)
            {
                extractor.Extract(pages[0].Html, pages[0].Url);
            }

            var total = default(SnippetScore);
            var perPage = new List<PageResult>(pages.Count);
            var watch = new Stopwatch();
            foreach (var page in pages)
            {
                watch.Start();
                var output = extractor.Extract(page.Html, page.Url);
                watch.Stop();
                var score = SnippetScore.Of(output, page);
                total += score;
                perPage.Add(new PageResult(page, score, output));
            }

            results.Add(new ExtractorResult(extractor.Name, total, watch.Elapsed, perPage));
        }

        return results;
    }

    public string Table(IReadOnlyList<ExtractorResult> results, ExtractorResult speedBaseline)
    {
        var megabytes = pages.Sum(p => (long)p.ByteCount) / 1_000_000.0;
        var table = new StringBuilder();
        table.AppendLine("| extractor | pages | precision | recall | F1 | MB/s | speed vs text-of-page |");
        table.AppendLine("| --- | ---: | ---: | ---: | ---: | ---: | ---: |");
        foreach (var result in results)
        {
            var speed = megabytes / result.Elapsed.TotalSeconds;
            var baselineSpeed = megabytes / speedBaseline.Elapsed.TotalSeconds;
            table.AppendLine(CultureInfo.InvariantCulture,
                $"| {result.Name} | {pages.Count} | {result.Score.Precision:0.000} | {result.Score.Recall:0.000} | {result.Score.F1:0.000} | {speed:0.0} | {speed / baselineSpeed:0.00}× |");
        }

        return table.ToString();
    }
}

internal sealed record PageResult(EvaluationPage Page, SnippetScore Score, string Output);

internal sealed record ExtractorResult(string Name, SnippetScore Score, TimeSpan Elapsed, IReadOnlyList<PageResult> Pages);
