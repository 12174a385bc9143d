using Azure.Data.Tables;
using Pipeline.IntegrationTests.Infrastructure;
using Pipeline.Storage.Keys;

namespace Pipeline.IntegrationTests.Storage;

public sealed class TableKeyTests
{
    private static readonly string[] Names =
    [
        "plain.txt",
        "folder/sub folder/file #1?.txt",
        "back\\slash and 100% sure",
        "tab\there\u0001\u007f\u0085end",
        "Ünïcødé 新聞 📰.txt",
        "%41 is not A",
    ];

    public static TheoryData<string> AwkwardNames => new(Names);

    [Theory]
    [MemberData(nameof(AwkwardNames))]
    public void Encoded_keys_avoid_forbidden_characters_and_round_trip(string name)
    {
        var key = TableKey.Encode(name);

        Assert.DoesNotContain(key, c => c is '/' or '\\' or '#' or '?' || char.IsControl(c));
        Assert.Equal(name, TableKey.Decode(key));
    }

    [Fact]
    public void Very_long_names_stay_within_the_key_limit_and_stay_distinct()
    {
        var a = new string('x', 5000) + "a";
        var b = new string('x', 5000) + "b";

        Assert.InRange(TableKey.Encode(a).Length, 1, TableKey.MaxLength);
        Assert.NotEqual(TableKey.Encode(a), TableKey.Encode(b));
    }

    [Fact]
    public async Task Azurite_accepts_encoded_keys_as_partition_and_row_keys()
    {
        await using var storage = await IsolatedStorage.CreateAsync();
        foreach (var name in Names.Append(new string('y', 3000)))
        {
            var key = TableKey.Encode(name);
            await storage.Storage.ArticleTable.AddEntityAsync(new TableEntity(key, key) { ["Name"] = name });
            var read = await storage.Storage.ArticleTable.GetEntityAsync<TableEntity>(key, key);
            Assert.Equal(name, read.Value.GetString("Name"));
        }
    }
}
