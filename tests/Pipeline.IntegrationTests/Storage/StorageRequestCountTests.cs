using System.Collections.Concurrent;
using Azure.Core;
using Azure.Core.Pipeline;
using Azure.Storage.Blobs;
using Pipeline.IntegrationTests.Infrastructure;
using Pipeline.Storage.Articles;
using Xunit.Abstractions;

namespace Pipeline.IntegrationTests.Storage;

/// <summary>
/// Counts the storage requests that ingesting each seed costs, by table and operation, with a counting policy in the
/// SDK's pipeline. Requests are what bound ingestion (and what a storage account bills), so their number is
/// reported and kept from growing by accident.
/// </summary>
public sealed class StorageRequestCountTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Ingesting_a_seed_costs_a_bounded_number_of_requests_and_a_repeat_costs_five()
    {
        await using var isolated = await IsolatedStorage.CreateAsync();
        var counter = new CountingPolicy();
        var (ingestor, storage) = isolated.CreateIngestor(counter, TimeProvider.System);

        var total = 0;
        foreach (var name in Seeds.Names)
        {
            var blob = await Seeds.UploadAsync(isolated.Storage.Articles, name);
            counter.Reset();
            await ingestor.IngestAsync(storage.Articles.GetBlobClient(name), CancellationToken.None);
            var requests = counter.Snapshot();
            total += requests.Values.Sum();
            output.WriteLine($"{name}: {requests.Values.Sum()} requests: {string.Join(", ", requests.OrderByDescending(r => r.Value).Select(r => $"{r.Key} {r.Value}"))}");
            Assert.InRange(requests.Values.Sum(), 10, 1000);

            counter.Reset();
            await ingestor.IngestAsync(storage.Articles.GetBlobClient(name), CancellationToken.None);
            var repeat = counter.Snapshot();
            output.WriteLine($"{name} again: {string.Join(", ", repeat.Select(r => $"{r.Key} {r.Value}"))}");

            // Blob properties, the file row and its reprocess request (read at once), plus taking and giving back the
            // file's lock: nothing else.
            Assert.Equal(5, repeat.Values.Sum());
        }

        output.WriteLine($"mean: {total / (double)Seeds.Names.Count:F0} requests per seed article");
    }

    private sealed class CountingPolicy : HttpPipelineSynchronousPolicy
    {
        private readonly ConcurrentDictionary<string, int> _counts = new(StringComparer.Ordinal);

        public void Reset() => _counts.Clear();

        public Dictionary<string, int> Snapshot() => new(_counts);

        public override void OnSendingRequest(HttpMessage message)
        {
            var path = message.Request.Uri.Path;
            var resource = path.Contains("Entities", StringComparison.Ordinal) ? "entities"
                : path.Contains("Leaderboard", StringComparison.Ordinal) ? "leaderboard"
                : path.Contains("Totals", StringComparison.Ordinal) ? "totals"
                : path.Contains("PersonNames", StringComparison.Ordinal) ? "names"
                : path.Contains("Articles", StringComparison.Ordinal) ? "articles"
                : path.Contains("$batch", StringComparison.Ordinal) ? "batch"
                : "blob";
            _counts.AddOrUpdate($"{resource} {message.Request.Method}", 1, (_, n) => n + 1);
        }
    }
}
