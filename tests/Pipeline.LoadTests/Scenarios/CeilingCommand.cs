using System.CommandLine;
using System.Globalization;

namespace Pipeline.LoadTests.Scenarios;

/// <summary><c>ceiling</c>: the storage emulator's raw write rate alone (the ingest scenario measures it too, before and after).</summary>
internal static class CeilingCommand
{
    public static Command Create()
    {
        var connection = Options.Connection();
        var workers = new Option<int>("--workers") { Description = "Concurrent writers.", DefaultValueFactory = _ => StorageCeiling.DefaultWorkers };
        var seconds = new Option<int>("--seconds") { Description = "Seconds per shape.", DefaultValueFactory = _ => 10 };
        var command = new Command("ceiling", "Measure Azurite's raw write rate: upserts, two-row transactions and ledger steps.") { connection, workers, seconds };
        command.SetAction(async (parse, ct) =>
        {
            var results = await StorageCeiling.MeasureAllAsync(Options.ConnectionOf(parse, connection), parse.GetValue(workers), TimeSpan.FromSeconds(parse.GetValue(seconds)), ct);
            Report.Ceiling(results);
            return 0;
        });
        return command;
    }
}

/// <summary>Options every scenario shares.</summary>
internal static class Options
{
    public const string ConnectionVariable = "ArticlesStorage";

    public static Option<string?> Connection() => new("--connection")
    {
        Description = $"Storage connection string (Azurite). Default: the {ConnectionVariable} environment variable.",
    };

    public static string ConnectionOf(System.CommandLine.ParseResult parse, Option<string?> option) =>
        parse.GetValue(option) ?? Environment.GetEnvironmentVariable(ConnectionVariable)
        ?? throw new InvalidOperationException($"Give --connection or set {ConnectionVariable}.");
}

/// <summary>Plain-text tables of the figures, for the console and docs/benchmarks.md.</summary>
internal static class Report
{
    public static void Ceiling(IEnumerable<CeilingResult> results)
    {
        Console.WriteLine("| shape | workers | ops/s | requests/s | p50 ms | p99 ms |");
        Console.WriteLine("| --- | ---: | ---: | ---: | ---: | ---: |");
        foreach (var r in results)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {r.Kind} | {r.Workers} | {r.OperationsPerSecond:F0} | {r.RequestsPerSecond:F0} | {r.LatencyMs.P50:F1} | {r.LatencyMs.P99:F1} |"));
        }
    }
}
