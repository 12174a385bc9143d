using System.Globalization;
using System.Text;
using Pipeline.IntegrationTests.Cli;
using Pipeline.IntegrationTests.Infrastructure;
using Pipeline.Storage.Files;
using Pipeline.Storage.Reconciliation;
using Pipeline.Storage.Summaries;
using Pipeline.Storage.Verification;

namespace Pipeline.IntegrationTests.Reliability;

/// <summary>A file to drop: its blob name and content.</summary>
internal sealed record DropFile(string Name, byte[] Content)
{
    public override string ToString() => $"{Name} ({Content.Length} bytes)";
}

/// <summary>What the fault scenarios share: the batch they drop, the reference they compare with, and the waiting.</summary>
internal static class ReliabilityHarness
{
    /// <summary>How many generated articles the fault scenarios drop beside the seeds; RELIABILITY_ARTICLES raises it for a longer run.</summary>
    public static int GeneratedCount =>
        int.TryParse(Environment.GetEnvironmentVariable("RELIABILITY_ARTICLES"), NumberStyles.None, CultureInfo.InvariantCulture, out var count) && count > 0 ? count : 60;

    /// <summary>The three seeds and <paramref name="generated"/> small generated articles (about 1 KB each, with overlapping entities).</summary>
    public static IReadOnlyList<DropFile> Batch(int generated)
    {
        var files = Seeds.Names.Select(name => new DropFile(name, File.ReadAllBytes(Seeds.PathOf(name)))).ToList();
        for (var i = 0; i < generated; i++)
        {
            files.Add(new DropFile(string.Create(CultureInfo.InvariantCulture, $"generated/article-{i:D4}.txt"), Encoding.UTF8.GetBytes(GeneratedArticles.Article(i))));
        }

        return files;
    }

    public static async Task UploadAsync(IsolatedStorage storage, IEnumerable<DropFile> files)
    {
        await Parallel.ForEachAsync(files, new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (file, ct) =>
            await storage.Storage.Articles.GetBlobClient(file.Name).UploadAsync(new BinaryData(file.Content), overwrite: true, ct));
    }

    /// <summary>Every blob's state (pending until its current version settles), straight from storage.</summary>
    public static async Task<IReadOnlyList<FileStatus>> StatesAsync(IsolatedStorage storage)
    {
        var states = new List<FileStatus>();
        await foreach (var status in storage.Get<FileStatusReader>().AllAsync(CancellationToken.None))
        {
            states.Add(status);
        }

        return states;
    }

    /// <summary>Polls until each of <paramref name="count"/> blobs has settled (none pending), and returns their states.</summary>
    public static Task<IReadOnlyList<FileStatus>> SettledAsync(IsolatedStorage storage, int count, TimeSpan timeout, Func<Task<IReadOnlyList<FileStatus>>>? probe = null) =>
        Eventually.ReturnsAsync(
            probe ?? (() => StatesAsync(storage)),
            states => states.Count == count && states.All(s => s.State != FileStates.Pending),
            $"all {count} files have settled",
            timeout);

    /// <summary>
    /// The summary as a comparable text: totals, the ranked organizations, places, other entities and sources with
    /// their counts, the articles per day summed, the largest amounts. Dates are left out (a run that straddles
    /// midnight would differ without a fault), and so are people: a bare surname ("Obama") counts towards the full
    /// name ("Barack Obama") only once a file naming that person in full has been ingested (PersonNames), so which
    /// entity it feeds depends on the order files are processed in, which no concurrent run fixes. The verifier
    /// checks people's counters against their files like every other counter.
    /// </summary>
    /// <param name="failedFiles">Whether the count of failed files is part of it.</param>
    public static async Task<string> FingerprintAsync(IsolatedStorage storage, bool failedFiles = true)
    {
        var summary = await storage.Get<SummaryReader>().ReadAsync(CancellationToken.None);
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"articles {summary.Articles}, words {summary.Words}, failed {(failedFiles ? summary.FailedFiles : "-")}, per day {summary.ArticlesPerDay.Sum(d => d.Articles)}\n");
        var ranked = summary.TopEntitiesByType
            .Where(t => t.Key != Pipeline.Storage.Entities.EntityTypeNames.Person)
            .OrderBy(t => t.Key, StringComparer.Ordinal)
            .SelectMany(t => t.Value)
            .Concat(summary.TopSources);
        foreach (var entity in ranked)
        {
            text.Append(CultureInfo.InvariantCulture, $"{entity.Key} {entity.Articles} {entity.Mentions}\n");
        }

        foreach (var (currency, amounts) in summary.LargestAmounts.OrderBy(a => a.Key, StringComparer.Ordinal))
        {
            text.Append(CultureInfo.InvariantCulture, $"{currency}: {string.Join(", ", amounts.Select(a => a.Value.ToString(CultureInfo.InvariantCulture)))}\n");
        }

        return text.ToString();
    }

    /// <summary>
    /// The same files ingested without any fault, in a deployment of their own (in-process reconciler passes until
    /// every file has settled): what the summary must equal after a faulty run.
    /// </summary>
    public static async Task<string> ReferenceAsync(IReadOnlyList<DropFile> files, bool failedFiles = true)
    {
        await using var reference = await IsolatedStorage.CreateAsync();
        await UploadAsync(reference, files);
        var reconciler = reference.Get<BlobReconciler>();
        await Eventually.ReturnsAsync(
            async () =>
            {
                await reconciler.RunOnceAsync(CancellationToken.None);
                return await StatesAsync(reference);
            },
            states => states.Count == files.Count && states.All(s => s.State != FileStates.Pending),
            "the reference ingestion has settled",
            TimeSpan.FromMinutes(3));
        return await FingerprintAsync(reference, failedFiles);
    }

    public static async Task AssertNoDriftAsync(IsolatedStorage storage)
    {
        var report = await storage.Get<AggregateVerifier>().VerifyAsync(repair: false, CancellationToken.None);
        Assert.True(report.Clean, "verify found drift:\n" + string.Join("\n", report.Drifts));
    }

    /// <summary>The settings that give a dead processor's lock back after 5 s instead of 2 minutes (see docs/reliability.md).</summary>
    public static IReadOnlyDictionary<string, string?> ShortLease { get; } = new Dictionary<string, string?>
    {
        ["Pipeline__Storage__FileLockLease"] = "00:00:05",
    };

    /// <summary>
    /// A short lease, and the storage SDK's retries shortened from about a minute of backoff (5 retries from 4 s) to
    /// about a second, so that an outage is noticed, and given up on, in seconds.
    /// </summary>
    public static IReadOnlyDictionary<string, string?> ShortLeaseAndRetries { get; } = new Dictionary<string, string?>(ShortLease)
    {
        ["Pipeline__AzureClientDefaults__Retry__MaxRetries"] = "3",
        ["Pipeline__AzureClientDefaults__Retry__Delay"] = "00:00:00.200",
        ["Pipeline__AzureClientDefaults__Retry__MaxDelay"] = "00:00:01",
    };
}
