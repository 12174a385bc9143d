using Pipeline.IntegrationTests.Infrastructure;
using Pipeline.Storage.Articles;
using Pipeline.Storage.Files;

namespace Pipeline.IntegrationTests.Storage;

/// <summary>The read model behind <c>pipeline status</c> and the files API: states, paging, details and pending files.</summary>
public sealed class FileStatusReaderTests
{
    private const string Article = "Bridge repairs\n\nThe council met on Tuesday in Springfield and voted to repair the old bridge, Mayor Anna Schmidt said.\n";
    private const string Broken = "broken.bin";

    [Fact]
    public async Task Files_are_listed_by_state_a_page_at_a_time()
    {
        await using var storage = await SeededWithOneBrokenFileAsync();
        var reader = storage.Get<FileStatusReader>();

        var first = await reader.ListAsync(null, 3, null, CancellationToken.None);
        Assert.NotNull(first.ContinuationToken);
        var second = await reader.ListAsync(null, 3, first.ContinuationToken, CancellationToken.None);
        Assert.Null(second.ContinuationToken);
        Assert.Equal(
            [.. Seeds.Names, Broken],
            first.Files.Concat(second.Files).Select(f => f.Name).Order(StringComparer.Ordinal));

        var failed = Assert.Single((await reader.ListAsync(FileStates.Failed, 10, null, CancellationToken.None)).Files);
        Assert.Equal((Broken, FileStates.Failed, "binary", 1), (failed.Name, failed.State, failed.ErrorCode, failed.Attempts));
        Assert.False(string.IsNullOrWhiteSpace(failed.Error));
        var processed = (await reader.ListAsync(FileStates.Processed, 10, null, CancellationToken.None)).Files;
        Assert.Equal(Seeds.Names, processed.Select(f => f.Name).Order(StringComparer.Ordinal));
        Assert.All(processed, f =>
        {
            Assert.Equal(1, f.Articles);
            Assert.True(f.Words > 500, $"{f.Name} has {f.Words} words");
            Assert.False(string.IsNullOrWhiteSpace(f.Title));
            Assert.NotNull(f.ProcessedAt);
            Assert.True(f.ContentLength > 0);
        });
        Assert.Equal("tokenized", processed.Single(f => f.Name == Seeds.PtbCnn).Format);
        await Assert.ThrowsAsync<ArgumentException>(() => reader.ListAsync(FileStates.Pending, 10, null, CancellationToken.None));
        await Assert.ThrowsAsync<ArgumentException>(() => reader.ListAsync("done", 10, null, CancellationToken.None));
    }

    [Fact]
    public async Task One_file_shows_what_was_extracted_and_turns_pending_when_its_blob_changes()
    {
        await using var storage = await SeededWithOneBrokenFileAsync();
        var reader = storage.Get<FileStatusReader>();

        var details = await reader.GetDetailsAsync(Seeds.CleanNbc, CancellationToken.None);

        Assert.NotNull(details);
        Assert.Equal(FileStates.Processed, details.Status.State);
        Assert.Contains(details.Entities, e => e is { Key: "person:donald trump", Type: "person", Articles: 1, Mentions: > 1 });
        Assert.Contains(details.Entities, e => e.Type == "source" && e.Name == "NBC News");
        Assert.Equal(details.Entities.OrderByDescending(e => e.Mentions).Select(e => e.Mentions), details.Entities.Select(e => e.Mentions));

        await storage.UploadTextAsync(Seeds.CleanNbc, Article);
        var changed = await reader.GetAsync(Seeds.CleanNbc, CancellationToken.None);
        Assert.Equal(FileStates.Pending, changed?.State);
        Assert.True(changed?.Words > 500, "the rest still describes the version that was processed");

        await storage.UploadTextAsync("new.txt", Article);
        Assert.Equal((FileStates.Pending, (long?)Article.Length), (await reader.GetAsync("new.txt", CancellationToken.None)) is { } fresh ? (fresh.State, fresh.ContentLength) : default);
        Assert.Null(await reader.GetAsync("never-dropped.txt", CancellationToken.None));
    }

    [Fact]
    public async Task Pending_files_are_new_changed_retried_or_asked_to_be_reprocessed_but_not_quarantined()
    {
        await using var storage = await SeededWithOneBrokenFileAsync();
        var ingestor = storage.Get<ArticleIngestor>();
        var reader = storage.Get<FileStatusReader>();
        Assert.Empty(await reader.PendingAsync(CancellationToken.None).ToListAsync());

        await storage.UploadTextAsync("new.txt", Article);
        await storage.UploadTextAsync(Seeds.ScrapedCnn, Article);
        await ingestor.RequestReprocessAsync(Seeds.PtbCnn, CancellationToken.None);
        var retried = await storage.UploadTextAsync("retried.txt", Article);
        await ingestor.RecordFailureAsync(retried, new InvalidOperationException("boom"), CancellationToken.None);
        var quarantined = await storage.UploadTextAsync("quarantined.txt", Article);
        for (var attempt = 0; attempt < storage.Storage.Options.MaxAttempts; attempt++)
        {
            await ingestor.RecordFailureAsync(quarantined, new InvalidOperationException("boom"), CancellationToken.None);
        }

        var pending = await reader.PendingAsync(CancellationToken.None).ToListAsync();

        Assert.Equal([Seeds.PtbCnn, Seeds.ScrapedCnn, "new.txt", "retried.txt"], pending.Order(StringComparer.Ordinal));
        Assert.Equal(FileStates.Quarantined, (await reader.GetAsync("quarantined.txt", CancellationToken.None))?.State);
        var all = await reader.AllAsync(CancellationToken.None).ToListAsync();
        Assert.Equal(
            [
                (Seeds.PtbCnn, FileStates.Pending), (Seeds.ScrapedCnn, FileStates.Pending), (Seeds.CleanNbc, FileStates.Processed),
                (Broken, FileStates.Failed), ("new.txt", FileStates.Pending), ("quarantined.txt", FileStates.Quarantined), ("retried.txt", FileStates.Pending),
            ],
            all.Select(f => (f.Name, f.State)));
        var retry = await reader.GetDetailsAsync("retried.txt", CancellationToken.None);
        Assert.Equal((FileStates.Pending, 1), (retry?.Status.State, retry?.Status.Attempts));
        Assert.Contains("boom", retry?.LastFailure, StringComparison.Ordinal);
    }

    private static async Task<IsolatedStorage> SeededWithOneBrokenFileAsync()
    {
        var storage = await IsolatedStorage.CreateAsync();
        var ingestor = storage.Get<ArticleIngestor>();
        foreach (var name in Seeds.Names)
        {
            Assert.Equal(IngestOutcome.Processed, await ingestor.ProcessAsync(await Seeds.UploadAsync(storage.Storage.Articles, name), CancellationToken.None));
        }

        var broken = storage.Storage.Articles.GetBlobClient(Broken);
        await broken.UploadAsync(new BinaryData(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0, 1, 2 }));
        Assert.Equal(IngestOutcome.Failed, await ingestor.ProcessAsync(broken, CancellationToken.None));
        return storage;
    }
}
