using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Pipeline.Storage.Articles;
using Pipeline.Storage.Reprocessing;

namespace Pipeline.Cli.Runtime;

/// <summary>
/// The local runtime's stand-in for the function app's queue trigger on reprocess requests: receives them, processes
/// each file, and deletes a message only once its file is settled, so a request is never lost to a crash. A message
/// that keeps failing is dropped after <see cref="MaxDequeues"/> tries, as the Functions host moves it to its poison
/// queue; the file's own row records why.
/// </summary>
public sealed partial class ReprocessQueueListener(ReprocessRequests requests, ILogger<ReprocessQueueListener> logger) : BackgroundService
{
    public const int MaxDequeues = 5;
    private static readonly TimeSpan Visibility = TimeSpan.FromMinutes(5);
    private static readonly TimeSpan IdlePoll = TimeSpan.FromMilliseconds(500);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(IdlePoll);
        do
        {
            try
            {
                foreach (var message in await requests.ReceiveAsync(16, Visibility, stoppingToken))
                {
                    var name = message.MessageText;
                    var outcome = await requests.ProcessAsync(name, stoppingToken);
                    if (!outcome.NeedsRedelivery() || message.DequeueCount >= MaxDequeues)
                    {
                        await requests.Queue.DeleteMessageAsync(message.MessageId, message.PopReceipt, stoppingToken);
                    }

                    LogReprocessed(logger, name, outcome);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
#pragma warning disable CA1031 // The listener must outlive storage outages and one bad request; it logs and goes on.
            catch (Exception ex)
#pragma warning restore CA1031
            {
                LogFailed(logger, ex);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false));
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Reprocessed {BlobName}: {Outcome}.")]
    private static partial void LogReprocessed(ILogger logger, string blobName, IngestOutcome outcome);

    [LoggerMessage(Level = LogLevel.Error, Message = "Receiving reprocess requests failed; the listener will try again.")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
