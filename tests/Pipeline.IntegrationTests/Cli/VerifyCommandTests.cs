using Azure.Data.Tables;
using Pipeline.IntegrationTests.Infrastructure;
using Pipeline.Storage.Articles;
using Pipeline.Storage.Entities;
using Pipeline.Storage.Keys;
using Pipeline.Storage.Ledger;

namespace Pipeline.IntegrationTests.Cli;

/// <summary><c>pipeline verify</c>: no drift after ingestion, drift after tampering, none again after <c>--repair</c>.</summary>
public sealed class VerifyCommandTests
{
    private const string TrumpKey = "person:donald trump";

    [Fact]
    public async Task Verify_finds_no_drift_then_reports_a_tampered_counter_which_repair_fixes()
    {
        await using var storage = await IsolatedStorage.CreateAsync();
        foreach (var name in Seeds.Names)
        {
            await storage.Get<ArticleIngestor>().ProcessAsync(await Seeds.UploadAsync(storage.Storage.Articles, name), CancellationToken.None);
        }

        var clean = await CliAssert.JsonAsync(storage, 0, "verify");
        Assert.True(clean.GetProperty("clean").GetBoolean(), clean.ToString());
        Assert.Equal(3, clean.GetProperty("filesChecked").GetInt32());
        Assert.Empty(clean.GetProperty("drifts").EnumerateArray());
        Assert.Contains("No drift", (await CliAssert.RunAsync(storage, 0, "verify")).Output, StringComparison.Ordinal);

        var counter = (await storage.Storage.EntityTable.GetEntityAsync<TableEntity>(TableKey.Encode(TrumpKey), ContributionLedger.CounterRowKey)).Value;
        counter[EntityCounter.Mentions] = 1_000L;
        await storage.Storage.EntityTable.UpdateEntityAsync(counter, counter.ETag, TableUpdateMode.Replace);

        var drifted = await CliAssert.RunAsync(storage, 1, "verify");
        Assert.Matches($@"(?m)^entities\s+{TrumpKey}\s+.*1000", drifted.Output);
        Assert.Contains("'pipeline verify --repair' fixes them.", drifted.Output, StringComparison.Ordinal);
        var report = await CliAssert.JsonAsync(storage, 1, "verify");
        Assert.False(report.GetProperty("clean").GetBoolean());
        Assert.Contains(report.GetProperty("drifts").EnumerateArray(), d => d.GetProperty("table").GetString() == "entities" && d.GetProperty("key").GetString() == TrumpKey);

        var repaired = await CliAssert.RunAsync(storage, 0, "verify", "--repair");
        Assert.Contains("Repaired ", repaired.Output, StringComparison.Ordinal);
        var again = await CliAssert.JsonAsync(storage, 0, "verify");
        Assert.True(again.GetProperty("clean").GetBoolean(), again.ToString());
        var fixedCounter = (await storage.Storage.EntityTable.GetEntityAsync<TableEntity>(TableKey.Encode(TrumpKey), ContributionLedger.CounterRowKey)).Value;
        Assert.True(fixedCounter.GetInt64(EntityCounter.Mentions) < 100, $"the counter was recomputed, not kept at {fixedCounter.GetInt64(EntityCounter.Mentions)}");
    }
}
