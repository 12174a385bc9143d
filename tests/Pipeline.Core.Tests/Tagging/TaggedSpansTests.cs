using Pipeline.Core.Extraction.Tagging;

namespace Pipeline.Core.Tests.Tagging;

public sealed class TaggedSpansTests
{
    [Fact]
    public void Decodes_bio_tags_into_token_spans()
    {
        EntityTag[] tags =
        [
            EntityTag.BeginPerson, EntityTag.InsidePerson, EntityTag.Outside, EntityTag.InsideLocation,
            EntityTag.BeginOrganization, EntityTag.BeginOrganization, EntityTag.InsideMisc,
        ];
        var spans = new List<TaggedSpan>();
        TaggedSpans.InTokens(tags, spans);
        Assert.Equal(
            [
                new TaggedSpan(0, 2, EntityTagType.Person), new TaggedSpan(3, 4, EntityTagType.Location),
                new TaggedSpan(4, 5, EntityTagType.Organization), new TaggedSpan(5, 6, EntityTagType.Organization),
                new TaggedSpan(6, 7, EntityTagType.Misc),
            ],
            spans);
    }

    [Fact]
    public void Text_spans_run_from_the_first_to_the_last_token()
    {
        const string text = "in New  York today";
        Range[] tokens = [0..2, 3..6, 8..12, 13..18];
        var spans = new List<TaggedSpan>();
        TaggedSpans.InText([EntityTag.Outside, EntityTag.BeginLocation, EntityTag.InsideLocation, EntityTag.BeginDate], tokens, text.Length, spans);
        Assert.Equal([new TaggedSpan(3, 12, EntityTagType.Location), new TaggedSpan(13, 18, EntityTagType.Date)], spans);
    }

    [Theory]
    [InlineData("O", 0)]
    [InlineData("B-PER", 1)]
    [InlineData("I-ORG", 4)]
    [InlineData("B-LOC", 5)]
    [InlineData("I-MISC", 8)]
    [InlineData("B-DATE", 9)]
    public void Tag_names_round_trip(string name, int number)
    {
        var tag = (EntityTag)number;
        Assert.True(EntityTags.TryParse(name, out var parsed));
        Assert.Equal(tag, parsed);
        Assert.Equal(name, EntityTags.Name(tag));
    }

    [Theory]
    [InlineData("B-")]
    [InlineData("X-PER")]
    [InlineData("B-FOO")]
    [InlineData("")]
    public void Unknown_tag_names_are_refused(string name) => Assert.False(EntityTags.TryParse(name, out _));

    [Fact]
    public void Scores_exact_spans_only()
    {
        var scorer = new EntityScorer();
        scorer.Add(
            [new TaggedSpan(0, 2, EntityTagType.Person), new TaggedSpan(5, 6, EntityTagType.Location)],
            [new TaggedSpan(0, 2, EntityTagType.Person), new TaggedSpan(5, 7, EntityTagType.Location), new TaggedSpan(9, 10, EntityTagType.Organization)]);
        Assert.Equal(new EntityScore(1, 0, 0), scorer.Score(EntityTagType.Person));
        Assert.Equal(new EntityScore(0, 1, 1), scorer.Score(EntityTagType.Location));
        var micro = scorer.Micro(EntityScorer.NameTypes);
        Assert.Equal(1.0 / 3, micro.Precision, 6);
        Assert.Equal(0.5, micro.Recall, 6);
        Assert.Equal(0.4, micro.F1, 6);
    }
}
