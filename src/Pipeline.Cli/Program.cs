using System.CommandLine;
using Pipeline.Cli.Commands;

var root = new RootCommand("pipeline: ingest news articles from Blob Storage and serve their summaries.")
{
    RunCommand.Create(),
    DropCommand.Create(),
};
return await root.Parse(args).InvokeAsync();
