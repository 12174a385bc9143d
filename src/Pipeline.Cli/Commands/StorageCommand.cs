using Azure;
using Azure.Identity;
using Pipeline.Storage.Hosting;

namespace Pipeline.Cli.Commands;

/// <summary>
/// Turns what went wrong into one readable line on standard error and an exit code (3 when storage could not be
/// reached, refused the request or could not be signed in to), with the stack trace only under <c>--verbose</c>.
/// </summary>
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

    public static async Task<int> ReportUnreachableAsync(Exception exception, bool verbose = false)
    {
        ArgumentNullException.ThrowIfNull(exception);
        var hint = exception is RequestFailedException { Status: 404 }
            ? " Nothing was dropped into this account yet, or Pipeline__Storage__TablePrefix / ArticlesContainer name another deployment."
            : exception is RequestFailedException { Status: 401 or 403 }
                ? " Check the connection string's key, or that your identity holds the Storage Blob Data Contributor and Storage Table Data Contributor roles."
                : " Is Azurite running? Start it with eng/azurite.sh start.";
        await Console.Error.WriteLineAsync($"pipeline: storage is unreachable or refused the request ({StorageFailure.Describe(exception)}).{hint}");
        await WriteDetailsAsync(exception, verbose);
        return ExitCodes.StorageUnreachable;
    }

    /// <summary>Reports any failure of a verb and returns its exit code.</summary>
    public static async Task<int> ReportAsync(Exception exception, bool verbose)
    {
        ArgumentNullException.ThrowIfNull(exception);
        switch (exception)
        {
            case AuthenticationFailedException:
                await Console.Error.WriteLineAsync($"pipeline: could not sign in to storage ({OneLine(exception.Message)}). Sign in with 'az login', or pass --connection.");
                await WriteDetailsAsync(exception, verbose);
                return ExitCodes.StorageUnreachable;
            case var storage when storage.IsStorageFailure():
                return await ReportUnreachableAsync(storage, verbose);
            default:
                await Console.Error.WriteLineAsync($"pipeline: {OneLine(exception.Message)}" + (verbose ? "" : " (--verbose shows details)"));
                await WriteDetailsAsync(exception, verbose);
                return ExitCodes.FailuresFound;
        }
    }

    private static async Task WriteDetailsAsync(Exception exception, bool verbose)
    {
        if (verbose)
        {
            await Console.Error.WriteLineAsync(exception.ToString());
        }
    }

    // Azure SDK messages span several lines (status, error code, headers); the first says what happened.
    private static string OneLine(string message) => message.ReplaceLineEndings("\n").Split('\n', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault()?.Trim() ?? "";
}
