using Pipeline.Storage.Hosting;

namespace Pipeline.Cli.Commands;

/// <summary>Turns storage failures into one readable line and exit code 3, instead of a stack trace.</summary>
public static class StorageCommand
{
    public static async Task<int> GuardAsync(Func<Task<int>> action)
    {
        ArgumentNullException.ThrowIfNull(action);
        try
        {
            return await action();
        }
        catch (Exception ex) when (ex.IsStorageFailure())
        {
            return await ReportUnreachableAsync(ex);
        }
    }

    public static async Task<int> ReportUnreachableAsync(Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        await Console.Error.WriteLineAsync(
            $"pipeline: storage is unreachable or refused the request ({StorageFailure.Describe(exception)}). Is Azurite running? Start it with eng/azurite.sh start.");
        return ExitCodes.StorageUnreachable;
    }
}
