using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Pipeline.Storage.Reconciliation;

namespace Pipeline.Cli.Runtime;

/// <summary>How often the local runtime reconciles.</summary>
public sealed record ReconcilerLoopOptions(TimeSpan Interval);

/// <summary>The local runtime's stand-in for the blob trigger: one reconciliation pass after another.</summary>
public sealed partial class ReconcilerLoop : BackgroundService
{
    public static readonly TimeSpan DefaultInterval = TimeSpan.FromMilliseconds(500);

    private readonly BlobReconciler _reconciler;
    private readonly ReconcilerLoopOptions _options;
    private readonly ILogger<ReconcilerLoop> _logger;

    public ReconcilerLoop(BlobReconciler reconciler, ReconcilerLoopOptions options, ILogger<ReconcilerLoop> logger)
    {
        _reconciler = reconciler;
        _options = options;
        _logger = logger;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(_options.Interval);
        do
        {
            try
            {
                await _reconciler.RunOnceAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
#pragma warning disable CA1031 // The loop must outlive any one failed pass (storage down, a bug in one blob); it logs and goes on.
            catch (Exception ex)
#pragma warning restore CA1031
            {
                LogPassFailed(_logger, ex);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false));
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "A reconciliation pass failed; the next one will try again.")]
    private static partial void LogPassFailed(ILogger logger, Exception exception);
}
