using System.Net;
using System.Text.Json;
using Pipeline.Core;
using Pipeline.IntegrationTests.Infrastructure;
using Pipeline.Storage.Files;
using Pipeline.Storage.Hosting;
using Pipeline.Storage.Summaries;
using Xunit.Abstractions;

namespace Pipeline.IntegrationTests.Reliability;

/// <summary>
/// The hostile corpus (<see cref="HostileFiles"/>) and the seeds dropped together into a running <c>pipeline run</c>:
/// each hostile file ends in the state and with the reason its row in the table says, the runtime stays up with its
/// memory bounded by what its limits allow, and the good files' aggregates are those of the good files alone.
/// </summary>
public sealed class HostileInputTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Hostile_files_dropped_beside_the_seeds_each_end_with_their_reason_and_leave_the_good_aggregates_alone()
    {
        var seeds = ReliabilityHarness.Batch(generated: 0);
        var good = seeds.Concat(HostileFiles.All.Where(f => f.Code is null).Select(f => new DropFile(f.Name, f.Content()))).ToList();
        var expected = ReliabilityHarness.ReferenceAsync(good, failedFiles: false);

        await using var storage = await IsolatedStorage.CreateAsync();
        await using var runtime = await LocalRuntime.StartAsync(storage);
        var baseline = runtime.PeakResidentBytes();
        await ReliabilityHarness.UploadAsync(storage, seeds);
        // One at a time, built just before its upload: the big ones are only generated, never kept together.
        foreach (var file in HostileFiles.All)
        {
            await storage.Storage.Articles.GetBlobClient(file.Name).UploadAsync(new BinaryData(file.Content()), overwrite: true);
        }

        var total = seeds.Count + HostileFiles.All.Count;
        var settled = await ReliabilityHarness.SettledAsync(storage, total, TimeSpan.FromMinutes(3));
        Assert.False(runtime.HasExited, "the runtime stayed up:\n" + runtime.Output);
        Assert.Equal(HttpStatusCode.OK, await runtime.HealthAsync());

        // Each file's fate, as an operator reads it over HTTP.
        var wrong = new List<string>();
        foreach (var file in HostileFiles.All)
        {
            using var response = await runtime.Http.GetAsync(new Uri("api/files/" + Uri.EscapeDataString(file.Name), UriKind.Relative));
            if (response.StatusCode != HttpStatusCode.OK)
            {
                wrong.Add($"{file.Name}: GET answered {(int)response.StatusCode}");
                continue;
            }

            using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
            var state = body.RootElement.GetProperty("file");
            var (actualState, code, format, error) = (Text(state, "state"), Text(state, "errorCode"), Text(state, "format"), Text(state, "error"));
            output.WriteLine($"{file.Name[..Math.Min(60, file.Name.Length)],-60} {actualState,-10} {code ?? format} {error}");
            if (actualState != file.State || code != file.Code || (file.Format is not null && format != file.Format) || (file.Code is not null && string.IsNullOrWhiteSpace(error)))
            {
                wrong.Add($"{file.Name}: expected {HostileFiles.Describe(file)}, got {actualState} {code ?? format}: {error}");
            }
        }

        Assert.True(wrong.Count == 0, string.Join("\n", wrong));
        Assert.All(settled.Where(s => seeds.Any(seed => seed.Name == s.Name)), s => Assert.Equal(FileStates.Processed, s.State));

        // Memory: a peak the configured limits explain (docs/reliability.md has the arithmetic and the figures seen).
        var limits = storage.Get<ArticleAnalyzer>().Options;
        var parallelism = storage.Storage.Options.ReconcileParallelism;
        var bound = MemoryBound(baseline, limits, parallelism);
        var peak = runtime.PeakResidentBytes();
        output.WriteLine($"peak RSS {peak / Mebi} MiB (at start {baseline / Mebi} MiB); bound {bound / Mebi} MiB");
        Assert.True(peak <= bound, $"peak RSS {peak / Mebi} MiB exceeds the bound of {bound / Mebi} MiB that the limits allow");

        // Odd names survive a reprocess request over HTTP too: the request reaches the file it names, and what the
        // file counted is replaced, never doubled (checked with the aggregates below).
        foreach (var name in HostileFiles.All.Where(f => f.Name.Contains('\\', StringComparison.Ordinal) || f.Name.Contains("%2F", StringComparison.Ordinal)).Select(f => f.Name))
        {
            var before = settled.Single(s => s.Name == FileStatusReader.CanonicalName(name)).ProcessedAt;
            using var accepted = await runtime.Http.PostAsync(new Uri("api/files/" + Uri.EscapeDataString(name) + "/reprocess", UriKind.Relative), null);
            Assert.Equal(HttpStatusCode.Accepted, accepted.StatusCode);
            await Eventually.ReturnsAsync(
                () => storage.Get<FileStatusReader>().GetAsync(name, CancellationToken.None),
                status => status is { State: FileStates.Processed } && status.ProcessedAt > before,
                $"{name} has been processed again");
        }

        // The good files count exactly as they do alone; every failed file counts once, in failedFiles only.
        await ReliabilityHarness.AssertNoDriftAsync(storage);
        Assert.Equal(await expected, await ReliabilityHarness.FingerprintAsync(storage, failedFiles: false));
        var summary = await storage.Get<SummaryReader>().ReadAsync(CancellationToken.None);
        Assert.Equal(HostileFiles.All.Count(f => f.Code is not null), summary.FailedFiles);
    }

    private const long Mebi = 1024 * 1024;

    /// <summary>
    /// What the runtime may hold at most: its own footprint at start, plus for each of the reconciler's workers a file
    /// read whole (MaxFileBytes of bytes and twice that as UTF-16 text), plus the analyses the memory gate lets run
    /// at once (MaxConcurrentTextBytes of text, allowed 12 times that for parse trees, tokens and results: a 16 MB
    /// page peaks near 600 MB, about 18 times its UTF-16 size, and two of them share the budget), plus 256 MiB of slack
    /// for the garbage collector's timing. Generous, but a reader that let a 100 MB file or a 10 GiB bomb into memory,
    /// or ran every worker's analysis at once, would go past it.
    /// </summary>
    private static long MemoryBound(long baseline, ArticleAnalyzerOptions limits, int parallelism) =>
        baseline + (parallelism * 3 * limits.MaxInputBytes) + (12 * limits.MaxConcurrentTextBytes) + (256 * Mebi);

    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
