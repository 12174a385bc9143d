using System.Globalization;
using Pipeline.Core.Model;
using Pipeline.Storage.Articles;
using Pipeline.Storage.Entities;

namespace Pipeline.Cli.Inspection;

/// <summary>Writes one inspected file for a person at a terminal: what was found, in a few lines.</summary>
internal static class InspectionTextWriter
{
    private const int EntitiesShown = 8;
    private const int EntryErrorsShown = 5;

    public static void Write(TextWriter output, InspectionResult result)
    {
        if (result.Error is { } error)
        {
            output.WriteLine($"{result.File}: failed ({ArticleFormats.Name(error.Code)}): {error.Message}");
            return;
        }

        var analysis = result.Analysis!;
        var failed = analysis.FailedCount;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{result.File}: {ArticleFormats.Name(analysis.Format)}, {analysis.ArticleCount} article(s){(failed > 0 ? $", {failed} bad entr{(failed == 1 ? "y" : "ies")}" : "")}"));
        foreach (var entry in analysis.Entries)
        {
            if (entry.Analysis is { } article)
            {
                WriteArticle(output, entry.Index, article);
            }
        }

        foreach (var entry in analysis.Entries.Where(e => e.Error is not null).Take(EntryErrorsShown))
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  [{entry.Index}] failed ({ArticleFormats.Name(entry.Error!.Code)}): {entry.Error.Message}"));
        }

        if (failed > EntryErrorsShown)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  … and {failed - EntryErrorsShown} more bad entries"));
        }
    }

    private static void WriteArticle(TextWriter output, int index, ArticleAnalysis article)
    {
        var document = article.Document;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  [{index}] {document.Title}"));
        var facts = new List<string>();
        AddIfPresent(facts, document.Source);
        AddIfPresent(facts, document.Dateline);
        AddIfPresent(facts, document.PublishedAt?.ToString("yyyy-MM-dd HH:mm zzz", CultureInfo.InvariantCulture));
        if (document.Authors.Count > 0)
        {
            facts.Add("by " + string.Join(", ", document.Authors));
        }

        AddIfPresent(facts, document.Language);
        facts.Add(string.Create(CultureInfo.InvariantCulture,
            $"{article.Figures.Words} words, {article.Figures.Sentences} sentences, {article.Figures.Paragraphs} paragraphs"));
        output.WriteLine("      " + string.Join(" · ", facts));
        if (document.Url is not null)
        {
            output.WriteLine("      " + document.Url);
        }

        var top = article.Entities
            .OrderByDescending(e => e.Mentions)
            .ThenBy(e => e.FirstOffset)
            .Take(EntitiesShown)
            .Select(e => string.Create(CultureInfo.InvariantCulture, $"{e.Name} ({EntityTypeNames.Of(e.Type)}, {e.Mentions})"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"      {article.Entities.Count} entities: {string.Join(", ", top)}"));
    }

    private static void AddIfPresent(List<string> facts, string? fact)
    {
        if (!string.IsNullOrWhiteSpace(fact))
        {
            facts.Add(fact);
        }
    }
}
