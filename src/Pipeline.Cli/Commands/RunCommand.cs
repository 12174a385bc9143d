using System.CommandLine;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
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
        var connection = StorageSettings.ConnectionOption();
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
        // Request-level chatter from the Azure SDK and ASP.NET Core drowns what an operator needs to see.
        // The SDK logs every expected 404/409 (CreateIfNotExists, GetEntityIfExists) as a warning.
        builder.Logging.AddFilter("Azure", LogLevel.Error);
        builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);
        StorageSettings.Apply(builder.Configuration, connection);
        builder.Services.AddPipelineStorage(builder.Configuration).AddPipelineApi(builder.Configuration);
        builder.Services.AddSingleton(new ReconcilerLoopOptions(interval));
        builder.Services.AddHostedService<ReconcilerLoop>();
        builder.Services.AddHostedService<ReprocessQueueListener>();

        await using var app = builder.Build();
        if (builder.Configuration[ApiKeyMiddleware.SettingName] is { Length: > 0 } key)
        {
            app.UseMiddleware<ApiKeyMiddleware>(key);
        }

        // The dashboard is the local runtime's front page.
        app.MapGet("/", (HttpContext context) =>
        {
            context.Response.Redirect("/" + ApiRoutes.Prefix + "/" + ApiRoutes.Dashboard + context.Request.QueryString);
            return Task.CompletedTask;
        });
        app.MapPipelineApi();

        var storage = app.Services.GetRequiredService<PipelineStorage>();
        try
        {
            using var startup = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            startup.CancelAfter(TimeSpan.FromSeconds(30));
            await storage.EnsureCreatedAsync(startup.Token);
        }
        catch (Exception ex) when ((ex.IsStorageFailure() || ex is OperationCanceledException) && !cancellationToken.IsCancellationRequested)
        {
            return await StorageCommand.ReportUnreachableAsync(ex);
        }

        // The host's own lifetime handles SIGTERM and Ctrl+C; the command line's cancellation joins it.
        await app.StartAsync(CancellationToken.None);
        using var stopOnCancel = cancellationToken.Register(app.Lifetime.StopApplication);
        var stopping = app.Lifetime.ApplicationStopping;
        var address = urls.Split(';')[0].TrimEnd('/');
        if (drop is not null)
        {
            try
            {
                // No live progress: the host's log lines share the terminal.
                var request = new DropRequest(Wait: true, DropCommand.DefaultTimeout, ArticleDropper.DefaultParallelism, Json: false, ShowProgress: false);
                var exitCode = drop.Exists
                    ? await StorageCommand.GuardAsync(() =>
                        DropCommand.DropAndReportAsync(app.Services.GetRequiredService<ArticleDropper>(), LocalArticleFile.Expand([drop]), request, stopping))
                    : await MissingAsync(drop);
                if (exitCode is ExitCodes.Usage or ExitCodes.StorageUnreachable)
                {
                    await app.StopAsync(CancellationToken.None);
                    return exitCode;
                }
            }
            catch (OperationCanceledException) when (stopping.IsCancellationRequested)
            {
                // Stopped while the seeds were still being processed: nothing half-done is reported as done.
            }
        }

        if (!stopping.IsCancellationRequested)
        {
            Console.WriteLine($"Serving the dashboard at {address}/ and the API at {address}/api/summary (health: {address}/api/health). Ctrl+C stops.");
        }

        await app.WaitForShutdownAsync(CancellationToken.None);
        return ExitCodes.Ok;
    }

    private static async Task<int> MissingAsync(DirectoryInfo drop)
    {
        await Console.Error.WriteLineAsync($"pipeline: '{drop.FullName}' does not exist.");
        return ExitCodes.Usage;
    }
}
