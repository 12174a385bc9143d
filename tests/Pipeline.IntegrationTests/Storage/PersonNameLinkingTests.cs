using System.Text;
using Azure.Storage.Blobs;
using Pipeline.IntegrationTests.Infrastructure;
using Pipeline.Storage.Articles;
using Pipeline.Storage.Entities;
using Pipeline.Storage.Summaries;

namespace Pipeline.IntegrationTests.Storage;

/// <summary>A bare surname is counted as the one person the corpus knows by it, and only then.</summary>
public sealed class PersonNameLinkingTests
{
    private const string FullName = "Budget talks\n\nDonald Trump met senators in Washington on Monday. The talks went well, Donald Trump said.\n";
    private const string SurnameOnly = "Senate vote\n\nPresident Trump said on Monday that the vote would pass. Trump told reporters in Washington that he was confident.\n";
    private const string OtherTrump = "Book tour\n\nIvanka Trump spoke in Chicago on Tuesday. Ivanka Trump signed books for an hour.\n";

    [Fact]
    public async Task A_bare_surname_counts_as_the_full_name_the_corpus_already_knows()
    {
        await using var storage = await IsolatedStorage.CreateAsync();
        var ingestor = storage.Get<ArticleIngestor>();
        await ingestor.IngestAsync(await UploadAsync(storage, "full.txt", FullName), CancellationToken.None);

        await ingestor.IngestAsync(await UploadAsync(storage, "surname.txt", SurnameOnly), CancellationToken.None);

        var people = (await storage.Get<SummaryReader>().ReadAsync(CancellationToken.None)).TopEntitiesByType[EntityTypeNames.Person];
        var trump = Assert.Single(people);
        Assert.Equal(("person:donald trump", "Donald Trump", 2L, 4L), (trump.Key, trump.Name, trump.Articles, trump.Mentions));
    }

    [Fact]
    public async Task A_surname_two_people_share_stays_on_its_own()
    {
        await using var storage = await IsolatedStorage.CreateAsync();
        var ingestor = storage.Get<ArticleIngestor>();
        await ingestor.IngestAsync(await UploadAsync(storage, "full.txt", FullName), CancellationToken.None);
        await ingestor.IngestAsync(await UploadAsync(storage, "other.txt", OtherTrump), CancellationToken.None);

        await ingestor.IngestAsync(await UploadAsync(storage, "surname.txt", SurnameOnly), CancellationToken.None);

        var people = (await storage.Get<SummaryReader>().ReadAsync(CancellationToken.None)).TopEntitiesByType[EntityTypeNames.Person];
        Assert.Equal(
            ["person:donald trump", "person:ivanka trump", "person:trump"],
            people.Select(p => p.Key).Order(StringComparer.Ordinal));
        Assert.All(people, p => Assert.Equal(1, p.Articles));
    }

    [Theory]
    [InlineData("Donald Trump", "trump")]
    [InlineData("Martin Luther King Jr.", "king")]
    [InlineData("Trump", null)]
    public void The_surname_is_the_last_word_before_any_suffix(string name, string? surname) =>
        Assert.Equal(surname, PersonNameIndex.Surname(name));

    private static Task<BlobClient> UploadAsync(IsolatedStorage storage, string name, string text) => storage.UploadTextAsync(name, text);
}
