using System.CommandLine;
using Pipeline.LoadTests.Scenarios;

// The load harness. Each verb is one scenario; docs/benchmarks.md gives the commands and the figures.
var root = new RootCommand("""
    Pipeline load harness: generate a corpus, and measure ingestion, HTTP polling and summary reads against Azurite.
    Every scenario reports its figures next to a baseline measured in the same run.
    """)
{
    GenerateCommand.Create(),
    CeilingCommand.Create(),
    IngestCommand.Create(),
    PollCommand.Create(),
    SummaryCostCommand.Create(),
};

// Ctrl+C or SIGTERM cancels the scenario; give it time to stop its pipeline run child before the process ends.
return await root.Parse(args).InvokeAsync(new InvocationConfiguration { ProcessTerminationTimeout = TimeSpan.FromSeconds(30) });
