using Pipeline.Core.Extraction;
using Pipeline.Core.Model;
using Pipeline.Core.Parsing;

namespace Pipeline.Core.Tests;

public sealed class MentionSpanTests
{
    public static TheoryData<string, ArticleFormat?> SeedsAndModes => new()
    {
        { Seeds.Ptb, null },
        { Seeds.Scraped, null },
        { Seeds.Prose, null },
        { Seeds.Ptb, ArticleFormat.Text },
        { Seeds.Scraped, ArticleFormat.Text },
        { Seeds.Prose, ArticleFormat.Text },
        { Seeds.Scraped, ArticleFormat.Scraped },
    };

    [Theory]
    [MemberData(nameof(SeedsAndModes))]
    public void Every_span_indexes_its_text_in_the_body(string seed, ArticleFormat? format)
    {
        var body = PlainTextParser.Parse(Seeds.Text(seed), format).Document.Body;
        var entities = EntityExtractor.Extract(body);

        Assert.NotEmpty(entities);
        foreach (var entity in entities)
        {
            Assert.Equal(entity.Mentions, entity.Spans.Count);
            Assert.Equal(entity.FirstOffset, entity.Spans[0].Start);
            var previousEnd = -1;
            foreach (var span in entity.Spans)
            {
                Assert.True(span.Start >= previousEnd, $"{entity.Key}: span {span} overlaps or precedes the one before");
                Assert.True(span.End > span.Start, $"{entity.Key}: empty span {span}");
                Assert.Equal(span.Text, body[span.Start..span.End]);
                previousEnd = span.End;
            }
        }
    }

    [Fact]
    public void Forced_text_keeps_the_input_so_spans_index_the_raw_ptb_seed()
    {
        var raw = Seeds.Text(Seeds.Ptb);
        var (document, format) = PlainTextParser.Parse(raw, ArticleFormat.Text);
        var entities = EntityExtractor.Extract(document.Body);

        Assert.Equal(ArticleFormat.Text, format);
        Assert.Equal(raw, document.Body);
        var trump = Assert.Single(entities, e => e.Key == "person:donald trump");
        Assert.All(trump.Spans, s => Assert.Equal(s.Text, raw[s.Start..s.End]));
        Assert.Contains(trump.Spans, s => s.Text == "Donald Trump");
        Assert.Contains(trump.Spans, s => s.Text == "Trump");
    }

    [Fact]
    public void Folded_mentions_keep_their_own_surface_and_order()
    {
        const string body = "President Donald Trump spoke on Friday. Later, Trump said more. Critics of Trump objected.";
        var trump = Assert.Single(EntityExtractor.Extract(body), e => e.Key == "person:donald trump");

        Assert.Equal(
            [
                new EntityMention(10, 22, "Donald Trump"),
                new EntityMention(47, 52, "Trump"),
                new EntityMention(75, 80, "Trump"),
            ],
            trump.Spans);
    }

    [Fact]
    public void Span_text_is_the_body_as_written_even_when_the_name_is_normalized()
    {
        const string body = "Officials met Beto O\u2019Rourke on Friday. Later they met Beto O'Rourke again.";
        var entity = Assert.Single(EntityExtractor.Extract(body), e => e.Name == "Beto O'Rourke");

        Assert.Equal(["Beto O\u2019Rourke", "Beto O'Rourke"], entity.Spans.Select(s => s.Text));
        Assert.All(entity.Spans, s => Assert.Equal(s.Text, body[s.Start..s.End]));
    }

    [Fact]
    public void Acronym_and_long_name_spans_are_merged_in_order()
    {
        const string body = "Officials at Immigration and Customs Enforcement spoke. Later ICE said more, and ICE's director agreed.";
        var ice = Assert.Single(EntityExtractor.Extract(body), e => e.Key == "organization:immigration and customs enforcement");

        Assert.Equal(["Immigration and Customs Enforcement", "ICE", "ICE"], ice.Spans.Select(s => s.Text));
        Assert.Equal(body.IndexOf("ICE's", StringComparison.Ordinal), ice.Spans[2].Start);
    }
}
