using System.Globalization;

namespace Pipeline.Quality;

/// <summary>Shows where an extractor loses: the pages with the most missed or leaked snippets.</summary>
internal static class WorstPages
{
    public static void Print(ExtractorResult result, int count)
    {
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Worst pages for {result.Name}:"));
        foreach (var page in result.Pages.OrderByDescending(p => p.Score.FalseNegatives + p.Score.FalsePositives).Take(count))
        {
            var normalized = SnippetScore.NormalizeWhitespace(page.Output);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"- {page.Page.Id} {page.Page.Url} (output {page.Output.Length} chars)"));
            foreach (var missed in page.Page.GoldWith.Where(s => !normalized.Contains(SnippetScore.NormalizeWhitespace(s), StringComparison.Ordinal)))
            {
                Console.WriteLine($"    missed: {missed}");
            }

            foreach (var leaked in page.Page.GoldWithout.Where(s => normalized.Contains(SnippetScore.NormalizeWhitespace(s), StringComparison.Ordinal)))
            {
                Console.WriteLine($"    leaked: {leaked}");
            }
        }
    }

    /// <summary>Writes each page's output to a folder, for reading the failures (outside the repository).</summary>
    public static void Dump(ExtractorResult result, string folder)
    {
        Directory.CreateDirectory(folder);
        foreach (var page in result.Pages)
        {
            File.WriteAllText(Path.Combine(folder, page.Page.Id + ".txt"), page.Output);
        }
    }

    /// <summary>Pages where <paramref name="other"/> made fewer mistakes than <paramref name="ours"/>, biggest gap first.</summary>
    public static void PrintLosses(ExtractorResult ours, ExtractorResult other, int count)
    {
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Pages where {other.Name} does better:"));
        var losses = ours.Pages.Zip(other.Pages)
            .Select(pair => (pair.First, Gap: Errors(pair.First.Score) - Errors(pair.Second.Score)))
            .Where(x => x.Gap > 0)
            .OrderByDescending(x => x.Gap)
            .Take(count);
        foreach (var (page, gap) in losses)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"- {page.Page.Id} by {gap} (ours: {page.Score.FalseNegatives} missed, {page.Score.FalsePositives} leaked)"));
        }
    }

    private static int Errors(SnippetScore score) => score.FalseNegatives + score.FalsePositives;
}
