using System.Text.Json;
using Azure.Data.Tables;
using Microsoft.AspNetCore.Http;
using Pipeline.Functions.Functions;
using Pipeline.IntegrationTests.Infrastructure;
using Pipeline.Storage.Articles;
using Pipeline.Storage.Keys;
using Pipeline.Storage.Ledger;

namespace Pipeline.IntegrationTests.Functions;

/// <summary>The function classes invoked directly, as the host would, against a real Azurite.</summary>
public sealed class FunctionClassTests
{
    [Fact]
    public async Task IngestArticle_writes_the_article_row_and_entity_rows_for_a_seed()
    {
        await using var storage = await IsolatedStorage.CreateAsync();
        var blob = await Seeds.UploadAsync(storage.Storage.Articles, Seeds.PtbCnn);

        await storage.Get<IngestArticle>().Run(blob, Seeds.PtbCnn, CancellationToken.None);

        var row = (await storage.Storage.ArticleTable.GetEntityAsync<TableEntity>(TableKey.Encode(Seeds.PtbCnn), ArticleRow.RowKey)).Value;
        Assert.Equal(ArticleStatus.Processed, row.GetString(ArticleRow.Status));
        Assert.Equal(Seeds.PtbCnn, row.GetString(ArticleRow.BlobName));
        Assert.Equal(BlobVersion.Of((await blob.GetPropertiesAsync()).Value.ETag), row.GetString(ArticleRow.BlobETag));
        Assert.StartsWith("Immigration and Customs Enforcement", row.GetString(ArticleRow.Title), StringComparison.Ordinal);
        Assert.InRange(row.GetInt32(ArticleRow.Words) ?? 0, 1400, 1900);
        Assert.InRange(row.GetInt32(ArticleRow.Sentences) ?? 0, 40, 90);
        Assert.Equal("tokenized", row.GetString(ArticleRow.Format));
        Assert.Equal(1, row.GetInt32(ArticleRow.ArticleCount));
        var article = (await storage.Storage.ArticleTable.GetEntityAsync<TableEntity>(TableKey.Encode(Seeds.PtbCnn), ArticleEntryRow.RowKey(0))).Value;
        Assert.Equal("CNN", article.GetString(ArticleEntryRow.Source));
        Assert.Equal("en", article.GetString(ArticleEntryRow.Language));
        Assert.Equal(row.GetString(ArticleRow.Title), article.GetString(ArticleEntryRow.Title));

        var trump = await storage.Storage.EntityTable.GetEntityAsync<TableEntity>(TableKey.Encode("person:donald trump"), ContributionLedger.CounterRowKey);
        Assert.Equal(1, trump.Value.GetInt64("Articles"));
        Assert.True(trump.Value.GetInt64("Mentions") >= 3, "Trump is mentioned at least three times in the PTB seed.");
        var ice = await storage.Storage.EntityTable.GetEntityAsync<TableEntity>(
            TableKey.Encode("organization:immigration and customs enforcement"),
            ContributionLedger.ContributionRowKey(TableKey.Encode(Seeds.PtbCnn)));
        Assert.True(ice.Value.GetInt64("Mentions") >= 5, "ICE and its long name are mentioned at least five times.");
    }

    [Fact]
    public async Task IngestArticle_twice_for_the_same_version_changes_nothing()
    {
        await using var storage = await IsolatedStorage.CreateAsync();
        var blob = await Seeds.UploadAsync(storage.Storage.Articles, Seeds.CleanNbc);
        var function = storage.Get<IngestArticle>();
        await function.Run(blob, Seeds.CleanNbc, CancellationToken.None);
        var before = await ReadSummaryAsync(storage);

        var rowBefore = await storage.Storage.ArticleTable.GetEntityAsync<TableEntity>(TableKey.Encode(Seeds.CleanNbc), ArticleRow.RowKey);

        await function.Run(blob, Seeds.CleanNbc, CancellationToken.None);

        var rowAfter = await storage.Storage.ArticleTable.GetEntityAsync<TableEntity>(TableKey.Encode(Seeds.CleanNbc), ArticleRow.RowKey);
        Assert.Equal(rowBefore.Value.ETag, rowAfter.Value.ETag);
        var after = await ReadSummaryAsync(storage);
        Assert.Equal(before.GetProperty("articles").GetInt64(), after.GetProperty("articles").GetInt64());
        Assert.Equal(before.GetProperty("words").GetInt64(), after.GetProperty("words").GetInt64());
        Assert.Equal(before.GetProperty("topEntities").GetRawText(), after.GetProperty("topEntities").GetRawText());
    }

    [Fact]
    public async Task GetSummary_returns_the_totals_and_top_entities_of_the_three_seeds()
    {
        await using var storage = await IsolatedStorage.CreateAsync();
        var ingest = storage.Get<IngestArticle>();
        foreach (var name in Seeds.Names)
        {
            await ingest.Run(await Seeds.UploadAsync(storage.Storage.Articles, name), name, CancellationToken.None);
        }

        var summary = await ReadSummaryAsync(storage);

        Assert.Equal(3, summary.GetProperty("articles").GetInt64());
        Assert.Equal(0, summary.GetProperty("failedFiles").GetInt64());
        Assert.InRange(summary.GetProperty("words").GetInt64(), 3000, 6000);
        var top = summary.GetProperty("topEntities").EnumerateArray().ToList();
        var trump = Assert.Single(top, e => e.GetProperty("key").GetString() == "person:donald trump");
        Assert.Equal(3, trump.GetProperty("articles").GetInt64());
        Assert.Contains(top, e => e.GetProperty("key").GetString() == "organization:immigration and customs enforcement");
        var people = summary.GetProperty("topEntitiesByType").GetProperty("person").EnumerateArray();
        Assert.Equal("Donald Trump", people.First().GetProperty("name").GetString());
    }

    [Fact]
    public async Task GetSummary_answers_304_to_a_poller_that_already_has_the_current_body()
    {
        await using var storage = await IsolatedStorage.CreateAsync();
        await storage.Get<IngestArticle>().Run(await Seeds.UploadAsync(storage.Storage.Articles, Seeds.CleanNbc), Seeds.CleanNbc, CancellationToken.None);
        var first = await InvokeAsync(storage.Get<HttpApi>().GetSummary, ifNoneMatch: null);
        var etag = first.Response.Headers.ETag.ToString();

        var second = await InvokeAsync(storage.Get<HttpApi>().GetSummary, ifNoneMatch: etag);

        Assert.Equal(StatusCodes.Status200OK, first.Response.StatusCode);
        Assert.StartsWith("\"", etag, StringComparison.Ordinal);
        Assert.Equal(StatusCodes.Status304NotModified, second.Response.StatusCode);
        Assert.Equal(0, second.Response.Body.Length);
    }

    [Fact]
    public async Task GetHealth_reports_storage_reachable()
    {
        await using var storage = await IsolatedStorage.CreateAsync();

        var context = await InvokeAsync(storage.Get<HttpApi>().GetHealth, ifNoneMatch: null);

        Assert.Equal(StatusCodes.Status200OK, context.Response.StatusCode);
        using var body = JsonDocument.Parse(((MemoryStream)context.Response.Body).ToArray());
        Assert.True(body.RootElement.GetProperty("storageReachable").GetBoolean());
    }

    [Fact]
    public async Task IngestArticle_records_an_empty_file_as_failed_with_a_reason_and_counts_nothing()
    {
        await using var storage = await IsolatedStorage.CreateAsync();
        var blob = storage.Storage.Articles.GetBlobClient("empty.txt");
        await blob.UploadAsync(BinaryData.FromBytes([]));

        await storage.Get<IngestArticle>().Run(blob, "empty.txt", CancellationToken.None);

        var row = (await storage.Storage.ArticleTable.GetEntityAsync<TableEntity>(TableKey.Encode("empty.txt"), ArticleRow.RowKey)).Value;
        Assert.Equal(ArticleStatus.Failed, row.GetString(ArticleRow.Status));
        Assert.Contains("empty", row.GetString(ArticleRow.Error), StringComparison.OrdinalIgnoreCase);
        var summary = await ReadSummaryAsync(storage);
        Assert.Equal(0, summary.GetProperty("articles").GetInt64());
        Assert.Equal(1, summary.GetProperty("failedFiles").GetInt64());
    }

    public static TheoryData<string, byte[], string> BadFiles => new()
    {
        { "image.png", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52], "PNG image" },
        // Not UTF-8, and bytes that Windows-1252 leaves undefined, so no legacy encoding reads it either.
        { "undecodable.txt", "Cafe society met in Zurich on Monday."u8.ToArray().Concat(new byte[] { 0x81, 0x8D, 0x8F, 0x90 }).ToArray(), "UTF-8" },
    };

    [Theory]
    [MemberData(nameof(BadFiles))]
    public async Task IngestArticle_records_a_bad_file_as_failed_and_leaves_the_good_aggregates_alone(string name, byte[] content, string reason)
    {
        await using var storage = await IsolatedStorage.CreateAsync();
        var ingest = storage.Get<IngestArticle>();
        await ingest.Run(await Seeds.UploadAsync(storage.Storage.Articles, Seeds.CleanNbc), Seeds.CleanNbc, CancellationToken.None);
        var before = await ReadSummaryAsync(storage);
        var blob = storage.Storage.Articles.GetBlobClient(name);
        await blob.UploadAsync(BinaryData.FromBytes(content));

        await ingest.Run(blob, name, CancellationToken.None);

        var row = (await storage.Storage.ArticleTable.GetEntityAsync<TableEntity>(TableKey.Encode(name), ArticleRow.RowKey)).Value;
        Assert.Equal(ArticleStatus.Failed, row.GetString(ArticleRow.Status));
        Assert.Contains(reason, row.GetString(ArticleRow.Error), StringComparison.OrdinalIgnoreCase);
        var after = await ReadSummaryAsync(storage);
        Assert.Equal(1, after.GetProperty("failedFiles").GetInt64());
        Assert.Equal(before.GetProperty("articles").GetInt64(), after.GetProperty("articles").GetInt64());
        Assert.Equal(before.GetProperty("topEntities").GetRawText(), after.GetProperty("topEntities").GetRawText());
    }

    internal static async Task<JsonElement> ReadSummaryAsync(IsolatedStorage storage)
    {
        var context = await InvokeAsync(storage.Get<HttpApi>().GetSummary, ifNoneMatch: null);
        Assert.Equal(StatusCodes.Status200OK, context.Response.StatusCode);
        Assert.StartsWith("application/json", context.Response.ContentType, StringComparison.Ordinal);
        using var body = JsonDocument.Parse(((MemoryStream)context.Response.Body).ToArray());
        return body.RootElement.Clone();
    }

    private static async Task<HttpContext> InvokeAsync(Func<HttpRequest, Task<Microsoft.AspNetCore.Mvc.IActionResult>> function, string? ifNoneMatch)
    {
        var context = new DefaultHttpContext();
        context.Request.Method = "GET";
        context.Response.Body = new MemoryStream();
        if (ifNoneMatch is not null)
        {
            context.Request.Headers.IfNoneMatch = ifNoneMatch;
        }

        await function(context.Request);
        return context;
    }
}
