using CsCheck;
using Pipeline.Core.Extraction.Tagging;

namespace Pipeline.Core.Tests.Tagging;

public sealed class EntityTaggerTests
{
    [Fact]
    public void Embedded_model_loads_once()
    {
        var tagger = EntityTagger.Default;
        Assert.Same(tagger, EntityTagger.Default);
        Assert.True(tagger.Weights.RowCount >= 1 << 16);
    }

    [Theory]
    [InlineData("Angela Merkel met Emmanuel Macron in Paris on Monday.", "PER Angela Merkel|PER Emmanuel Macron|LOC Paris|DATE Monday")]
    [InlineData("Microsoft and Google opened offices in London and New York.", "ORG Microsoft|ORG Google|LOC London|LOC New York")]
    [InlineData("The United Nations and the European Union sent aid to Syria.", "ORG United Nations|ORG European Union|LOC Syria")]
    [InlineData("President Donald Trump's tweet said ICE would act.", "PER Donald Trump|ORG ICE")]
    [InlineData("President Donald Trump 's tweet said ICE would act .", "PER Donald Trump|ORG ICE")]
    [InlineData("Iraqi troops entered Baghdad after British forces left.", "MISC Iraqi|LOC Baghdad|MISC British")]
    public void Tags_obvious_sentences(string text, string expected) => Assert.Equal(expected, string.Join('|', Entities(text)));

    [Fact]
    public void Titles_are_not_part_of_a_person()
    {
        var entities = Entities("Sen. Lisa Murkowski spoke to reporters in Washington.");
        Assert.Contains("PER Lisa Murkowski", entities);
        Assert.Contains("LOC Washington", entities);
    }

    [Fact]
    public void Entity_offsets_point_into_the_text()
    {
        const string text = "On Monday, Angela Merkel\u2019s aides flew to \u201CParis\u201D.\n\nMacron waited.";
        var spans = new List<TaggedSpan>();
        EntityTagger.Default.FindEntities(text, spans);
        Assert.Contains(spans, span => text[span.Start..span.End] == "Angela Merkel" && span.Type == EntityTagType.Person);
        Assert.Contains(spans, span => text[span.Start..span.End] == "Paris" && span.Type == EntityTagType.Location);
        Assert.All(spans, span => Assert.False(char.IsWhiteSpace(text[span.Start]) || char.IsWhiteSpace(text[span.End - 1])));
    }

    [Theory]
    [InlineData("")]
    [InlineData("     ")]
    [InlineData("\u0000\u0001\u0002 \u001F\u007F\u0085 \uFFFF\uD800 \u200B")]
    [InlineData("THE PRESIDENT MET WITH LEADERS IN BERLIN AND PARIS ON MONDAY.")]
    [InlineData("... ,,, ((( ))) \"\" '' `` -- \u2014 $ % ! ?")]
    public void Survives_hostile_text(string text)
    {
        var spans = new List<TaggedSpan>();
        EntityTagger.Default.FindEntities(text, spans);
        Assert.All(spans, span => Assert.InRange(span.Start, 0, span.End - 1));
        Assert.All(spans, span => Assert.InRange(span.End, 1, text.Length));
    }

    [Fact]
    public void Survives_a_ten_thousand_character_token()
    {
        var text = "Merkel met " + new string('x', 10_000) + " in " + new string('\u00E9', 10_000) + " Paris.";
        var spans = new List<TaggedSpan>();
        EntityTagger.Default.FindEntities(text, spans);
        Assert.Contains(spans, span => text[span.Start..span.End] == "Paris");
    }

    [Fact]
    public void Long_sentences_are_tagged_as_one_window_would_tag_them()
    {
        // Far more tokens than one block of token hashes, so block edges fall inside names.
        var words = string.Join(' ', Enumerable.Range(0, 60).Select(i => $"Angela Merkel met officials in New York on Monday, {i}"));
        using var tokens = new RangeBuffer();
        WordTokenizer.Tokenize(words, Range.All, tokens);
        var tags = new EntityTag[tokens.Count];
        EntityTagger.Default.Tag(words, tokens.Span, tags);
        Assert.Equal(Reference(words, tokens.Span.ToArray()), tags);
    }

    [Fact]
    public void Output_is_always_well_formed_bio()
    {
        string[] words =
        [
            "Merkel", "Paris", "the", "U.S.", "New", "York", "of", "'s", ",", ".", "\"", "(", ")", "Inc.", "Monday", "said",
            "ICE", "Department", "and", "Sen.", "2020", "--", "Iraqi", "a",
        ];
        var word = Gen.Int[0, words.Length - 1].Select(i => words[i]);
        var noise = Gen.String[Gen.Char, 0, 8];
        var sentence = Gen.OneOf(word, noise).Array[0, 60].Select(parts => string.Join(' ', parts));
        sentence.Sample(text =>
        {
            using var tokens = new RangeBuffer();
            WordTokenizer.Tokenize(text, Range.All, tokens);
            var tags = new EntityTag[tokens.Count];
            EntityTagger.Default.Tag(text, tokens.Span, tags);
            var previous = EntityTag.Outside;
            foreach (var tag in tags)
            {
                Assert.True(EntityTags.CanFollow(previous, tag), $"{EntityTags.Name(tag)} after {EntityTags.Name(previous)} in \"{text}\"");
                previous = tag;
            }
        });
    }

    [Fact]
    public void Refuses_a_tag_buffer_shorter_than_the_tokens()
    {
        var ranges = new[] { 0..1, 2..3 };
        Assert.Throws<ArgumentException>(() => EntityTagger.Default.Tag("a b", ranges, new EntityTag[1]));
    }

    internal static List<string> Entities(string text)
    {
        var spans = new List<TaggedSpan>();
        EntityTagger.Default.FindEntities(text, spans);
        return [.. spans.Select(span => $"{EntityTags.Name(span.Type)} {text[span.Start..span.End]}")];
    }

    /// <summary>Greedy decoding written the plain way: every token's whole window hashed afresh, no blocks.</summary>
    private static EntityTag[] Reference(string text, Range[] tokens)
    {
        var weights = EntityTagger.Default.Weights;
        var window = new WordHashes[tokens.Length + 4];
        for (var k = 0; k < window.Length; k++)
        {
            var position = k - 2;
            window[k] = position < 0 ? WordHashes.SentenceStart
                : position >= tokens.Length ? WordHashes.SentenceEnd
                : WordHashes.Of(text.AsSpan()[tokens[position]], EntityTagger.Default.Gazetteer);
        }

        var tags = new EntityTag[tokens.Length];
        var features = new ulong[FeatureTemplates.WordFeatureCount];
        var history = new ulong[FeatureTemplates.HistoryFeatureCount];
        for (var i = 0; i < tokens.Length; i++)
        {
            var previous = i > 0 ? tags[i - 1] : EntityTag.Outside;
            FeatureTemplates.WordFeatures(window.AsSpan(i, 5), i == 0, features);
            FeatureTemplates.HistoryFeatures(previous, i > 1 ? tags[i - 2] : EntityTag.Outside, window[i + 2], history);
            var scores = new int[TaggerWeights.Lanes];
            weights.Accumulate(features, scores);
            weights.Accumulate(history, scores);
            tags[i] = EntityTagger.Best<int>(scores, previous);
        }

        return tags;
    }
}
