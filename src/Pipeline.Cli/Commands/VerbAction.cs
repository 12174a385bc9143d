using System.CommandLine;

namespace Pipeline.Cli.Commands;

/// <summary>
/// Runs a verb the way every verb runs: Ctrl+C cancels its token and ends it with <see cref="ExitCodes.Interrupted"/>
/// (the verb reports what it had done), and any failure becomes one line and an exit code.
/// </summary>
public static class VerbAction
{
    public static void Set(Command command, Func<ParseResult, CancellationToken, Task<int>> action)
    {
        ArgumentNullException.ThrowIfNull(command);
        ArgumentNullException.ThrowIfNull(action);
        command.SetAction(async (parse, cancellationToken) =>
        {
            try
            {
                return await action(parse, cancellationToken);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                await Console.Error.WriteLineAsync("pipeline: interrupted.");
                return ExitCodes.Interrupted;
            }
#pragma warning disable CA1031 // The command line's last word: whatever a verb throws is reported in one line, not as a crash.
            catch (Exception ex)
#pragma warning restore CA1031
            {
                return await StorageCommand.ReportAsync(ex, parse.GetValue(CliOptions.Verbose));
            }
        });
    }
}
