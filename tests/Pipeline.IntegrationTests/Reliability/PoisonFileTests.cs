using System.Globalization;
using System.Text;
using Pipeline.IntegrationTests.Infrastructure;
using Pipeline.Storage.Files;
using Xunit.Abstractions;

namespace Pipeline.IntegrationTests.Reliability;

/// <summary>
/// A poison file among good ones, through <c>pipeline run</c>: its processing throws every time, so after five
/// attempts it ends quarantined with its reason, and the others are processed as if it had never been dropped.
/// </summary>
/// <remarks>
/// No input was found whose processing throws (the analyzer types every failure it knows of, and the hostile corpora
/// hold it to that), so the poison is a file whose analysis cannot finish within the per-file deadline
/// (Pipeline:Limits:MaxProcessingSeconds): 15 MB of dense prose, within every size limit, which takes several seconds
/// to analyze, against a deadline set to 1 s for this test. The good files take milliseconds; each may miss the
/// deadline four times on a crowded machine and still end processed.
/// </remarks>
public sealed class PoisonFileTests(ITestOutputHelper output)
{
    private const string Poison = "poison/endless-prose.txt";

    [Fact]
    public async Task A_file_whose_processing_keeps_failing_is_quarantined_after_five_attempts_and_the_others_are_unaffected()
    {
        var good = ReliabilityHarness.Batch(20);
        var expected = ReliabilityHarness.ReferenceAsync(good);
        await using var storage = await IsolatedStorage.CreateAsync();
        await using var runtime = await LocalRuntime.StartAsync(storage, connectionString: null, new Dictionary<string, string?>
        {
            ["Pipeline__Limits__MaxProcessingSeconds"] = "1",
        });

        await ReliabilityHarness.UploadAsync(storage, [.. good, new DropFile(Poison, HeavyProse(15_000_000))]);
        var settled = await ReliabilityHarness.SettledAsync(storage, good.Count + 1, TimeSpan.FromMinutes(2));

        var poison = Assert.Single(settled, s => s.Name == Poison);
        output.WriteLine($"{Poison}: {poison.State} after {poison.Attempts} attempts: {poison.Error}");
        Assert.Equal(FileStates.Quarantined, poison.State);
        Assert.Equal(5, poison.Attempts);
        Assert.Contains("did not finish within the limit of 1 s", poison.Error, StringComparison.Ordinal);
        var details = await storage.Get<FileStatusReader>().GetDetailsAsync(Poison, CancellationToken.None);
        Assert.StartsWith("ArticleAnalysisTimeoutException: ", details!.LastFailure, StringComparison.Ordinal);

        Assert.All(settled.Where(s => s.Name != Poison), s => Assert.Equal(FileStates.Processed, s.State));
        await ReliabilityHarness.AssertNoDriftAsync(storage);
        Assert.Equal(await expected, await ReliabilityHarness.FingerprintAsync(storage));
        Assert.False(runtime.HasExited);

        // The API shows it among the quarantined files, with its reason.
        var quarantined = await runtime.Http.GetStringAsync(new Uri("api/files?state=quarantined", UriKind.Relative));
        Assert.Contains(Poison, quarantined, StringComparison.Ordinal);
    }

    /// <summary>About <paramref name="length"/> characters of plain prose, dense with names, places and figures: ordinary text, only long.</summary>
    internal static byte[] HeavyProse(int length)
    {
        string[] first = ["Anna", "Marcus", "Elena", "David", "Priya", "Tomas", "Grace", "Yusuf"];
        string[] last = ["Schmidt", "Okafor", "Lindqvist", "Moreau", "Castillo", "Novak"];
        string[] cities = ["Springfield", "Dresden", "Lyon", "Porto", "Gdansk"];
        var random = new Random(1);
        var text = new StringBuilder("Council approves the plan\n\n", length + 200);
        while (text.Length < length)
        {
            text.Append(CultureInfo.InvariantCulture, $"{first[random.Next(first.Length)]} {last[random.Next(last.Length)]} met officials of the Red Cross in {cities[random.Next(cities.Length)]} on Tuesday and said the plan would cost {random.Next(2, 900)} million euros. ");
            if (random.Next(10) == 0)
            {
                text.Append("\n\n");
            }
        }

        return Encoding.UTF8.GetBytes(text.ToString());
    }
}
