using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Pipeline.Cli.Output;
using Pipeline.Storage.Files;
using Spectre.Console;

namespace Pipeline.Cli.Commands;

/// <summary>
/// <c>pipeline status [--state STATE] [NAME...]</c>: what became of dropped files, as a table; one NAME shows that
/// file with what was extracted from it.
/// </summary>
public static class StatusCommand
{
    public const int DefaultLimit = 100;

    /// <summary>How many of one file's entities the text view lists (<c>--json</c> has them all).</summary>
    public const int EntitiesShown = 25;

    public static Command Create()
    {
        var storage = new StorageSettings();
        var names = new Argument<string[]>("name")
        {
            Description = "Blob names of the files to show (as listed; one name shows the file in detail).",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var state = new Option<string?>("--state") { Description = "Only files in this state.", HelpName = "STATE" };
        state.AcceptOnlyFromAmong([.. FileStates.All]);
        var limit = new Option<int>("--limit")
        {
            Description = "List at most this many files (0: all of them).",
            DefaultValueFactory = _ => DefaultLimit,
        };
        limit.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() < 0)
            {
                result.AddError("--limit must be 0 (all) or more.");
            }
        });
        var json = CliOptions.Json();
        var command = new Command("status", """
            Show what became of dropped files: state (processed, failed, quarantined, pending), when, attempts and reason.
            One NAME shows that file with what was extracted from it.

            Examples:
              pipeline status
              pipeline status --state failed
              pipeline status --state pending --limit 0
              pipeline status 000_f8b8f606e1205c8f.txt
              pipeline status --state failed --json | jq -r '.files[] | "\(.name)\t\(.errorCode)\t\(.error)"'
            Exit codes: 0 shown, 1 a NAME is unknown, 2 usage error, 3 storage unreachable.
            """)
        {
            names, state, limit, json,
        };
        storage.AddTo(command);
        command.Validators.Add(result =>
        {
            if (result.GetValue(names) is { Length: > 0 } && result.GetResult(state) is { Implicit: false })
            {
                result.AddError("Give file names or --state, not both.");
            }
        });
        VerbAction.Set(command, async (parse, cancellationToken) =>
        {
            await using var services = CliServices.Create(parse, storage);
            var reader = services.GetRequiredService<FileStatusReader>();
            var requested = parse.GetValue(names) ?? [];
            return requested.Length == 1
                ? await ShowOneAsync(reader, requested[0], parse.GetValue(json), cancellationToken)
                : requested.Length > 1
                    ? await ShowSomeAsync(reader, requested, parse.GetValue(json), cancellationToken)
                    : await ListAsync(reader, parse.GetValue(state), parse.GetValue(limit), parse.GetValue(json), cancellationToken);
        });
        return command;
    }

    private static async Task<int> ListAsync(FileStatusReader reader, string? state, int limit, bool json, CancellationToken cancellationToken)
    {
        // A state the rows record is asked of the table alone; all files, or the pending ones, need the container too.
        var (files, more) = state is null or FileStates.Pending
            ? await ReadContainerAsync(reader, state, limit, cancellationToken)
            : await ReadPagesAsync(reader, state, limit, cancellationToken);
        if (json)
        {
            CliJson.Write(new FileList(files, more));
            return ExitCodes.Ok;
        }

        var console = Terminal.Create();
        if (files.Count == 0)
        {
            console.Line(state is null ? "No files." : $"No {state} files.");
            return ExitCodes.Ok;
        }

        WriteTable(console, files);
        var byState = FileStates.All.Select(s => (State: s, Count: files.Count(f => f.State == s))).Where(c => c.Count > 0);
        console.Line($"{Terminal.Count(files.Count)} file(s): {string.Join(", ", byState.Select(c => $"{Terminal.Count(c.Count)} {c.State}"))}.");
        if (more)
        {
            console.Line($"More files than --limit {limit} are not shown; --limit 0 lists them all.");
        }

        return ExitCodes.Ok;
    }

    private static async Task<(List<FileStatus> Files, bool More)> ReadPagesAsync(FileStatusReader reader, string? state, int limit, CancellationToken cancellationToken)
    {
        var files = new List<FileStatus>();
        string? token = null;
        do
        {
            var pageSize = limit == 0 ? FileStatusReader.MaxPageSize : Math.Min(FileStatusReader.MaxPageSize, limit - files.Count);
            var page = await reader.ListAsync(state, pageSize, token, cancellationToken);
            files.AddRange(page.Files);
            token = page.ContinuationToken;
        }
        while (token is not null && (limit == 0 || files.Count < limit));

        return (files, token is not null);
    }

    // Every blob with its true state, pending included: this reads every file row and lists the container.
    private static async Task<(List<FileStatus> Files, bool More)> ReadContainerAsync(FileStatusReader reader, string? state, int limit, CancellationToken cancellationToken)
    {
        var files = new List<FileStatus>();
        await foreach (var file in reader.AllAsync(cancellationToken))
        {
            if (state is not null && file.State != state)
            {
                continue;
            }

            if (limit > 0 && files.Count == limit)
            {
                return (files, true);
            }

            files.Add(file);
        }

        return (files, false);
    }

    private static async Task<int> ShowSomeAsync(FileStatusReader reader, string[] names, bool json, CancellationToken cancellationToken)
    {
        var found = await Task.WhenAll(names.Distinct(StringComparer.Ordinal).Select(name => reader.GetAsync(name, cancellationToken)));
        var files = found.OfType<FileStatus>().ToList();
        var unknown = names.Where(name => !files.Exists(f => f.Name == name)).ToList();
        if (json)
        {
            CliJson.Write(new FileList(files, More: false));
        }
        else if (files.Count > 0)
        {
            WriteTable(Terminal.Create(), files);
        }

        return await ReportUnknownAsync(unknown);
    }

    private static async Task<int> ShowOneAsync(FileStatusReader reader, string name, bool json, CancellationToken cancellationToken)
    {
        var details = await reader.GetDetailsAsync(name, cancellationToken);
        if (details is null)
        {
            return await ReportUnknownAsync([name]);
        }

        if (json)
        {
            CliJson.Write(details);
            return ExitCodes.Ok;
        }

        var console = Terminal.Create();
        var file = details.Status;
        var facts = Terminal.Table("", "");
        facts.ShowHeaders = false;
        facts.Border = TableBorder.None;
        facts.AddTextRow("file", file.Name);
        facts.AddTextRow("state", file.State);
        if (file.Format is not null)
        {
            facts.AddTextRow("format", file.Format);
        }
        if (file.Error is not null)
        {
            facts.AddTextRow("reason", Reason(file));
        }

        if (details.LastFailure is not null && details.LastFailure != file.Error)
        {
            facts.AddTextRow("last failure", details.LastFailure);
        }

        facts.AddTextRow("attempts", Terminal.Count(file.Attempts));
        if (file.ProcessedAt is not null)
        {
            facts.AddTextRow("processed at", Terminal.Time(file.ProcessedAt));
        }
        if (file.LastFailedAt is not null)
        {
            facts.AddTextRow("last failed at", Terminal.Time(file.LastFailedAt));
        }

        facts.AddTextRow("size", file.ContentLength is { } size ? Terminal.Bytes(size) : "");
        facts.AddTextRow("articles", Terminal.Count(file.Articles) + (file.FailedEntries > 0 ? $" ({Terminal.Count(file.FailedEntries)} entries could not be read)" : ""));
        facts.AddTextRow("words", Terminal.Count(file.Words));
        foreach (var (fact, value) in new[] { ("title", file.Title), ("source", file.Source), ("published", Terminal.Time(file.PublishedAt)) })
        {
            if (!string.IsNullOrEmpty(value))
            {
                facts.AddTextRow(fact, value);
            }
        }
        console.Write(facts);
        if (file.State == FileStates.Pending)
        {
            console.Line("Its current version has not been processed yet; the rest describes the last version that was.");
        }

        if (details.Entities.Count > 0)
        {
            console.Line();
            console.Line($"Entities ({Terminal.Count(details.Entities.Count)}, the most mentioned first):");
            var entities = Terminal.Table("ENTITY", "TYPE", "MENTIONS>", "ARTICLES>");
            foreach (var entity in details.Entities.Take(EntitiesShown))
            {
                entities.AddTextRow(entity.Name, entity.Type, Terminal.Count(entity.Mentions), Terminal.Count(entity.Articles));
            }

            console.Write(entities);
            if (details.Entities.Count > EntitiesShown)
            {
                console.Line($"… and {Terminal.Count(details.Entities.Count - EntitiesShown)} more (--json lists them all).");
            }
        }

        if (details.EntryErrors.Count > 0)
        {
            console.Line();
            console.Line("Entries that could not be read:");
            var errors = Terminal.Table("ENTRY>", "REASON");
            foreach (var error in details.EntryErrors)
            {
                errors.AddTextRow(Terminal.Count(error.Index), $"{error.Code}: {error.Message}");
            }

            console.Write(errors);
        }

        return ExitCodes.Ok;
    }

    private static void WriteTable(IAnsiConsole console, IReadOnlyList<FileStatus> files)
    {
        var table = Terminal.Table("FILE", "STATE", "WHEN", "ATTEMPTS>", "ARTICLES>", "REASON");
        foreach (var file in files)
        {
            var when = file.LastFailedAt is { } failedAt && (file.ProcessedAt is null || failedAt > file.ProcessedAt) ? failedAt : file.ProcessedAt;
            table.AddTextRow(file.Name, file.State, Terminal.Time(when), Terminal.Count(file.Attempts), Terminal.Count(file.Articles), Terminal.Clip(Reason(file)));
        }

        console.Write(table);
    }

    private static string Reason(FileStatus file) =>
        file.Error is null ? "" : file.ErrorCode is null ? file.Error : $"{file.ErrorCode}: {file.Error}";

    private static async Task<int> ReportUnknownAsync(List<string> unknown)
    {
        foreach (var name in unknown)
        {
            await Console.Error.WriteLineAsync($"pipeline: no file named '{name}' in the container or the Articles table.");
        }

        return unknown.Count == 0 ? ExitCodes.Ok : ExitCodes.FailuresFound;
    }
}

/// <summary>The <c>--json</c> document of a file listing: the files, and whether <c>--limit</c> left some out.</summary>
internal sealed record FileList(IReadOnlyList<FileStatus> Files, bool More);
