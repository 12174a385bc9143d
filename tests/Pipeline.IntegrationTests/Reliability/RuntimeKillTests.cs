using System.Diagnostics;
using Azure.Data.Tables;
using Pipeline.IntegrationTests.Infrastructure;
using Pipeline.Storage.Files;
using Xunit.Abstractions;

namespace Pipeline.IntegrationTests.Reliability;

/// <summary>
/// <c>pipeline run</c> killed with SIGKILL in the middle of a batch and started again: every file ends processed,
/// exactly once in effect (verify clean, the summary equal to a fault-free ingestion, one attempt per file), none lost.
/// </summary>
public sealed class RuntimeKillTests(ITestOutputHelper output)
{
    [Fact]
    public async Task A_runtime_killed_mid_batch_and_restarted_leaves_every_file_processed_exactly_once()
    {
        var files = ReliabilityHarness.Batch(ReliabilityHarness.GeneratedCount);
        var expected = ReliabilityHarness.ReferenceAsync(files);
        await using var storage = await IsolatedStorage.CreateAsync();
        var first = await LocalRuntime.StartAsync(storage, connectionString: null, ReliabilityHarness.ShortLease);
        IReadOnlyList<FileStatus> atKill;
        int locksLeft;
        try
        {
            await ReliabilityHarness.UploadAsync(storage, files);

            // Kill as soon as the batch is under way: some files processed, some being processed (their locks
            // taken), the rest pending.
            (atKill, _) = await Eventually.ReturnsAsync(
                async () => (await ReliabilityHarness.StatesAsync(storage), await CountLocksAsync(storage)),
                probe => probe.Item1.Count(s => s.State == FileStates.Processed) >= 3 && probe.Item2 > 0,
                "the runtime has processed a few files and is in the middle of others");
            await first.KillAsync();
            locksLeft = await CountLocksAsync(storage);
        }
        finally
        {
            await first.DisposeAsync();
        }

        var processedAtKill = atKill.Count(s => s.State == FileStates.Processed);
        Assert.True(processedAtKill < files.Count, "the runtime was killed before it had finished the batch (else this test proves nothing)");

        var recovery = Stopwatch.StartNew();
        await using var second = await LocalRuntime.StartAsync(storage, connectionString: null, ReliabilityHarness.ShortLease);
        var settled = await ReliabilityHarness.SettledAsync(storage, files.Count, TimeSpan.FromMinutes(3));
        recovery.Stop();
        output.WriteLine($"killed with {processedAtKill}/{files.Count} processed and {locksLeft} lock(s) held; all settled {recovery.Elapsed.TotalSeconds:0.0} s after the restart");

        Assert.All(settled, s => Assert.Equal(FileStates.Processed, s.State));
        // Exactly once in effect: no file was counted twice or blamed for the kill (an attempt is only recorded when processing throws).
        Assert.All(settled, s => Assert.Equal(1, s.Attempts));
        await ReliabilityHarness.AssertNoDriftAsync(storage);
        Assert.Equal(await expected, await ReliabilityHarness.FingerprintAsync(storage));
        Assert.False(second.HasExited);
    }

    private static async Task<int> CountLocksAsync(IsolatedStorage storage)
    {
        var count = 0;
        await foreach (var _ in storage.Storage.ArticleTable.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"RowKey eq {"lock"}"), select: ["PartitionKey"]))
        {
            count++;
        }

        return count;
    }
}
