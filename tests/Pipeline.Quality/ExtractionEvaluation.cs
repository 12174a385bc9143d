using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace Pipeline.Quality;

/// <summary>Runs extractors over the evaluation pages and reports the snippet metric and throughput of each.</summary>
internal sealed class ExtractionEvaluation(IReadOnlyList<EvaluationPage> pages)
{
    private const int WarmUpPages = 100;

    public List<ExtractorResult> Run(IEnumerable<IPageExtractor> extractors)
    {
        // Untimed warm-up of every extractor first: tiered JIT compiles the shared HTML parser slowly at first and
        // optimizes it later, which would otherwise count against whichever extractor happens to run first.
        var all = extractors.ToList();
        foreach (var extractor in all)
        {
            foreach (var page in pages.Take(WarmUpPages))
            {
                extractor.Extract(page.Html, page.Url);
            }
        }

        var results = new List<ExtractorResult>();
        foreach (var extractor in all)
        {
            GC.Collect();

            var total = default(SnippetScore);
            var perPage = new List<PageResult>(pages.Count);
            var watch = new Stopwatch();
            var cpu = TimeSpan.Zero;
            var allocated = 0L;
            using var process = Process.GetCurrentProcess();
            foreach (var page in pages)
            {
                process.Refresh();
                var cpuBefore = process.TotalProcessorTime;
                var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
                watch.Start();
                var output = extractor.Extract(page.Html, page.Url);
                watch.Stop();
                allocated += GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;
                process.Refresh();
                cpu += process.TotalProcessorTime - cpuBefore;
                var score = SnippetScore.Of(output, page);
                total += score;
                perPage.Add(new PageResult(page, score, output));
            }

            results.Add(new ExtractorResult(extractor.Name, total, watch.Elapsed, cpu, allocated, perPage));
        }

        return results;
    }

    public string Table(IReadOnlyList<ExtractorResult> results, ExtractorResult speedBaseline)
    {
        var megabytes = pages.Sum(p => (long)p.ByteCount) / 1_000_000.0;
        var table = new StringBuilder();
        table.AppendLine("| extractor | pages | precision | recall | F1 | MB/s (wall) | MB/s (CPU) | speed vs text-of-page (CPU) | allocated per page |");
        table.AppendLine("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
        foreach (var result in results)
        {
            var speed = megabytes / result.Elapsed.TotalSeconds;
            var cpuSpeed = megabytes / result.ProcessorTime.TotalSeconds;
            var baselineSpeed = megabytes / speedBaseline.ProcessorTime.TotalSeconds;
            table.AppendLine(CultureInfo.InvariantCulture,
                $"| {result.Name} | {pages.Count} | {result.Score.Precision:0.0000} | {result.Score.Recall:0.0000} | {result.Score.F1:0.0000} | {speed:0.0} | {cpuSpeed:0.0} | {cpuSpeed / baselineSpeed:0.00}× | {result.AllocatedBytes / 1e6 / pages.Count:0.0} MB |");
        }

        return table.ToString();
    }
}

internal sealed record PageResult(EvaluationPage Page, SnippetScore Score, string Output);

/// <param name="Elapsed">Wall-clock time spent extracting.</param>
/// <param name="ProcessorTime">Processor time of the whole process meanwhile (garbage collection included), which other
/// load on the machine does not inflate.</param>
/// <param name="AllocatedBytes">Bytes allocated on the extracting thread.</param>
internal sealed record ExtractorResult(string Name, SnippetScore Score, TimeSpan Elapsed, TimeSpan ProcessorTime, long AllocatedBytes, IReadOnlyList<PageResult> Pages);
