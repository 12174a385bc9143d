using System.Text.Json;
using Azure.Storage.Blobs.Models;
using Pipeline.IntegrationTests.Infrastructure;

namespace Pipeline.IntegrationTests.EndToEnd;

/// <summary>`pipeline run` as a separate process against Azurite: blobs in, summary out, over HTTP.</summary>
public sealed class LocalRuntimeTests
{
    private const string TrumpKey = "person:donald trump";
    private const string IceKey = "organization:immigration and customs enforcement";
    private const string DhsKey = "organization:department of homeland security";
    private const string UnitedStatesKey = "location:united states";

    [Fact]
    public async Task Seeds_dropped_into_the_container_show_up_in_the_summary_once_each()
    {
        await using var storage = await IsolatedStorage.CreateAsync();
        await using var runtime = await LocalRuntime.StartAsync(storage);

        var summary = await DropSeedsAsync(storage, runtime);
        // Every seed names these four; each must be one entity however the seed spells it (Trump, ICE, DHS, U.S.).
        foreach (var key in new[] { TrumpKey, IceKey, DhsKey, UnitedStatesKey })
        {
            Assert.True(3 == EntityArticles(summary, key), $"{key} should be counted in all three seeds");
        }

        var sources = summary.GetProperty("topSources").EnumerateArray().Select(e => (e.GetProperty("name").GetString(), e.GetProperty("articles").GetInt64()));
        Assert.Equal([("CNN", 2L), ("NBC News", 1L)], sources);

        var ranked = summary.GetProperty("topEntities").EnumerateArray().Select(e => e.GetProperty("name").GetString()).ToList();
        Assert.DoesNotContain("ICE", ranked);
        Assert.DoesNotContain("DHS", ranked);
        Assert.DoesNotContain("Trump", ranked);

        // The same three files again: new blob versions, same content; nothing may change.
        var versions = new List<string>();
        foreach (var name in Seeds.Names)
        {
            versions.Add((await (await Seeds.UploadAsync(storage.Storage.Articles, name)).GetPropertiesAsync()).Value.ETag.ToString());
        }

        await WaitUntilProcessedAsync(storage, Seeds.Names, versions);
        var again = await runtime.GetSummaryAsync();
        Assert.Equal(Articles(summary), Articles(again));
        Assert.Equal(summary.GetProperty("words").GetInt64(), again.GetProperty("words").GetInt64());
        Assert.Equal(summary.GetProperty("topEntities").GetRawText(), again.GetProperty("topEntities").GetRawText());
    }

    [Fact]
    public async Task A_reprocess_request_over_HTTP_is_taken_from_the_queue_and_processed_by_the_runtime()
    {
        await using var storage = await IsolatedStorage.CreateAsync();
        await using var runtime = await LocalRuntime.StartAsync(storage);
        var before = await DropSeedsAsync(storage, runtime);
        // The summary counts a file before its row is written (the row comes last), so wait for the row too.
        var file = await Eventually.ReturnsAsync(
            async () => JsonDocument.Parse(await runtime.Http.GetStringAsync("api/files/" + Seeds.PtbCnn)).RootElement.Clone(),
            body => body.GetProperty("file").GetProperty("state").GetString() == "processed",
            "the seed's file row to say processed");
        var processedAt = file.GetProperty("file").GetProperty("processedAt").GetDateTimeOffset();

        using var accepted = await runtime.Http.PostAsync("api/files/" + Seeds.PtbCnn + "/reprocess", null);
        await Eventually.ReturnsAsync(
            async () => JsonDocument.Parse(await runtime.Http.GetStringAsync("api/files/" + Seeds.PtbCnn)).RootElement.Clone(),
            body => body.GetProperty("file").GetProperty("processedAt").GetDateTimeOffset() > processedAt,
            "the reprocessed file to be processed again");
        var after = await runtime.GetSummaryAsync();

        Assert.Equal(System.Net.HttpStatusCode.Accepted, accepted.StatusCode);
        Assert.Equal(Articles(before), Articles(after));
        Assert.Equal(before.GetProperty("topEntities").GetRawText(), after.GetProperty("topEntities").GetRawText());
    }

    [Fact]
    public async Task A_changed_version_replaces_its_contribution_and_a_deleted_blob_takes_it_away()
    {
        await using var storage = await IsolatedStorage.CreateAsync();
        await using var runtime = await LocalRuntime.StartAsync(storage);
        var before = await DropSeedsAsync(storage, runtime);

        const string replacement = "Angela Merkel met Emmanuel Macron in Berlin on Tuesday.\n\nAngela Merkel said the talks went well.";
        var upload = await storage.Storage.Articles.GetBlobClient(Seeds.CleanNbc).UploadAsync(BinaryData.FromString(replacement), overwrite: true);
        await WaitUntilProcessedAsync(storage, [Seeds.CleanNbc], [upload.Value.ETag.ToString()]);
        var replaced = await runtime.GetSummaryAsync();
        Assert.Equal(2, EntityArticles(replaced, TrumpKey));
        Assert.Equal(3, Articles(replaced));
        Assert.True(replaced.GetProperty("words").GetInt64() < before.GetProperty("words").GetInt64() - 1000);
        Assert.Equal(1, await CountedArticlesAsync(storage, "person:angela merkel"));

        await storage.Storage.Articles.DeleteBlobAsync(Seeds.CleanNbc);
        var deleted = await Eventually.ReturnsAsync(runtime.GetSummaryAsync, s => Articles(s) == 2, "2 articles remain after a delete");
        Assert.Equal(0, await CountedArticlesAsync(storage, "person:angela merkel"));
        Assert.Equal(2, EntityArticles(deleted, TrumpKey));
    }

    [Fact]
    public async Task Blobs_uploaded_within_the_same_second_are_all_processed()
    {
        await using var storage = await IsolatedStorage.CreateAsync();
        await using var runtime = await LocalRuntime.StartAsync(storage);
        var text = await File.ReadAllTextAsync(Seeds.PathOf(Seeds.CleanNbc));

        // Twelve uploads at once land within a second or two; the polling trigger would miss all but the
        // first of those that share its second. Each must be processed.
        var names = Enumerable.Range(0, 12).Select(i => $"burst/article-{i:D2}.txt").ToList();
        await Task.WhenAll(names.Select(name => storage.Storage.Articles.GetBlobClient(name).UploadAsync(BinaryData.FromString(text))));

        var seconds = new HashSet<long>();
        await foreach (BlobItem blob in storage.Storage.Articles.GetBlobsAsync(BlobTraits.None, BlobStates.None, "burst/", CancellationToken.None))
        {
            seconds.Add(blob.Properties.LastModified!.Value.ToUnixTimeSeconds());
        }

        Assert.True(seconds.Count < names.Count, "several blobs share a LastModified second (the case under test)");
        var summary = await Eventually.ReturnsAsync(runtime.GetSummaryAsync, s => Articles(s) == names.Count, $"{names.Count} articles are counted");
        Assert.Equal(names.Count, EntityArticles(summary, TrumpKey));
    }

    private static async Task<JsonElement> DropSeedsAsync(IsolatedStorage storage, LocalRuntime runtime)
    {
        foreach (var name in Seeds.Names)
        {
            await Seeds.UploadAsync(storage.Storage.Articles, name);
        }

        return await Eventually.ReturnsAsync(runtime.GetSummaryAsync, s => Articles(s) == 3, "the summary counts 3 articles");
    }

    private static async Task WaitUntilProcessedAsync(IsolatedStorage storage, IReadOnlyList<string> names, List<string> versions)
    {
        var dropper = storage.Get<Pipeline.Storage.Dropping.ArticleDropper>();
        var files = names.Select((name, i) => new Pipeline.Storage.Dropping.DroppedFile(name, versions[i], Uploaded: true)).ToList();
        var status = await dropper.WaitForAsync(files, Eventually.DefaultTimeout, CancellationToken.None);
        Assert.All(status.Values, s => Assert.Equal("processed", s));
    }

    /// <summary>An entity's article count straight from its counter row, for entities below the summary's top lists.</summary>
    private static async Task<long> CountedArticlesAsync(IsolatedStorage storage, string entityKey)
    {
        var counter = await storage.Storage.EntityTable.GetEntityIfExistsAsync<Azure.Data.Tables.TableEntity>(
            Pipeline.Storage.Keys.TableKey.Encode(entityKey), Pipeline.Storage.Ledger.ContributionLedger.CounterRowKey);
        return counter.HasValue ? counter.Value!.GetInt64("Articles") ?? 0 : 0;
    }

    private static long Articles(JsonElement summary) => summary.GetProperty("articles").GetInt64();

    private static long EntityArticles(JsonElement summary, string key) =>
        summary.GetProperty("topEntities").EnumerateArray()
            .Concat(summary.GetProperty("topEntitiesByType").EnumerateObject().SelectMany(t => t.Value.EnumerateArray()))
            .Where(e => e.GetProperty("key").GetString() == key)
            .Select(e => e.GetProperty("articles").GetInt64())
            .FirstOrDefault();
}
