using System.Collections.Concurrent;
using System.CommandLine;
using System.Diagnostics;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Pipeline.Cli.Output;
using Pipeline.Storage.Articles;
using Pipeline.Storage.Files;
using Pipeline.Storage.Hosting;
using Spectre.Console;

namespace Pipeline.Cli.Commands;

/// <summary>
/// <c>pipeline reprocess NAME...|--failed|--all</c>: asks for files to be processed again and processes them here,
/// with the same ingestion and failure policy as the trigger, replacing (never adding to) what they contributed.
/// </summary>
public static class ReprocessCommand
{
    /// <summary>The outcome of a file that neither the container nor the table knows.</summary>
    public const string NotFound = "notFound";

    public static Command Create()
    {
        var storage = new StorageSettings();
        var names = new Argument<string[]>("name")
        {
            Description = "Blob names of the files to reprocess.",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var failed = new Option<bool>("--failed") { Description = "Reprocess every failed or quarantined file." };
        var all = new Option<bool>("--all") { Description = "Reprocess every file in the container." };
        var parallel = CliOptions.Parallel(Math.Max(2, Environment.ProcessorCount), "How many files are processed at once.");
        var json = CliOptions.Json();
        var command = new Command("reprocess", """
            Process files again although they have not changed (the extraction improved, a limit was raised, a quarantined
            file's cause was fixed), here and now, and print each file's outcome. What a file contributed to the
            aggregates is replaced, never counted twice.

            Examples:
              pipeline reprocess broken.json
              pipeline reprocess --failed
              pipeline reprocess --all --parallel 4 --json > reprocessed.json
            Exit codes: 0 every file processed, 1 some file failed (or is unknown), 2 usage error, 3 storage unreachable,
            130 interrupted.
            """)
        {
            names, failed, all, parallel, json,
        };
        storage.AddTo(command);
        command.Validators.Add(result =>
        {
            var choices = (result.GetValue(names) is { Length: > 0 } ? 1 : 0) + (result.GetValue(failed) ? 1 : 0) + (result.GetValue(all) ? 1 : 0);
            if (choices != 1)
            {
                result.AddError("Say which files to reprocess: NAME..., --failed or --all (one of them).");
            }
        });
        VerbAction.Set(command, async (parse, cancellationToken) =>
        {
            await using var services = CliServices.Create(parse, storage);
            var pipelineStorage = services.GetRequiredService<PipelineStorage>();
            await pipelineStorage.EnsureCreatedAsync(cancellationToken);
            var reader = services.GetRequiredService<FileStatusReader>();
            var targets = parse.GetValue(all)
                ? await AllAsync(pipelineStorage, cancellationToken)
                : parse.GetValue(failed)
                    ? await FailedAsync(reader, cancellationToken)
                    : [.. parse.GetValue(names)!.Distinct(StringComparer.Ordinal)];
            if (targets.Count == 0)
            {
                await Console.Error.WriteLineAsync(parse.GetValue(all) ? "pipeline: the container holds no files." : "pipeline: no failed or quarantined files.");
                return parse.GetValue(json) ? await WriteEmptyAsync() : ExitCodes.Ok;
            }

            var run = new ReprocessRun(pipelineStorage, services.GetRequiredService<ArticleIngestor>(), reader);
            return await run.ExecuteAsync(targets, parse.GetValue(parallel), parse.GetValue(json), cancellationToken);
        });
        return command;
    }

    private static Task<int> WriteEmptyAsync()
    {
        CliJson.Write(new ReprocessReport([], 0, 0, 0, 0, Interrupted: false));
        return Task.FromResult(ExitCodes.Ok);
    }

    private static async Task<List<string>> AllAsync(PipelineStorage storage, CancellationToken cancellationToken)
    {
        var names = new List<string>();
        await foreach (var blob in storage.Articles.GetBlobsAsync(cancellationToken: cancellationToken))
        {
            names.Add(blob.Name);
        }

        return names;
    }

    private static async Task<List<string>> FailedAsync(FileStatusReader reader, CancellationToken cancellationToken)
    {
        var names = new List<string>();
        foreach (var state in new[] { FileStates.Failed, FileStates.Quarantined })
        {
            string? token = null;
            do
            {
                var page = await reader.ListAsync(state, FileStatusReader.MaxPageSize, token, cancellationToken);
                names.AddRange(page.Files.Select(f => f.Name));
                token = page.ContinuationToken;
            }
            while (token is not null);
        }

        return [.. names.Order(StringComparer.Ordinal)];
    }

    /// <summary>One reprocessing run: the files, their outcomes as they complete, and the report.</summary>
    private sealed class ReprocessRun(PipelineStorage storage, ArticleIngestor ingestor, FileStatusReader reader)
    {
        private readonly ConcurrentBag<ReprocessedFile> _done = [];
        private readonly Stopwatch _clock = Stopwatch.StartNew();

        public async Task<int> ExecuteAsync(List<string> names, int parallelism, bool json, CancellationToken cancellationToken)
        {
            var console = Terminal.Create();
            var interrupted = false;
            try
            {
                await LiveProgress.RunAsync(console, !json, "Reprocessing", names.Count, null, async advance =>
                {
                    var parallel = new ParallelOptions { MaxDegreeOfParallelism = parallelism, CancellationToken = cancellationToken };
                    await Parallel.ForEachAsync(names, parallel, async (name, ct) =>
                    {
                        _done.Add(await ReprocessAsync(name, ct));
                        advance(1);
                    });
                    return true;
                });
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                interrupted = true;
            }

            var files = _done.OrderBy(f => f.Name, StringComparer.Ordinal).ToList();
            var report = new ReprocessReport(
                files,
                files.Count(f => f.Outcome == FileStates.Processed),
                files.Count(f => f.Outcome != FileStates.Processed),
                names.Count - files.Count,
                Math.Round(_clock.Elapsed.TotalSeconds, 1),
                interrupted);
            if (json)
            {
                CliJson.Write(report);
            }
            else
            {
                Write(console, report);
            }

            return interrupted ? ExitCodes.Interrupted : report.NotProcessed == 0 ? ExitCodes.Ok : ExitCodes.FailuresFound;
        }

        private async Task<ReprocessedFile> ReprocessAsync(string name, CancellationToken cancellationToken)
        {
            // As storage keeps it: a backslash given in a name is the blob's slash.
            name = FileStatusReader.CanonicalName(name);
            if (await reader.GetAsync(name, cancellationToken) is null)
            {
                return new ReprocessedFile(name, NotFound, null, null, null);
            }

            await ingestor.RequestReprocessAsync(name, cancellationToken);
            var outcome = await ingestor.ProcessAsync(storage.Articles.GetBlobClient(name), cancellationToken);
            var status = outcome == IngestOutcome.Removed ? null : await reader.GetAsync(name, cancellationToken);
            // Already done means another processor (the trigger) got to this request first: its result is the outcome.
            var said = outcome == IngestOutcome.AlreadyDone && status is not null ? status.State : JsonNamingPolicy.CamelCase.ConvertName(outcome.ToString());
            return new ReprocessedFile(name, said, status?.State, status?.ErrorCode, status?.Error);
        }

        private static void Write(IAnsiConsole console, ReprocessReport report)
        {
            foreach (var file in report.Files)
            {
                var reason = file.Error is null || file.Outcome == FileStates.Processed ? "" : "  " + (file.ErrorCode is null ? "" : file.ErrorCode + ": ") + Terminal.Clip(file.Error, 200);
                var style = file.Outcome == FileStates.Processed ? Style.Plain : new Style(Color.Red);
                console.Line($"  {file.Outcome,-11} {file.Name}{reason}", style);
            }

            console.Line($"Reprocessed {Terminal.Count(report.Files.Count)} file(s) in {report.Seconds:0.0} s: {Terminal.Count(report.Processed)} processed, {Terminal.Count(report.NotProcessed)} not.");
            if (report.Interrupted)
            {
                console.Line($"Interrupted: {Terminal.Count(report.NotReached)} file(s) were not reprocessed; run the command again for them.");
            }
        }
    }
}

/// <summary>The <c>--json</c> document of <c>pipeline reprocess</c> (docs/cli.md).</summary>
/// <param name="NotReached">Files not reprocessed because Ctrl+C stopped the run first.</param>
internal sealed record ReprocessReport(IReadOnlyList<ReprocessedFile> Files, int Processed, int NotProcessed, int NotReached, double Seconds, bool Interrupted);

/// <summary>
/// One file's outcome: <c>processed</c>, <c>failed</c>, <c>quarantined</c>, <c>retryLater</c> (processing threw; the
/// attempt is recorded), <c>busy</c> (another processor held it too long), <c>superseded</c> (it changed while being
/// read), <c>removed</c> (its blob is gone) or <c>notFound</c>; and its state and reason as recorded afterwards.
/// </summary>
internal sealed record ReprocessedFile(string Name, string Outcome, string? State, string? ErrorCode, string? Error);
