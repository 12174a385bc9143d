using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Pipeline.Cli.Output;
using Pipeline.Storage.Hosting;
using Pipeline.Storage.Verification;
using Spectre.Console;

namespace Pipeline.Cli.Commands;

/// <summary><c>pipeline verify [--repair]</c>: recounts the aggregates from the files' rows and reports (or repairs) drift.</summary>
public static class VerifyCommand
{
    public static Command Create()
    {
        var storage = new StorageSettings();
        var repair = new Option<bool>("--repair") { Description = "Fix every drift found: counters, contributions, rank rows and totals are rewritten from the files' rows." };
        var json = CliOptions.Json();
        var command = new Command("verify", """
            Recount the aggregates (entity counters, leaderboard, totals) from the per-file rows and report any drift;
            --repair fixes it. It reads every row, so it takes time in proportion to the corpus.

            Examples:
              pipeline verify
              pipeline verify --repair
              pipeline verify --json | jq '.drifts[] | .problem'
            Exit codes: 0 no drift (or all of it repaired), 1 drift found and not repaired, 2 usage error,
            3 storage unreachable.
            """)
        {
            repair, json,
        };
        storage.AddTo(command);
        VerbAction.Set(command, async (parse, cancellationToken) =>
        {
            await using var services = CliServices.Create(parse, storage);
            var fix = parse.GetValue(repair);
            if (fix)
            {
                await services.GetRequiredService<PipelineStorage>().EnsureCreatedAsync(cancellationToken);
            }

            var console = Terminal.Create();
            var verifier = services.GetRequiredService<AggregateVerifier>();
            var report = Terminal.IsInteractive && !parse.GetValue(json)
                ? await console.Status().StartAsync(fix ? "Recounting and repairing…" : "Recounting…", _ => verifier.VerifyAsync(fix, cancellationToken))
                : await verifier.VerifyAsync(fix, cancellationToken);
            if (parse.GetValue(json))
            {
                CliJson.Write(report);
            }
            else
            {
                Write(console, report);
            }

            return report.Clean || report.Repaired ? ExitCodes.Ok : ExitCodes.FailuresFound;
        });
        return command;
    }

    private static void Write(IAnsiConsole console, VerificationReport report)
    {
        var scope = $"{Terminal.Count(report.FilesChecked)} file(s) and {Terminal.Count(report.EntitiesChecked)} entities";
        if (report.Clean)
        {
            console.Line($"No drift: the aggregates agree with the {scope} checked.");
            return;
        }

        var table = Terminal.Table("TABLE", "KEY", "PROBLEM");
        foreach (var drift in report.Drifts)
        {
            table.AddTextRow(drift.Table, drift.Key, drift.Problem);
        }

        console.Write(table);
        console.Line(
            report.Repaired
                ? $"Repaired {Terminal.Count(report.Drifts.Count)} drift(s) found in {scope}."
                : $"Found {Terminal.Count(report.Drifts.Count)} drift(s) in {scope}. 'pipeline verify --repair' fixes them.",
            report.Repaired ? Style.Plain : new Style(Color.Red));
    }
}
