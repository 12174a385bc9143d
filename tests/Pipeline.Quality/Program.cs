using System.Globalization;
using System.Text;

namespace Pipeline.Quality;

/// <summary>
/// Quality measurements. <c>dotnet run -c Release --project tests/Pipeline.Quality -- extraction
/// [--data /work/shared/data/extraction] [--limit N] [--english-only] [--ours-only] [--worst N] [--dump DIR] [--explain ID]</c>.
/// </summary>
public static class Program
{
    private const string DefaultDataFolder = "/work/shared/data/extraction";

    public static int Main(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        Console.OutputEncoding = Encoding.UTF8;
        if (args.Length == 0 || args[0] != "extraction")
        {
            Console.Error.WriteLine("usage: extraction [--data DIR] [--limit N] [--english-only] [--ours-only] [--worst N] [--dump DIR] [--explain ID]");
            return 2;
        }

        var data = DefaultDataFolder;
        var limit = int.MaxValue;
        var worst = 0;
        var englishOnly = false;
        var oursOnly = false;
        string? dump = null;
        string? explain = null;
        for (var i = 1; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--data" when i + 1 < args.Length:
                    data = args[++i];
                    break;
                case "--limit" when i + 1 < args.Length:
                    limit = int.Parse(args[++i], CultureInfo.InvariantCulture);
                    break;
                case "--worst" when i + 1 < args.Length:
                    worst = int.Parse(args[++i], CultureInfo.InvariantCulture);
                    break;
                case "--dump" when i + 1 < args.Length:
                    dump = args[++i];
                    break;
                case "--explain" when i + 1 < args.Length:
                    explain = args[++i];
                    break;
                case "--ours-only":
                    oursOnly = true;
                    break;
                case "--english-only":
                    englishOnly = true;
                    break;
                default:
                    Console.Error.WriteLine($"unknown or incomplete option: {args[i]}");
                    return 2;
            }
        }

        if (!EvaluationSet.Exists(data))
        {
            Console.WriteLine($"data not found: {data} has no {EvaluationSet.ManifestName} and {EvaluationSet.ArchiveName}; nothing measured.");
            return 0;
        }

        var pages = EvaluationSet.Load(data, limit);
        if (englishOnly)
        {
            pages = [.. pages.Where(EnglishPages.IsEnglish)];
        }

        if (explain is not null)
        {
            foreach (var page in pages.Where(p => p.Id == explain))
            {
                Console.WriteLine(new PipelineExtractor().Extract(page.Html, page.Url));
                Console.WriteLine("----");
                SnippetLocator.Explain(page);
            }

            return 0;
        }

        var megabytes = pages.Sum(p => (long)p.ByteCount) / 1_000_000.0;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{pages.Count} pages, {megabytes:0.0} MB of HTML from {data}{(englishOnly ? " (English only)" : string.Empty)}"));
        Console.WriteLine();

        var evaluation = new ExtractionEvaluation(pages);
        IPageExtractor[] extractors = oursOnly ? [new PipelineExtractor()] : [new PipelineExtractor(), new SmartReaderExtractor(), new PageTextExtractor()];
        var results = evaluation.Run(extractors);
        Console.WriteLine(evaluation.Table(results, results[^1]));

        if (worst > 0)
        {
            WorstPages.Print(results[0], worst);
        }

        if (worst > 0 && results.Count > 1)
        {
            WorstPages.PrintLosses(results[0], results[1], worst);
        }

        if (dump is not null)
        {
            WorstPages.Dump(results[0], dump);
        }

        return 0;
    }
}
