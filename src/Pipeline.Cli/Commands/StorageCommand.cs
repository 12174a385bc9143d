using Azure;

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
        catch (Exception ex) when (ex is RequestFailedException or HttpRequestException or AggregateException)
        {
            return await ReportUnreachableAsync(ex);
        }
    }

    public static async Task<int> ReportUnreachableAsync(Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        await Console.Error.WriteLineAsync(
            $"pipeline: storage is unreachable or refused the request ({Describe(exception)}). Is Azurite running? Start it with eng/azurite.sh start.");
        return ExitCodes.StorageUnreachable;
    }

    /// <summary>The innermost cause, without the SDK's retry summary around it.</summary>
    private static string Describe(Exception exception) =>
        (exception is AggregateException { InnerExceptions.Count: > 0 } aggregate
            ? aggregate.InnerExceptions[^1].GetBaseException()
            : exception.GetBaseException()).Message;
}
