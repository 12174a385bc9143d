using System.Text;
using Azure.Data.Tables;
using Pipeline.IntegrationTests.Infrastructure;
using Pipeline.Storage.Articles;
using Pipeline.Storage.Keys;
using Pipeline.Storage.Summaries;
using Pipeline.Storage.Verification;

namespace Pipeline.IntegrationTests.Storage;

/// <summary>Blob names and entity texts that Table Storage keys cannot hold as they are, and sizes past its limits.</summary>
public sealed class HostileKeysTests
{
    public static TheoryData<string> HostileNames =>
    [
        "a/b\\c#d?e%f.txt",
        "tab\there\u0001\u001f.txt",
        "ünïcødé/日本語/עברית.txt",
        "emoji 😀/🙃.txt",
        new string('n', 1000) + ".txt",
        "trailing.dot.",
        "%2F already encoded %41.txt",
    ];

    [Theory]
    [MemberData(nameof(HostileNames))]
    public async Task Any_blob_name_is_ingested_counted_and_removed(string name)
    {
        await using var storage = await IsolatedStorage.CreateAsync();
        var ingestor = storage.Get<ArticleIngestor>();
        var blob = storage.Storage.Articles.GetBlobClient(name);
        await blob.UploadAsync(new BinaryData(Encoding.UTF8.GetBytes("Flood in Dresden\n\nThe river flooded the old town of Dresden on Monday, Mayor Anna Schmidt said.\n")));

        Assert.Equal(IngestOutcome.Processed, await ingestor.IngestAsync(blob, CancellationToken.None));
        var row = (await storage.Storage.ArticleTable.GetEntityAsync<TableEntity>(TableKey.Encode(name), ArticleRow.RowKey)).Value;
        Assert.Equal(name, row.GetString(ArticleRow.BlobName));
        Assert.Equal(1, (await storage.Get<SummaryReader>().ReadAsync(CancellationToken.None)).Articles);

        await blob.DeleteAsync();
        Assert.Equal(IngestOutcome.Removed, await ingestor.IngestAsync(blob, CancellationToken.None));
        Assert.Equal(0, (await storage.Get<SummaryReader>().ReadAsync(CancellationToken.None)).Articles);
    }

    [Fact]
    public async Task An_article_with_5000_distinct_entities_keeps_every_limit_and_stays_consistent()
    {
        await using var storage = await IsolatedStorage.CreateAsync();
        var text = new StringBuilder("Directory of delegates\n\n");
        for (var i = 0; i < 5000; i++)
        {
            // Distinct capitalized two-word names, every one a candidate entity.
            text.Append("Delegate ").Append(Name(i)).Append(' ').Append(Name(i * 7 + 3)).Append(" of the ").Append(Name(i * 13 + 5)).Append(" Institute arrived. ");
        }

        var blob = storage.Storage.Articles.GetBlobClient("directory.txt");
        await blob.UploadAsync(new BinaryData(Encoding.UTF8.GetBytes(text.ToString())));

        Assert.Equal(IngestOutcome.Processed, await storage.Get<ArticleIngestor>().IngestAsync(blob, CancellationToken.None));

        var row = (await storage.Storage.ArticleTable.GetEntityAsync<TableEntity>(TableKey.Encode("directory.txt"), ArticleRow.RowKey)).Value;
        Assert.True(row.GetString(ArticleRow.EntitiesJson)!.Length <= TableText.MaxPropertyChars);
        Assert.InRange(row.GetInt32(ArticleRow.EntityCount) ?? 0, 1, storage.Storage.Options.MaxEntitiesPerArticle);
        var report = await storage.Get<AggregateVerifier>().VerifyAsync(repair: false, CancellationToken.None);
        Assert.True(report.Clean, string.Join("\n", report.Drifts));
    }

    // Letters only, capitalized: "Bacad", "Qexof", ...
    private static string Name(int seed)
    {
        var letters = new char[5];
        var value = (uint)seed * 2654435761u;
        letters[0] = (char)('A' + (value % 26));
        for (var i = 1; i < letters.Length; i++)
        {
            value /= 26;
            letters[i] = i % 2 == 1 ? "aeiou"[(int)(value % 5)] : (char)('b' + (value % 20));
        }

        return new string(letters);
    }
}
