using System.Text;
using Pipeline.IntegrationTests.Infrastructure;
using Pipeline.Storage.Reconciliation;
using Pipeline.Storage.Summaries;

namespace Pipeline.IntegrationTests.Storage;

/// <summary>The reconciler's passes are bounded and resume where the last one stopped.</summary>
public sealed class ReconcilerTests
{
    [Fact]
    public async Task Each_pass_lists_at_most_the_configured_blobs_and_deletions_wait_for_a_whole_walk()
    {
        await using var storage = await IsolatedStorage.CreateAsync(new Dictionary<string, string?> { ["Pipeline:Storage:MaxBlobsPerPass"] = "2" });
        for (var i = 0; i < 5; i++)
        {
            await storage.Storage.Articles.GetBlobClient($"article-{i}.txt").UploadAsync(
                new BinaryData(Encoding.UTF8.GetBytes($"Report {i}\n\nThe council of Springfield met on day {i} and voted to repair the old bridge.\n")));
        }

        var reconciler = storage.Get<BlobReconciler>();
        var passes = new List<ReconcileResult>();
        for (var pass = 0; pass < 3; pass++)
        {
            passes.Add(await reconciler.RunOnceAsync(CancellationToken.None));
        }

        Assert.Equal([2, 2, 1], passes.Select(p => p.Listed));
        Assert.Equal(5, passes.Sum(p => p.Processed));
        Assert.Equal(5, (await storage.Get<SummaryReader>().ReadAsync(CancellationToken.None)).Articles);

        await storage.Storage.Articles.GetBlobClient("article-0.txt").DeleteAsync();
        var removed = 0;
        for (var pass = 0; pass < 3; pass++)
        {
            removed += (await reconciler.RunOnceAsync(CancellationToken.None)).Removed;
        }

        Assert.Equal(1, removed);
        Assert.Equal(4, (await storage.Get<SummaryReader>().ReadAsync(CancellationToken.None)).Articles);
    }
}
