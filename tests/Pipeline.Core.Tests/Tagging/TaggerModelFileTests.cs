using Pipeline.Core.Extraction.Tagging;

namespace Pipeline.Core.Tests.Tagging;

public sealed class TaggerModelFileTests
{
    [Fact]
    public void Round_trips_narrow_and_wide_rows()
    {
        var weights = RandomWeights();
        Assert.Contains(weights.Narrow.ToArray(), value => value == TaggerWeights.WideMarker);
        var (reloaded, gazetteer) = TaggerModelFile.Read(new MemoryStream(Bytes(weights)));
        Assert.Equal(GazetteerClasses.Country, gazetteer.Classify(WordHashes.Of("Zealand").Word));
        Assert.Equal(GazetteerClasses.PlaceWord, gazetteer.Classify(WordHashes.Of("New").Word));
        Assert.Equal(GazetteerClasses.GivenName | GazetteerClasses.Country, gazetteer.Classify(WordHashes.Of("Georgia").Word));
        Assert.Equal(GazetteerClasses.None, gazetteer.Classify(WordHashes.Of("georgia").Word));
        Assert.Equal(weights.RowBits, reloaded.RowBits);
        Assert.Equal(weights.Scale, reloaded.Scale);
        for (var row = 0; row < weights.RowCount; row++)
        {
            for (var tag = 0; tag < EntityTags.Count; tag++)
            {
                Assert.Equal(weights.Weight(row, (EntityTag)tag), reloaded.Weight(row, (EntityTag)tag));
            }
        }
    }

    [Fact]
    public void Quantizing_keeps_the_differences_between_tags()
    {
        var trained = new double[TaggerWeights.Lanes << 8];
        trained[0] = 2800;
        trained[1] = 2790;
        trained[TaggerWeights.Lanes] = 0.25;
        trained[TaggerWeights.Lanes + 3] = -0.5;
        var weights = TaggerWeights.Quantize(8, trained);
        Assert.Equal(10, (weights.Weight(0, EntityTag.Outside) - weights.Weight(0, EntityTag.BeginPerson)) / weights.Scale, 3);
        Assert.Equal(0.75, (weights.Weight(1, EntityTag.Outside) - weights.Weight(1, EntityTag.BeginOrganization)) / weights.Scale, 2);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(10)]
    [InlineData(31)]
    [InlineData(40)]
    public void Rejects_truncated_files(int keep)
    {
        var bytes = Bytes(RandomWeights());
        Assert.Throws<InvalidDataException>(() => TaggerModelFile.Read(new MemoryStream(bytes[..keep])));
    }

    [Fact]
    public void Rejects_other_versions_and_garbage()
    {
        var bytes = Bytes(RandomWeights());
        bytes[10]++;
        Assert.Contains("retrain", Assert.Throws<InvalidDataException>(() => TaggerModelFile.Read(new MemoryStream(bytes))).Message, StringComparison.Ordinal);
        var garbage = new byte[4096];
        new Random(5).NextBytes(garbage);
        Assert.Throws<InvalidDataException>(() => TaggerModelFile.Read(new MemoryStream(garbage)));
        var body = Bytes(RandomWeights());
        new Random(6).NextBytes(body.AsSpan(32));
        Assert.Throws<InvalidDataException>(() => TaggerModelFile.Read(new MemoryStream(body)));
    }

    private static TaggerWeights RandomWeights()
    {
        var random = new Random(11);
        var trained = new double[TaggerWeights.Lanes << 8];
        for (var row = 0; row < 256; row += 3)
        {
            for (var tag = 0; tag < EntityTags.Count; tag++)
            {
                trained[(row * TaggerWeights.Lanes) + tag] = (random.NextDouble() - 0.5) * (row % 7 == 0 ? 500 : 3);
            }
        }

        return TaggerWeights.Quantize(8, trained);
    }

    private static byte[] Bytes(TaggerWeights weights)
    {
        using var stream = new MemoryStream();
        var gazetteer = Gazetteer.FromPhrases([("New Zealand", GazetteerClasses.Country), ("Georgia", GazetteerClasses.Country), ("Georgia", GazetteerClasses.GivenName)]);
        TaggerModelFile.Write(weights, gazetteer, stream);
        return stream.ToArray();
    }
}
