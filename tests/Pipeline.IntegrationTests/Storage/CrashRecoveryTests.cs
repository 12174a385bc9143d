using Azure.Core;
using Azure.Core.Pipeline;
using Azure.Storage.Blobs;
using Pipeline.IntegrationTests.Infrastructure;
using Pipeline.Storage.Articles;
using Pipeline.Storage.Summaries;
using Pipeline.Storage.Verification;
using Xunit.Abstractions;

namespace Pipeline.IntegrationTests.Storage;

/// <summary>
/// A processor that dies between any two of its storage writes (simulated by failing every request from the N-th
/// on, the lock's release included, as a killed process would) leaves nothing that a later delivery does not put
/// right: after the rerun the aggregates equal those of an ingestion that never failed.
/// </summary>
public sealed class CrashRecoveryTests(ITestOutputHelper output)
{
    [Fact]
    public async Task A_rerun_after_a_crash_at_any_request_leaves_no_trace_of_the_partial_run()
    {
        // The same steps in the same order without a crash (order matters: person names recorded by one file link
        // the bare surnames of the next).
        await using var reference = await IsolatedStorage.CreateAsync();
        await Ingest(reference, Seeds.CleanNbc);
        await Ingest(reference, Seeds.PtbCnn);
        await Overwrite(reference, Seeds.CleanNbc, Seeds.ScrapedCnn);
        await reference.Get<ArticleIngestor>().IngestAsync(reference.Storage.Articles.GetBlobClient(Seeds.CleanNbc), CancellationToken.None);
        var expected = await SummaryAsync(reference);

        // The first file's ingestion, then a new version of the second file replacing an old one, each cut short.
        for (var crashAt = 1; crashAt < 200; crashAt += 9)
        {
            await using var storage = await IsolatedStorage.CreateAsync();
            await Ingest(storage, Seeds.CleanNbc);
            await Seeds.UploadAsync(storage.Storage.Articles, Seeds.PtbCnn);
            await Overwrite(storage, Seeds.CleanNbc, Seeds.ScrapedCnn);

            foreach (var name in new[] { Seeds.PtbCnn, Seeds.CleanNbc })
            {
                var dying = storage.CreateIngestor(new CrashAfter(crashAt), TimeProvider.System);
                try
                {
                    await dying.Ingestor.IngestAsync(dying.Storage.Articles.GetBlobClient(name), CancellationToken.None);
                }
                catch (ProcessKilledException)
                {
                }

                // A later delivery, on another instance, once the dead processor's lock has expired.
                var later = storage.CreateIngestor(policy: null, new ShiftedTime(TimeSpan.FromMinutes(3)));
                Assert.NotEqual(IngestOutcome.Busy, await later.Ingestor.IngestAsync(later.Storage.Articles.GetBlobClient(name), CancellationToken.None));
            }

            var report = await storage.Get<AggregateVerifier>().VerifyAsync(repair: false, CancellationToken.None);
            Assert.True(report.Clean, $"crash at request {crashAt}: " + string.Join("\n", report.Drifts));
            Assert.True(expected == await SummaryAsync(storage), $"crash at request {crashAt}: the summary differs from an uninterrupted ingestion");
        }

        output.WriteLine("crash points 1, 10, 19, … 190 all recovered");
    }

    [Fact]
    public async Task A_crash_followed_by_yet_another_version_still_takes_back_what_the_dead_run_counted()
    {
        for (var crashAt = 5; crashAt < 200; crashAt += 12)
        {
            await using var storage = await IsolatedStorage.CreateAsync();
            await Ingest(storage, Seeds.CleanNbc);
            await Overwrite(storage, Seeds.CleanNbc, Seeds.ScrapedCnn);
            var dying = storage.CreateIngestor(new CrashAfter(crashAt), TimeProvider.System);
            try
            {
                await dying.Ingestor.IngestAsync(dying.Storage.Articles.GetBlobClient(Seeds.CleanNbc), CancellationToken.None);
            }
            catch (ProcessKilledException)
            {
            }

            // The blob changes again before anyone reruns the dead version: entities only that version named must go.
            await Overwrite(storage, Seeds.CleanNbc, Seeds.PtbCnn);
            var later = storage.CreateIngestor(policy: null, new ShiftedTime(TimeSpan.FromMinutes(3)));
            Assert.Equal(IngestOutcome.Processed, await later.Ingestor.IngestAsync(later.Storage.Articles.GetBlobClient(Seeds.CleanNbc), CancellationToken.None));

            var report = await storage.Get<AggregateVerifier>().VerifyAsync(repair: false, CancellationToken.None);
            Assert.True(report.Clean, $"crash at request {crashAt}: " + string.Join("\n", report.Drifts));
        }
    }

    private static async Task Ingest(IsolatedStorage storage, string name) =>
        await storage.Get<ArticleIngestor>().IngestAsync(await Seeds.UploadAsync(storage.Storage.Articles, name), CancellationToken.None);

    // A new version of a blob: another seed's content under its name.
    private static async Task Overwrite(IsolatedStorage storage, string name, string contentOf) =>
        await storage.Storage.Articles.GetBlobClient(name).UploadAsync(
            BinaryData.FromBytes(await File.ReadAllBytesAsync(Path.Combine(Repository.Seeds.FullName, contentOf))), overwrite: true);

    private static async Task<string> SummaryAsync(IsolatedStorage storage)
    {
        var summary = await storage.Get<SummaryReader>().ReadAsync(CancellationToken.None);
        return string.Join("\n", summary.TopEntities.Concat(summary.TopSources).Select(e => $"{e.Key} {e.Articles} {e.Mentions}"))
            + $"\n{summary.Articles} {summary.Words} {summary.FailedFiles}";
    }

    /// <summary>Fails every request from the N-th on, as if the process had been killed there.</summary>
    private sealed class CrashAfter(int request) : HttpPipelineSynchronousPolicy
    {
        private int _sent;

        public override void OnSendingRequest(HttpMessage message)
        {
            if (Interlocked.Increment(ref _sent) >= request)
            {
                throw new ProcessKilledException();
            }
        }
    }

    private sealed class ProcessKilledException : Exception;

    private sealed class ShiftedTime(TimeSpan offset) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => base.GetUtcNow() + offset;
    }
}
