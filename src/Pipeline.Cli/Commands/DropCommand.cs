using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Pipeline.Cli.Dropping;
using Pipeline.Cli.Output;
using Pipeline.Storage.Dropping;
using Pipeline.Storage.Files;
using Pipeline.Storage.Hosting;
using Spectre.Console;

namespace Pipeline.Cli.Commands;

/// <summary><c>pipeline drop PATH...</c>: uploads article files into the container, as an operator would, and optionally follows their fate.</summary>
public static class DropCommand
{
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromMinutes(10);

    /// <summary>Up to this many files, <c>--wait</c> lists every file's fate; past it, only the files not processed.</summary>
    public const int ListEveryFileUpTo = 20;

    public static Command Create()
    {
        var storage = new StorageSettings();
        var paths = new Argument<string[]>("path")
        {
            Description = "Files, folders (recursively) or quoted glob patterns ('crawl/**/*.html').",
            Arity = ArgumentArity.OneOrMore,
        };
        var wait = new Option<bool>("--wait") { Description = "Follow the dropped files until each is processed or failed (a pipeline must be running: pipeline run, or the function app), and print the outcome." };
        var timeout = Durations.Option("--timeout", DefaultTimeout, "How long --wait follows the files; those still pending then are reported and the exit code is 1.");
        var parallel = CliOptions.Parallel(ArticleDropper.DefaultParallelism, "How many files are uploaded at once.");
        var prefix = new Option<string?>("--prefix") { Description = "Put the blobs under this folder of the container.", HelpName = "FOLDER" };
        var json = CliOptions.Json();
        var command = new Command("drop", """
            Upload article files to the articles container. Files whose content is already there (same MD5) are skipped.

            A file is uploaded under its own name, a folder's files under their paths relative to the folder, a glob's
            matches under their paths relative to the glob's folder part. Quote globs so the shell leaves them alone.

            Examples:
              pipeline drop story.html
              pipeline drop seeds/ --wait
              pipeline drop 'crawl/**/*.json' --prefix crawl/2024-06 --parallel 16
              pipeline drop feeds/ --wait --timeout 30m --json > outcome.json
            Exit codes: 0 dropped (and with --wait, all processed), 1 some file failed or is still pending,
            2 usage error, 3 storage unreachable, 130 interrupted (files whose upload completed are reported).
            """)
        {
            paths, wait, timeout, parallel, prefix, json,
        };
        storage.AddTo(command);
        VerbAction.Set(command, async (parse, cancellationToken) =>
        {
            var files = DropInputs.Expand(parse.GetValue(paths)!, parse.GetValue(prefix), out var problem);
            if (files is null)
            {
                await Console.Error.WriteLineAsync("pipeline: " + problem);
                return ExitCodes.Usage;
            }

            await using var services = CliServices.Create(parse, storage);
            await services.GetRequiredService<PipelineStorage>().EnsureCreatedAsync(cancellationToken);
            var request = new DropRequest(parse.GetValue(wait), parse.GetValue(timeout), parse.GetValue(parallel), parse.GetValue(json), ShowProgress: true);
            return await DropAndReportAsync(services.GetRequiredService<ArticleDropper>(), files, request, cancellationToken);
        });
        return command;
    }

    /// <summary>Uploads, optionally follows, and reports. Shared by <c>drop</c> and <c>run --drop</c>.</summary>
    public static async Task<int> DropAndReportAsync(ArticleDropper dropper, IReadOnlyList<LocalArticleFile> files, DropRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dropper);
        ArgumentNullException.ThrowIfNull(files);
        ArgumentNullException.ThrowIfNull(request);
        var console = Terminal.Create();
        var tally = new DropTally(files.Count);
        var show = request.ShowProgress && !request.Json;
        IReadOnlyList<DroppedFile> dropped;
        try
        {
            dropped = await LiveProgress.RunAsync(console, show, "Uploading", files.Count, new DropRateColumn(tally), advance =>
            {
                tally.Completed = _ => advance(1);
                return dropper.DropAsync(files, request.Parallel, tally, cancellationToken);
            });
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            var report = DropReport.Of(tally, files.Count, null, interrupted: true);
            Write(console, report, request);
            return ExitCodes.Interrupted;
        }

        var uploaded = DropReport.Of(tally, files.Count, null, interrupted: false);
        if (!request.Wait)
        {
            Write(console, uploaded, request);
            return ExitCodes.Ok;
        }

        if (!request.Json)
        {
            console.Line(uploaded.Headline());
        }

        IReadOnlyDictionary<string, FileStatus?> fates;
        var following = tally.Elapsed;
        try
        {
            fates = await LiveProgress.RunAsync(console, show, "Processing", dropped.Count, null, advance =>
                dropper.FollowAsync(dropped, request.Timeout, new SyncProgress<FileStatus>(_ => advance(1)), cancellationToken));
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The uploads are complete; only the waiting was cut short.
            if (request.Json)
            {
                CliJson.Write(uploaded with { Interrupted = true });
            }
            else
            {
                console.Line("Interrupted while waiting; the files were dropped and will be processed. 'pipeline status NAME' shows what became of each.");
            }

            return ExitCodes.Interrupted;
        }

        var outcome = DropReport.Of(tally, files.Count, fates, interrupted: false) with { WaitSeconds = Math.Round((tally.Elapsed - following).TotalSeconds, 1) };
        if (request.Json)
        {
            CliJson.Write(outcome);
        }
        else
        {
            WriteOutcome(console, outcome, request.Timeout);
        }

        return outcome.Processed == outcome.Files.Count ? ExitCodes.Ok : ExitCodes.FailuresFound;
    }

    private static void Write(IAnsiConsole console, DropReport report, DropRequest request)
    {
        if (request.Json)
        {
            CliJson.Write(report);
            return;
        }

        console.Line(report.Headline());
        if (report.Interrupted)
        {
            console.Line($"Interrupted: {report.NotDropped} file(s) were not dropped (an upload cut short is not counted). Run the same command again to drop them; files already there are skipped.");
        }
    }

    private static void WriteOutcome(IAnsiConsole console, DropReport report, TimeSpan timeout)
    {
        var listed = report.Files.Count <= ListEveryFileUpTo ? report.Files : [.. report.Files.Where(f => f.State != FileStates.Processed)];
        foreach (var file in listed)
        {
            var reason = file.Error is null ? "" : "  " + (file.ErrorCode is null ? "" : file.ErrorCode + ": ") + Terminal.Clip(file.Error, 200);
            var style = file.State == FileStates.Processed ? Style.Plain : new Style(Color.Red);
            console.Line($"  {file.State,-11} {file.Name}{reason}", style);
        }

        console.Line($"{Terminal.Count(report.Processed)} processed, {Terminal.Count(report.Failed)} failed, {Terminal.Count(report.Quarantined)} quarantined, {Terminal.Count(report.Pending)} pending after {report.WaitSeconds:0.0} s of waiting.");
        if (report.Pending > 0)
        {
            console.Line($"Still pending after {timeout}: is a pipeline running (pipeline run, or the function app on this account)? 'pipeline status --state pending' lists them.");
        }
    }
}

/// <summary>How a drop runs.</summary>
/// <param name="ShowProgress">Draw live progress when standard output is a terminal (never under <c>--json</c>).</param>
public sealed record DropRequest(bool Wait, TimeSpan Timeout, int Parallel, bool Json, bool ShowProgress);

/// <summary>An <see cref="IProgress{T}"/> that calls back at once, on the reporting thread.</summary>
internal sealed class SyncProgress<T>(Action<T> report) : IProgress<T>
{
    public void Report(T value) => report(value);
}
