using System.CommandLine;
using Pipeline.Cli.Commands;

var root = new RootCommand("""
    pipeline: ingest news articles from Blob Storage and serve their summaries.

    Storage: --connection, or --account-url/--account (signed in with DefaultAzureCredential), else the ArticlesStorage
    or AzureWebJobsStorage setting, else Azurite. Exit codes: 0 ok, 1 failures found, 2 usage error,
    3 storage unreachable, 130 interrupted. 'pipeline COMMAND --help' shows examples.
    """)
{
    RunCommand.Create(),
    DropCommand.Create(),
    StatusCommand.Create(),
    SummaryCommand.Create(),
    ReprocessCommand.Create(),
    VerifyCommand.Create(),
    InspectCommand.Create(),
};
root.Options.Add(CliOptions.Verbose);

var parse = root.Parse(args);
if (parse.Errors.Count > 0)
{
    // Usage errors get their own exit code (2), so scripts can tell them from files that failed (1).
    foreach (var error in parse.Errors)
    {
        await Console.Error.WriteLineAsync("pipeline: " + error.Message);
    }

    await Console.Error.WriteLineAsync("Run 'pipeline --help' or 'pipeline COMMAND --help' for usage.");
    return ExitCodes.Usage;
}

// Verbs report their own failures in one line (VerbAction); Ctrl+C cancels their token, and they get a few
// seconds to say what they had done before the process ends.
return await parse.InvokeAsync(new InvocationConfiguration
{
    EnableDefaultExceptionHandler = false,
    ProcessTerminationTimeout = TimeSpan.FromSeconds(10),
});
