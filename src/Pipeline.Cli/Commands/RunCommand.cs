using System.CommandLine;
using Azure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Pipeline.Api;
using Pipeline.Cli.Runtime;
using Pipeline.Storage.Dropping;
using Pipeline.Storage.Hosting;

namespace Pipeline.Cli.Commands;

/// <summary>
/// <c>pipeline run</c>: the local runtime. Serves the function app's HTTP API through the same handlers and
/// stands in for the blob trigger with the reconciler loop (see DESIGN.md, decision 4).
/// </summary>
public static class RunCommand
{
    public const string DefaultUrls = "http://127.0.0.1:7071";

    public static Command Create()
    {
        var connection = new Option<string?>("--connection")
        {
            Description = "Storage connection string. Default: the ArticlesStorage or AzureWebJobsStorage setting, else Azurite (UseDevelopmentStorage=true).",
        };
        var urls = new Option<string>("--urls")
        {
            Description = "Where to serve the HTTP API.",
            DefaultValueFactory = _ => DefaultUrls,
        };
        var drop = new Option<DirectoryInfo?>("--drop")
        {
            Description = "Upload the files of this folder to the articles container at start-up and wait until each is processed.",
        };
        var interval = new Option<TimeSpan>("--interval")
        {
            Description = "Time between two reconciliation passes over the container.",
            DefaultValueFactory = _ => ReconcilerLoop.DefaultInterval,
        };

        var command = new Command("run", "Run the pipeline locally: ingest what is dropped into the container and serve the API until Ctrl+C.")
        {
            connection, urls, drop, interval,
        };
        command.SetAction((parse, cancellationToken) => RunAsync(
            parse.GetValue(connection), parse.GetValue(urls)!, parse.GetValue(drop), parse.GetValue(interval), cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(string? connection, string urls, DirectoryInfo? drop, TimeSpan interval, CancellationToken cancellationToken)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls(urls);
        builder.Logging.AddSimpleConsole(options => options.SingleLine = true);
        var storageDefaults = new Dictionary<string, string?>();
        if (connection is not null)
        {
            storageDefaults[StorageConnection.DefaultName] = connection;
        }
        else if (!builder.Configuration.GetSection(StorageConnection.DefaultName).Exists()
            && !builder.Configuration.GetSection(StorageConnection.FallbackName).Exists())
        {
            storageDefaults[StorageConnection.DefaultName] = StorageConnection.DevelopmentStorage;
        }

        builder.Configuration.AddInMemoryCollection(storageDefaults);
        builder.Services.AddPipelineStorage(builder.Configuration).AddPipelineApi();
        builder.Services.AddSingleton(new ReconcilerLoopOptions(interval));
        builder.Services.AddHostedService<ReconcilerLoop>();

        await using var app = builder.Build();
        app.MapPipelineApi();

        var storage = app.Services.GetRequiredService<PipelineStorage>();
        try
        {
            using var startup = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            startup.CancelAfter(TimeSpan.FromSeconds(30));
            await storage.EnsureCreatedAsync(startup.Token);
        }
        catch (Exception ex) when (ex is RequestFailedException or HttpRequestException or AggregateException or OperationCanceledException
            && !cancellationToken.IsCancellationRequested)
        {
            await Console.Error.WriteLineAsync($"pipeline: storage is unreachable ({ex.GetBaseException().Message}). Is Azurite running? Start it with eng/azurite.sh start.");
            return ExitCodes.StorageUnreachable;
        }

        await app.StartAsync(cancellationToken);
        var address = urls.Split(';')[0].TrimEnd('/');
        if (drop is not null)
        {
            var exitCode = await DropAndWaitAsync(app.Services.GetRequiredService<ArticleDropper>(), drop, cancellationToken);
            if (exitCode != ExitCodes.Ok)
            {
                await app.StopAsync(CancellationToken.None);
                return exitCode;
            }
        }

        Console.WriteLine($"Serving the summary at {address}/api/summary (health: {address}/api/health). Ctrl+C stops.");
        try
        {
            await Task.Delay(Timeout.Infinite, cancellationToken);
        }
        catch (OperationCanceledException)
        {
            // Ctrl+C: fall through to a clean stop.
        }

        await app.StopAsync(CancellationToken.None);
        return ExitCodes.Ok;
    }

    private static async Task<int> DropAndWaitAsync(ArticleDropper dropper, DirectoryInfo folder, CancellationToken cancellationToken)
    {
        if (!folder.Exists)
        {
            await Console.Error.WriteLineAsync($"pipeline: --drop folder '{folder.FullName}' does not exist.");
            return ExitCodes.Usage;
        }

        var files = await dropper.DropDirectoryAsync(folder, cancellationToken);
        Console.WriteLine($"Dropped {files.Count(f => f.Uploaded)} new or changed file(s) of {files.Count} from {folder.FullName}; waiting for them to be processed...");
        var outcome = await dropper.WaitForAsync(files, TimeSpan.FromMinutes(2), cancellationToken);
        foreach (var (name, status) in outcome.OrderBy(o => o.Key, StringComparer.Ordinal))
        {
            Console.WriteLine($"  {status ?? "pending",-10} {name}");
        }

        return ExitCodes.Ok;
    }
}
