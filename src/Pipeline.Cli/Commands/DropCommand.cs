using System.CommandLine;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Pipeline.Storage.Dropping;
using Pipeline.Storage.Hosting;

namespace Pipeline.Cli.Commands;

/// <summary><c>pipeline drop PATH...</c>: uploads article files into the container, as an operator would.</summary>
public static class DropCommand
{
    public static readonly TimeSpan WaitTimeout = TimeSpan.FromMinutes(2);

    public static Command Create()
    {
        var connection = StorageSettings.ConnectionOption();
        var paths = new Argument<FileSystemInfo[]>("path")
        {
            Description = "Files or folders to upload (folders recursively; blob names are paths relative to the folder).",
            Arity = ArgumentArity.OneOrMore,
        };
        var wait = new Option<bool>("--wait") { Description = "Wait until each dropped file is processed or failed, and print its fate." };
        var command = new Command("drop", "Upload article files to the articles container. Unchanged files are skipped.")
        {
            paths, connection, wait,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var configuration = new ConfigurationManager();
            configuration.AddEnvironmentVariables();
            StorageSettings.Apply(configuration, parse.GetValue(connection));
            // An operator at a terminal wants a dead storage account reported in seconds, not after the SDK's
            // default retries with exponential backoff.
            configuration.AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Pipeline:AzureClientDefaults:Retry:MaxRetries"] = "2",
                ["Pipeline:AzureClientDefaults:Retry:Delay"] = "00:00:00.250",
                ["Pipeline:AzureClientDefaults:Retry:NetworkTimeout"] = "00:00:30",
            });
            await using var services = new ServiceCollection().AddLogging().AddPipelineStorage(configuration).BuildServiceProvider();
            return await StorageCommand.GuardAsync(async () =>
            {
                await services.GetRequiredService<PipelineStorage>().EnsureCreatedAsync(cancellationToken);
                return await DropAndReportAsync(
                    services.GetRequiredService<ArticleDropper>(), parse.GetValue(paths)!, parse.GetValue(wait), cancellationToken);
            });
        });
        return command;
    }

    /// <summary>Uploads, optionally waits, and prints one line per file. Shared by <c>drop</c> and <c>run --drop</c>.</summary>
    public static async Task<int> DropAndReportAsync(ArticleDropper dropper, IReadOnlyList<FileSystemInfo> paths, bool wait, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dropper);
        ArgumentNullException.ThrowIfNull(paths);
        var missing = paths.FirstOrDefault(p => !p.Exists);
        if (missing is not null)
        {
            await Console.Error.WriteLineAsync($"pipeline: '{missing.FullName}' does not exist.");
            return ExitCodes.Usage;
        }

        var files = await dropper.DropAsync(paths, cancellationToken);
        Console.WriteLine($"Dropped {files.Count(f => f.Uploaded)} new or changed file(s); {files.Count(f => !f.Uploaded)} unchanged.");
        if (!wait)
        {
            return ExitCodes.Ok;
        }

        var outcome = await dropper.WaitForAsync(files, WaitTimeout, cancellationToken);
        foreach (var (name, status) in outcome.OrderBy(o => o.Key, StringComparer.Ordinal))
        {
            Console.WriteLine($"  {status ?? "pending",-10} {name}");
        }

        return outcome.Values.All(s => s == "processed") ? ExitCodes.Ok : ExitCodes.FailuresFound;
    }
}
