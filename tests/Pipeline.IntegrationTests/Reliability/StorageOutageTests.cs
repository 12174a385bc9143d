using Azure;
using Azure.Core;
using Azure.Core.Pipeline;
using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Microsoft.Extensions.Logging.Abstractions;
using Pipeline.Core;
using Pipeline.IntegrationTests.Infrastructure;
using Pipeline.Storage.Articles;
using Pipeline.Storage.Files;
using Pipeline.Storage.Hosting;
using Pipeline.Storage.Reconciliation;

namespace Pipeline.IntegrationTests.Reliability;

/// <summary>
/// What the reconciler does when storage stops answering in the middle of a pass: it stops starting ingestions (each
/// would only wait out the SDK's retries), and once storage answers again it reads what was processed afresh.
/// </summary>
public sealed class StorageOutageTests
{
    [Fact]
    public async Task A_pass_that_loses_storage_stops_starting_files_and_the_next_one_after_it_is_back_processes_them_all()
    {
        var files = ReliabilityHarness.Batch(37);
        // The files under way when storage went could not give their locks back: a 1 s lease lets the next pass have them.
        await using var storage = await IsolatedStorage.CreateAsync(new Dictionary<string, string?> { ["Pipeline:Storage:FileLockLease"] = "00:00:01" });
        await ReliabilityHarness.UploadAsync(storage, files);
        var outage = new Outage(storage.Storage.Names.Articles);
        var reconciler = Reconciler(storage, outage);

        // Storage goes away as the first file is started.
        outage.FailFromFirstBlobRead = true;
        var pass = await reconciler.RunOnceAsync(CancellationToken.None);

        var parallelism = storage.Storage.Options.ReconcileParallelism;
        Assert.Equal(0, pass.Processed);
        Assert.True(outage.FilesStarted <= parallelism, $"{outage.FilesStarted} of {files.Count} files were started in the pass that lost storage; at most the {parallelism} under way when it went should have been");

        outage.Down = false;
        outage.FailFromFirstBlobRead = false;
        var states = await ReliabilityHarness.SettledAsync(storage, files.Count, TimeSpan.FromMinutes(1), async () =>
        {
            await reconciler.RunOnceAsync(CancellationToken.None);
            return await ReliabilityHarness.StatesAsync(storage);
        });
        Assert.All(states, s => Assert.Equal(FileStates.Processed, s.State));
        await ReliabilityHarness.AssertNoDriftAsync(storage);
    }

    private static BlobReconciler Reconciler(IsolatedStorage storage, Outage outage)
    {
        var blobOptions = new BlobClientOptions();
        var tableOptions = new TableClientOptions();
        foreach (var options in new ClientOptions[] { blobOptions, tableOptions })
        {
            options.AddPolicy(outage, HttpPipelinePosition.PerRetry);
            options.Retry.MaxRetries = 2;
            options.Retry.Delay = TimeSpan.FromMilliseconds(10);
        }

        var down = new PipelineStorage(
            new BlobServiceClient(Azurite.ConnectionString, blobOptions),
            new TableServiceClient(Azurite.ConnectionString, tableOptions),
            Microsoft.Extensions.Options.Options.Create(storage.Storage.Options));
        var ingestor = new ArticleIngestor(down, new Aggregates(down, NullLogger<Aggregates>.Instance), new ArticleAnalyzer(), TimeProvider.System, NullLogger<ArticleIngestor>.Instance);
        return new BlobReconciler(down, ingestor, NullLogger<BlobReconciler>.Instance);
    }

    /// <summary>
    /// Refuses every request once down, as a dead endpoint does. Counts the files whose processing began: each begins
    /// by inserting its lock row into the Articles table (a POST; the SDK's retries of one count once).
    /// </summary>
    private sealed class Outage(string articlesTable) : HttpPipelineSynchronousPolicy
    {
        private readonly System.Collections.Concurrent.ConcurrentDictionary<string, bool> _started = new(StringComparer.Ordinal);

        public volatile bool Down;

        public volatile bool FailFromFirstBlobRead;

        public int FilesStarted => _started.Count;

        public override void OnSendingRequest(HttpMessage message)
        {
            if (message.Request.Method == RequestMethod.Post && message.Request.Uri.Path.EndsWith("/" + articlesTable, StringComparison.Ordinal))
            {
                _started.TryAdd(message.Request.ClientRequestId, true);
            }

            // Storage goes as the first file reads its blob's properties (HEAD on a blob), after it took its lock.
            if (FailFromFirstBlobRead && message.Request.Method == RequestMethod.Head && message.Request.Uri.Path.Count(c => c == '/') > 2)
            {
                Down = true;
            }

            if (Down)
            {
                throw new RequestFailedException(0, "injected: connection refused", new HttpRequestException("Connection refused"));
            }
        }
    }
}
