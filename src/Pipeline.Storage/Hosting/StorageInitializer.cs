using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Pipeline.Storage.Ledger;

namespace Pipeline.Storage.Hosting;

/// <summary>
/// Creates the container and tables in the background at start-up, retrying while storage is not reachable
/// yet, so a host never fails to start because storage came up second.
/// </summary>
public sealed partial class StorageInitializer : BackgroundService
{
    private readonly PipelineStorage _storage;
    private readonly ILogger<StorageInitializer> _logger;

    public StorageInitializer(PipelineStorage storage, ILogger<StorageInitializer> logger)
    {
        _storage = storage;
        _logger = logger;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        for (var attempt = 1; !stoppingToken.IsCancellationRequested; attempt++)
        {
            try
            {
                await _storage.EnsureCreatedAsync(stoppingToken);
                return;
            }
            catch (Exception ex) when (ex.IsStorageFailure())
            {
                LogNotReady(_logger, attempt, ex);
                await Task.Delay(Backoff.Jittered(attempt) * 10, stoppingToken);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Storage not ready (attempt {Attempt}); retrying.")]
    private static partial void LogNotReady(ILogger logger, int attempt, Exception exception);
}
