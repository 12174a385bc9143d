using System.Text;
using Azure;
using Azure.Data.Tables;
using Pipeline.Core;
using Pipeline.IntegrationTests.Infrastructure;
using Pipeline.Storage.Articles;
using Pipeline.Storage.Entities;
using Pipeline.Storage.Keys;
using Pipeline.Storage.Summaries;
using Pipeline.Storage.Verification;
using Xunit.Abstractions;

namespace Pipeline.IntegrationTests.Storage;

/// <summary>
/// Model-based: a random sequence of uploads, re-uploads with changed content, duplicate deliveries, deletions and
/// unreadable files, run 8-way concurrently against a few blob names, must leave every aggregate equal to a recount
/// of the blobs that remain, analyzed from scratch. The seed is printed, so a failure can be replayed.
/// </summary>
public sealed class RandomizedIngestionTests(ITestOutputHelper output)
{
    private static readonly string[] People = ["Angela Merkel", "Emmanuel Macron", "Joe Biden", "Olaf Scholz", "Giorgia Meloni", "Pedro Sanchez"];
    private static readonly string[] Places = ["Paris", "Berlin", "Madrid", "Rome", "Brussels", "Vienna"];
    private static readonly string[] Bodies = ["European Commission", "World Bank", "United Nations", "Red Cross", "Bundestag"];
    private static readonly string[] Names = ["a.txt", "b.txt", "c.txt", "d/e.txt", "f g.txt"];

    private static readonly IngestOutcome[] Settled = [IngestOutcome.Processed, IngestOutcome.Failed, IngestOutcome.AlreadyDone];

    public static TheoryData<int> Seeds => [1, 2, 3, 4, 5, 6];

    [Theory]
    [MemberData(nameof(Seeds))]
    public async Task Any_interleaving_of_uploads_deliveries_and_deletes_ends_in_exact_aggregates(int seed)
    {
        output.WriteLine($"seed {seed}");
        await using var storage = await IsolatedStorage.CreateAsync();
        var ingestor = storage.Get<ArticleIngestor>();
        var random = new Random(seed);
        var operations = Enumerable.Range(0, 48).Select(_ => NextOperation(random)).ToList();

        await Parallel.ForEachAsync(operations, new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (operation, ct) =>
        {
            var blob = storage.Storage.Articles.GetBlobClient(operation.Name);
            switch (operation.Kind)
            {
                case OperationKind.Upload:
                    await blob.UploadAsync(new BinaryData(operation.Content!), overwrite: true, ct);
                    break;
                case OperationKind.UploadAndDeliver:
                    await blob.UploadAsync(new BinaryData(operation.Content!), overwrite: true, ct);
                    await ingestor.IngestAsync(blob, ct);
                    break;
                case OperationKind.Deliver:
                    await ingestor.IngestAsync(blob, ct);
                    break;
                case OperationKind.Delete:
                    await blob.DeleteIfExistsAsync(cancellationToken: ct);
                    await ingestor.IngestAsync(blob, ct);
                    break;
            }
        });

        // The safety net's pass: every remaining blob settles at its last version, every deleted one is removed.
        var remaining = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var name in Names)
        {
            var blob = storage.Storage.Articles.GetBlobClient(name);
            if (await blob.ExistsAsync())
            {
                remaining[name] = (await blob.DownloadContentAsync()).Value.Content.ToArray();
                Assert.Contains(await ingestor.IngestAsync(blob, CancellationToken.None), Settled);
                var row = (await storage.Storage.ArticleTable.GetEntityAsync<TableEntity>(TableKey.Encode(name), ArticleRow.RowKey)).Value;
                Assert.Equal(BlobVersion.Of((await blob.GetPropertiesAsync()).Value.ETag), ArticleRow.SettledVersion(row));
            }
            else
            {
                await ingestor.RemoveAsync(name, CancellationToken.None);
                Assert.False((await storage.Storage.ArticleTable.GetEntityIfExistsAsync<TableEntity>(TableKey.Encode(name), ArticleRow.RowKey)).HasValue);
            }
        }

        var report = await storage.Get<AggregateVerifier>().VerifyAsync(repair: false, CancellationToken.None);
        Assert.True(report.Clean, $"seed {seed}: " + string.Join("\n", report.Drifts));

        var expected = await RecountAsync(remaining);
        var summary = await storage.Get<SummaryReader>().ReadAsync(CancellationToken.None);
        Assert.Equal((expected.Articles, expected.Failed), (summary.Articles, summary.FailedFiles));
        foreach (var (key, (articles, mentions)) in expected.Entities)
        {
            var counter = await storage.Storage.EntityTable.GetEntityIfExistsAsync<TableEntity>(TableKey.Encode(key), "~counter");
            var actual = counter.HasValue ? (counter.Value!.GetInt64(EntityCounter.Articles) ?? 0, counter.Value.GetInt64(EntityCounter.Mentions) ?? 0) : (0, 0);
            Assert.True((articles, (long)mentions) == actual, $"seed {seed}: {key} should be {articles}/{mentions}, is {actual}");
        }
    }

    private static async Task<(int Articles, int Failed, Dictionary<string, (int Articles, int Mentions)> Entities)> RecountAsync(Dictionary<string, byte[]> blobs)
    {
        var analyzer = new ArticleAnalyzer();
        var entities = new Dictionary<string, (int, int)>(StringComparer.Ordinal);
        int articles = 0, failed = 0;
        foreach (var (name, content) in blobs)
        {
            try
            {
                var analysis = await analyzer.AnalyzeFileAsync(new MemoryStream(content), name);
                articles += analysis.ArticleCount;
                foreach (var entity in analysis.Entries.SelectMany(e => e.Analysis?.Entities ?? []))
                {
                    var (a, m) = entities.GetValueOrDefault(entity.Key);
                    entities[entity.Key] = (a + 1, m + entity.Mentions);
                }
            }
            catch (ArticleFormatException)
            {
                failed++;
            }
        }

        return (articles, failed, entities);
    }

    private static Operation NextOperation(Random random)
    {
        var name = Names[random.Next(Names.Length)];
        return random.Next(100) switch
        {
            < 35 => new Operation(OperationKind.Upload, name, Article(random)),
            < 55 => new Operation(OperationKind.UploadAndDeliver, name, Article(random)),
            < 80 => new Operation(OperationKind.Deliver, name, null),
            < 90 => new Operation(OperationKind.Delete, name, null),
            _ => new Operation(OperationKind.Upload, name, [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, (byte)random.Next(256)]),
        };
    }

    private static byte[] Article(Random random)
    {
        string Pick(string[] pool) => pool[random.Next(pool.Length)];
        var text = new StringBuilder("Talks in ").Append(Pick(Places)).Append("\n\n");
        for (var sentence = random.Next(2, 6); sentence > 0; sentence--)
        {
            text.Append(Pick(People)).Append(" met officials of the ").Append(Pick(Bodies)).Append(" in ").Append(Pick(Places)).Append(" on Monday. ");
        }

        return Encoding.UTF8.GetBytes(text.ToString());
    }

    private enum OperationKind
    {
        Upload,
        UploadAndDeliver,
        Deliver,
        Delete,
    }

    private sealed record Operation(OperationKind Kind, string Name, byte[]? Content);
}
