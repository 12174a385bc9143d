using System.Diagnostics;
using System.Net;
using Pipeline.IntegrationTests.Infrastructure;
using Pipeline.Storage.Files;
using Pipeline.Storage.Hosting;
using Xunit.Abstractions;

namespace Pipeline.IntegrationTests.Reliability;

/// <summary>
/// The storage emulator SIGKILLed while <c>pipeline run</c> is working through a batch, then started again on the same
/// ports and data: the runtime stays up (health 503, then 200 again), and every file ends processed exactly once in
/// effect (verify clean, the summary equal to a fault-free ingestion of the same files).
/// </summary>
/// <remarks>
/// Azurite keeps its metadata in memory and writes it to disk every 5 s (LokiJS autosave), so a SIGKILL loses up
/// to 5 s of acknowledged writes: the tables come back as they were a few seconds before the kill. Azure never loses
/// an acknowledged write; the runtime must cope anyway (it reloads what was processed from the table after an
/// outage). The test waits until the uploads and the tables' creation are on disk before it starts the runtime, so
/// what is rolled back is the runtime's processing, never the operator's drop.
/// </remarks>
public sealed class AzuriteKillTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Azurite_killed_mid_batch_and_restarted_leaves_every_file_processed_exactly_once()
    {
        var files = ReliabilityHarness.Batch(ReliabilityHarness.GeneratedCount);
        var expected = ReliabilityHarness.ReferenceAsync(files);
        await using var azurite = await OwnAzurite.StartAsync();
        await using var storage = await IsolatedStorage.CreateAsync(new Dictionary<string, string?> { [StorageConnection.DefaultName] = azurite.ConnectionString });
        try
        {
            await KillAndRecoverAsync(azurite, storage, files, expected);
        }
        finally
        {
            // A failure while storage was down must not be hidden by the clean-up failing to reach it.
            if (!azurite.IsRunning)
            {
                await azurite.RestartAsync();
            }
        }
    }

    private async Task KillAndRecoverAsync(OwnAzurite azurite, IsolatedStorage storage, IReadOnlyList<DropFile> files, Task<string> expected)
    {
        var created = DateTime.UtcNow;
        await ReliabilityHarness.UploadAsync(storage, files);
        var uploaded = DateTime.UtcNow;
        await Eventually.ReturnsAsync(
            () => Task.FromResult(SavedSince(azurite, "__azurite_db_table__.json", created) && SavedSince(azurite, "__azurite_db_blob__.json", uploaded) && SavedSince(azurite, "__azurite_db_blob_extent__.json", uploaded)),
            saved => saved,
            "Azurite has written the tables and the uploads to disk");

        await using var runtime = await LocalRuntime.StartAsync(storage, azurite.ConnectionString, ReliabilityHarness.ShortLeaseAndRetries);
        var atKill = await Eventually.ReturnsAsync(
            () => ReliabilityHarness.StatesAsync(storage),
            states => states.Count(s => s.State == FileStates.Processed) >= 3,
            "the runtime has processed a few files");
        await azurite.KillAsync();
        var outage = Stopwatch.StartNew();
        var processedAtKill = atKill.Count(s => s.State == FileStates.Processed);
        Assert.True(processedAtKill < files.Count, "Azurite was killed before the batch was done (else this test proves nothing)");

        // The runtime stays up and says storage is gone.
        await Eventually.ReturnsAsync(runtime.HealthAsync, status => status == HttpStatusCode.ServiceUnavailable, "health answers 503 while storage is down");
        var unhealthyAfter = outage.Elapsed;

        // Storage stays down until the reconciler has given up the pass it was in (its log says so): every ingestion
        // in flight at the kill has then failed. Restarting sooner lets a request the SDK is still retrying land on the
        // emulator's rolled-back state, so a run's file row is written after the contributions it made before the
        // kill were forgotten; Azure never forgets an acknowledged write, so that is the emulator's fault, not one the
        // pipeline can be asked to survive (docs/reliability.md).
        await Eventually.ReturnsAsync(
            () => Task.FromResult(runtime.Output),
            log => log.Contains(BlobReconcilerLog.StorageUnreachable, StringComparison.Ordinal),
            "the reconciler has abandoned its pass");
        var abandonedAfter = outage.Elapsed;

        await azurite.RestartAsync();
        var restarted = outage.Elapsed;
        await Eventually.ReturnsAsync(runtime.HealthAsync, status => status == HttpStatusCode.OK, "health answers 200 once storage is back");
        var healthyAfter = outage.Elapsed;

        Assert.Equal(files.Count, (await ReliabilityHarness.StatesAsync(storage)).Count);
        var settled = await ReliabilityHarness.SettledAsync(storage, files.Count, TimeSpan.FromMinutes(3));
        var settledAfter = outage.Elapsed;
        output.WriteLine(
            $"killed with {processedAtKill}/{files.Count} processed; health 503 after {unhealthyAfter.TotalSeconds:0.0} s; pass abandoned after {abandonedAfter.TotalSeconds:0.0} s; restarted at {restarted.TotalSeconds:0.0} s; " +
            $"health 200 at {healthyAfter.TotalSeconds:0.0} s; all settled at {settledAfter.TotalSeconds:0.0} s ({(settledAfter - restarted).TotalSeconds:0.0} s after the restart); " +
            $"attempts above 1: {settled.Count(s => s.Attempts > 1)}");

        Assert.False(runtime.HasExited, "the runtime stayed up through the outage");
        Assert.All(settled, s => Assert.Equal(FileStates.Processed, s.State));
        await ReliabilityHarness.AssertNoDriftAsync(storage);
        Assert.Equal(await expected, await ReliabilityHarness.FingerprintAsync(storage));
    }

    private static bool SavedSince(OwnAzurite azurite, string file, DateTime since)
    {
        var path = Path.Combine(azurite.DataFolder, file);
        return File.Exists(path) && File.GetLastWriteTimeUtc(path) > since;
    }
}

/// <summary>What the runtime logs when a reconciler pass finds storage unreachable.</summary>
internal static class BlobReconcilerLog
{
    public const string StorageUnreachable = "Storage could not be reached; what was processed will be read again";
}
