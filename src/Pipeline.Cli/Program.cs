using System.CommandLine;
using Pipeline.Cli.Commands;

var root = new RootCommand("pipeline: ingest news articles from Blob Storage and serve their summaries.")
{
    RunCommand.Create(),
    DropCommand.Create(),
    InspectCommand.Create(),
};

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

return await parse.InvokeAsync();
