using System.Text.Json;
using Pipeline.Core.Extraction.Tagging;
using Pipeline.Core.Model;

namespace Pipeline.Core.Tests.Entities;

/// <summary>
/// The whole article pipeline scored against the hand-annotated seeds (<c>Gold/seeds.gold.jsonl</c>, see
/// <c>Gold/README.md</c>), exact spans as in the CoNLL evaluation. The thresholds are the figures reached when the gold
/// was made, so a change that loses entities on the seeds fails here; a change that gains should raise them.
/// </summary>
public sealed class GoldSeedScoreTests
{
    private const double MinMicroF1 = 0.99;
    private const double MinTypeF1 = 0.98;

    private static readonly Lazy<List<GoldDocument>> Gold = new(GoldDocument.ReadAll);

    [Fact]
    public void Gold_texts_are_the_seed_files_as_analyzed_as_plain_text()
    {
        Assert.Equal(3, Gold.Value.Count);
        foreach (var document in Gold.Value)
        {
            Assert.Equal(Seeds.Text(Path.GetFileName(document.File)), document.Text);
            Assert.All(document.Entities, e => Assert.InRange(e.End, e.Start + 1, document.Text.Length));
        }
    }

    [Fact]
    public void Pipeline_reaches_the_gold_f1_on_the_seeds()
    {
        var scorer = new EntityScorer();
        var analyzer = new ArticleAnalyzer();
        foreach (var document in Gold.Value)
        {
            var analysis = Assert.Single(analyzer.AnalyzeFile(document.Text, null, ArticleFormat.Text).Entries).Analysis!;
            Assert.Equal(document.Text, analysis.Document.Body);
            var predicted = analysis.Entities.SelectMany(e => e.Spans.Select(s => new TaggedSpan(s.Start, s.End, TagType(e.Type)))).ToList();
            scorer.Add(document.Entities, predicted);
        }

        var micro = scorer.Micro(EntityScorer.NameTypes);
        Assert.True(micro.F1 >= MinMicroF1, $"micro F1 PER+ORG+LOC {micro.F1:0.0000} (P {micro.Precision:0.0000}, R {micro.Recall:0.0000}) is below {MinMicroF1}");
        foreach (var type in EntityScorer.NameTypes)
        {
            var score = scorer.Score(type);
            Assert.True(score.F1 >= MinTypeF1, $"{type} F1 {score.F1:0.0000} is below {MinTypeF1}");
        }
    }

    private static EntityTagType TagType(EntityType type) => type switch
    {
        EntityType.Person => EntityTagType.Person,
        EntityType.Organization => EntityTagType.Organization,
        EntityType.Location => EntityTagType.Location,
        _ => EntityTagType.Misc,
    };

    private sealed record GoldDocument(string File, string Text, List<TaggedSpan> Entities)
    {
        public static List<GoldDocument> ReadAll()
        {
            var path = System.IO.Path.Combine(AppContext.BaseDirectory, "Gold", "seeds.gold.jsonl");
            var documents = new List<GoldDocument>();
            foreach (var line in System.IO.File.ReadLines(path))
            {
                using var json = JsonDocument.Parse(line);
                var root = json.RootElement;
                var entities = new List<TaggedSpan>();
                foreach (var entity in root.GetProperty("entities").EnumerateArray())
                {
                    Assert.True(EntityTags.TryParseType(entity.GetProperty("type").GetString(), out var type));
                    entities.Add(new TaggedSpan(entity.GetProperty("start").GetInt32(), entity.GetProperty("end").GetInt32(), type));
                }

                documents.Add(new GoldDocument(root.GetProperty("file").GetString()!, root.GetProperty("text").GetString()!, entities));
            }

            return documents;
        }
    }
}
