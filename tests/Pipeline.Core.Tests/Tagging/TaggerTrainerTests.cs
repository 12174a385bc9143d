using Pipeline.Core.Extraction.Tagging;

namespace Pipeline.Core.Tests.Tagging;

public sealed class TaggerTrainerTests
{
    private static readonly string[] People = ["Alice Moreau", "Bob Tanaka", "Carla Diaz", "Dmitri Volkov", "Erin Walsh", "Farid Haddad"];
    private static readonly string[] Places = ["Lisbon", "Nairobi", "Oslo", "Quito", "Hanoi", "Perth"];
    private static readonly string[] Verbs = ["met", "called", "thanked", "visited"];
    private static readonly Gazetteer KnownPlaces = Gazetteer.FromPhrases([("Oslo", GazetteerClasses.Capital), ("New Zealand", GazetteerClasses.Country)]);

    [Fact]
    public void Training_is_deterministic_for_a_seed()
    {
        var corpus = SyntheticCorpus(new Random(3), 300);
        Assert.Equal(TrainedBytes(corpus, seed: 7), TrainedBytes(corpus, seed: 7));
    }

    [Fact]
    public void A_trained_model_survives_its_file_format()
    {
        var corpus = SyntheticCorpus(new Random(3), 300);
        var bytes = TrainedBytes(corpus, seed: 7);
        var (weights, gazetteer) = TaggerModelFile.Read(new MemoryStream(bytes));
        using var again = new MemoryStream();
        TaggerModelFile.Write(weights, gazetteer, again);
        Assert.Equal(bytes, again.ToArray());
    }

    [Fact]
    public void Learns_the_synthetic_pattern()
    {
        var trainer = new TaggerTrainer(SyntheticCorpus(new Random(3), 400), rowBits: 14, Gazetteer.Empty);
        var random = new Random(1);
        for (var epoch = 0; epoch < 4; epoch++)
        {
            trainer.TrainEpoch(random);
        }

        var tagger = new EntityTagger(trainer.Averaged(), trainer.Gazetteer);
        const string text = "Yesterday Erin Walsh met Bob Tanaka in Quito .";
        using var tokens = new RangeBuffer();
        WordTokenizer.Tokenize(text, Range.All, tokens);
        var tags = new EntityTag[tokens.Count];
        tagger.Tag(text, tokens.Span, tags);
        var spans = new List<TaggedSpan>();
        TaggedSpans.InText(tags, tokens.Span, text.Length, spans);
        Assert.Equal(
            ["DATE Yesterday", "PER Erin Walsh", "PER Bob Tanaka", "LOC Quito"],
            spans.Select(span => $"{EntityTags.Name(span.Type)} {text[span.Start..span.End]}"));
    }

    [Fact]
    public void Refuses_sentences_whose_tags_do_not_match_their_words() =>
        Assert.Throws<ArgumentException>(() => new TaggerTrainer([new TrainingSentence(["a", "b"], [EntityTag.Outside])], rowBits: 10, Gazetteer.Empty));

    private static byte[] TrainedBytes(List<TrainingSentence> corpus, int seed)
    {
        var trainer = new TaggerTrainer(corpus, rowBits: 12, KnownPlaces);
        var random = new Random(seed);
        for (var epoch = 0; epoch < 3; epoch++)
        {
            trainer.TrainEpoch(random);
        }

        using var file = new MemoryStream();
        TaggerModelFile.Write(trainer.Averaged(), trainer.Gazetteer, file);
        return file.ToArray();
    }

    /// <summary>"[Yesterday] PERSON VERB PERSON in PLACE ." with names drawn from small lists.</summary>
    private static List<TrainingSentence> SyntheticCorpus(Random random, int count)
    {
        var corpus = new List<TrainingSentence>();
        for (var i = 0; i < count; i++)
        {
            var words = new List<string>();
            var tags = new List<EntityTag>();
            if (random.Next(2) == 0)
            {
                Add(words, tags, "Yesterday", EntityTagType.Date);
            }

            Add(words, tags, People[random.Next(People.Length)], EntityTagType.Person);
            Add(words, tags, Verbs[random.Next(Verbs.Length)], null);
            Add(words, tags, People[random.Next(People.Length)], EntityTagType.Person);
            Add(words, tags, "in", null);
            Add(words, tags, Places[random.Next(Places.Length)], EntityTagType.Location);
            Add(words, tags, ".", null);
            corpus.Add(new TrainingSentence(words, tags));
        }

        return corpus;
    }

    private static void Add(List<string> words, List<EntityTag> tags, string phrase, EntityTagType? type)
    {
        var first = true;
        foreach (var word in phrase.Split(' '))
        {
            words.Add(word);
            tags.Add(type is { } t ? (first ? EntityTags.Begin(t) : EntityTags.Inside(t)) : EntityTag.Outside);
            first = false;
        }
    }
}
