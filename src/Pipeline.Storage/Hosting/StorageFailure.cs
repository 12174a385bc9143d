using Azure;

namespace Pipeline.Storage.Hosting;

/// <summary>
/// Which exceptions mean "storage could not be reached or refused the request", as opposed to a bug. The Azure
/// SDK surfaces these as <see cref="RequestFailedException"/>, or, once its retries give up on a dead endpoint,
/// as an <see cref="AggregateException"/> of <see cref="HttpRequestException"/>s.
/// </summary>
public static class StorageFailure
{
    public static bool IsStorageFailure(this Exception exception) =>
        exception is RequestFailedException or HttpRequestException or AggregateException;

    /// <summary>
    /// Whether storage could not be reached at all (no answer: connection refused or reset, the SDK's retries given
    /// up on a dead endpoint), as opposed to storage answering with an error.
    /// </summary>
    public static bool IsUnreachable(this Exception exception) =>
        exception is HttpRequestException or AggregateException or IOException or RequestFailedException { Status: 0 };

    /// <summary>The innermost cause, without the SDK's retry summary around it, for one-line messages.</summary>
    public static string Describe(Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        return (exception is AggregateException { InnerExceptions.Count: > 0 } aggregate
            ? aggregate.InnerExceptions[^1].GetBaseException()
            : exception.GetBaseException()).Message;
    }
}
