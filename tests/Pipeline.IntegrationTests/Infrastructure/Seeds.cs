using Azure.Storage.Blobs;

namespace Pipeline.IntegrationTests.Infrastructure;

/// <summary>The three sample articles of the repository's <c>seeds/</c> folder.</summary>
internal static class Seeds
{
    public const string PtbCnn = "000_f8b8f606e1205c8f.txt";
    public const string ScrapedCnn = "001_4e0d7657024b0922.txt";
    public const string CleanNbc = "002_08ed150cadca3ac4.txt";

    public static IReadOnlyList<string> Names { get; } = [PtbCnn, ScrapedCnn, CleanNbc];

    public static string PathOf(string name) => Path.Combine(Repository.Seeds.FullName, name);

    public static async Task<BlobClient> UploadAsync(BlobContainerClient container, string name)
    {
        var blob = container.GetBlobClient(name);
        await blob.UploadAsync(PathOf(name), overwrite: true);
        return blob;
    }
}
