using Pipeline.IntegrationTests.Infrastructure;
using Pipeline.Storage.Articles;
using Pipeline.Storage.Summaries;
using Pipeline.Storage.Verification;

namespace Pipeline.IntegrationTests.Storage;

/// <summary>The corpus's largest amounts follow their files: ranked once, replaced by a new version, gone with a deletion.</summary>
public sealed class LargestAmountsTests
{
    private const string Budget = "City budget\n\nThe council approved a $4.5 billion budget on Tuesday, and set aside $12 million for parks, Mayor Anna Schmidt said.\n";
    private const string Grant = "Museum grant\n\nThe museum received a €30 million grant from the state, its director said on Monday.\n";

    [Fact]
    public async Task Amounts_are_ranked_per_currency_and_follow_new_versions_and_deletions()
    {
        await using var storage = await IsolatedStorage.CreateAsync();
        var ingestor = storage.Get<ArticleIngestor>();
        var summaries = storage.Get<SummaryReader>();
        var budget = await storage.UploadTextAsync("budget.txt", Budget);
        var grant = await storage.UploadTextAsync("grant.txt", Grant);
        await ingestor.ProcessAsync(budget, CancellationToken.None);
        await ingestor.ProcessAsync(grant, CancellationToken.None);
        await ingestor.ProcessAsync(budget, CancellationToken.None);
        var first = await summaries.ReadAsync(CancellationToken.None);

        await storage.UploadTextAsync("budget.txt", Budget.Replace("$4.5 billion", "$3.9 billion", StringComparison.Ordinal));
        await ingestor.ProcessAsync(budget, CancellationToken.None);
        var changed = await summaries.ReadAsync(CancellationToken.None);
        var report = await storage.Get<AggregateVerifier>().VerifyAsync(repair: false, CancellationToken.None);
        await grant.DeleteAsync();
        await ingestor.ProcessAsync(grant, CancellationToken.None);
        var deleted = await summaries.ReadAsync(CancellationToken.None);

        Assert.Equal([4.5e9, 12e6], first.LargestAmounts["USD"].Select(a => a.Value));
        Assert.Equal("budget.txt", first.LargestAmounts["USD"][0].File);
        Assert.Contains("approved a $4.5 billion budget", first.LargestAmounts["USD"][0].Sentence, StringComparison.Ordinal);
        Assert.Equal([30e6], first.LargestAmounts["EUR"].Select(a => a.Value));
        Assert.Equal([3.9e9, 12e6], changed.LargestAmounts["USD"].Select(a => a.Value));
        Assert.True(report.Clean, string.Join("\n", report.Drifts));
        Assert.False(deleted.LargestAmounts.ContainsKey("EUR"));
    }
}
