using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Pipeline.Cli.Output;
using Pipeline.Storage.Summaries;
using Spectre.Console;

namespace Pipeline.Cli.Commands;

/// <summary><c>pipeline summary</c>: the corpus summary that <c>GET /api/summary</c> serves, as tables.</summary>
public static class SummaryCommand
{
    private const int BarWidth = 40;

    public static Command Create()
    {
        var storage = new StorageSettings();
        var json = CliOptions.Json();
        var command = new Command("summary", """
            Show the corpus summary: totals, the top entities overall and per type, the top sources and articles per day.
            It reads pre-aggregated rows only, so it is as quick at a million articles as at ten.

            Examples:
              pipeline summary
              pipeline summary --json | jq '.topEntities[0]'
            Exit codes: 0 shown, 2 usage error, 3 storage unreachable.
            """)
        {
            json,
        };
        storage.AddTo(command);
        VerbAction.Set(command, async (parse, cancellationToken) =>
        {
            await using var services = CliServices.Create(parse, storage);
            var summary = await services.GetRequiredService<SummaryReader>().ReadAsync(cancellationToken);
            if (parse.GetValue(json))
            {
                // The same document as GET /api/summary.
                CliJson.Write(summary);
            }
            else
            {
                Write(Terminal.Create(), summary);
            }

            return ExitCodes.Ok;
        });
        return command;
    }

    private static void Write(IAnsiConsole console, CorpusSummary summary)
    {
        console.Line(
            $"{Terminal.Count(summary.Articles)} article(s), {Terminal.Count(summary.Words)} words, {Terminal.Count(summary.FailedFiles)} failed file(s)"
            + (summary.LastIngestedAt is { } last ? $"; last ingested {Terminal.Time(last)}." : "."));
        if (summary.Articles == 0)
        {
            return;
        }

        Section(console, "Top entities");
        var top = Terminal.Table("#>", "ENTITY", "TYPE", "ARTICLES>", "MENTIONS>", "FIRST SEEN", "LAST SEEN");
        var rank = 0;
        foreach (var entity in summary.TopEntities)
        {
            top.AddTextRow(Terminal.Count(++rank), entity.Name, entity.Type, Terminal.Count(entity.Articles), Terminal.Count(entity.Mentions), entity.FirstSeen, entity.LastSeen);
        }

        console.Write(top);

        Section(console, "Top entities by type");
        var byType = Terminal.Table("TYPE", "ENTITY", "ARTICLES>", "MENTIONS>");
        foreach (var (type, entities) in summary.TopEntitiesByType)
        {
            foreach (var entity in entities)
            {
                byType.AddTextRow(type, entity.Name, Terminal.Count(entity.Articles), Terminal.Count(entity.Mentions));
            }
        }

        console.Write(byType);

        if (summary.TopSources.Count > 0)
        {
            Section(console, "Top sources");
            var sources = Terminal.Table("SOURCE", "ARTICLES>");
            foreach (var source in summary.TopSources)
            {
                sources.AddTextRow(source.Name, Terminal.Count(source.Articles));
            }

            console.Write(sources);
        }

        if (summary.ArticlesPerDay.Count > 0)
        {
            Section(console, $"Articles per day (the {SummaryReader.RecentDays} days up to the last with articles)");
            var days = Terminal.Table("DAY", "ARTICLES>", "");
            var most = summary.ArticlesPerDay.Max(d => d.Articles);
            foreach (var day in summary.ArticlesPerDay)
            {
                var bar = new string('#', (int)Math.Max(1, Math.Round(BarWidth * (double)day.Articles / most)));
                days.AddTextRow(day.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), Terminal.Count(day.Articles), bar);
            }

            console.Write(days);
        }
    }

    private static void Section(IAnsiConsole console, string title)
    {
        console.Line();
        console.Line(title, new Style(decoration: Decoration.Bold));
    }
}
