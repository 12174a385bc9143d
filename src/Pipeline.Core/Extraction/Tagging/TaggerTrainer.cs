namespace Pipeline.Core.Extraction.Tagging;

/// <summary>One sentence of training data: its words (PTB-like tokens) and their gold tags.</summary>
internal sealed record TrainingSentence(IReadOnlyList<string> Words, IReadOnlyList<EntityTag> Tags);

/// <summary>
/// Trains the <see cref="EntityTagger"/>'s weights as an averaged perceptron (Collins 2002) with the same greedy,
/// BIO-constrained decoding as inference, the previous tags being the trainer's own guesses as they will be at run
/// time. Averaging is lazy (each weight keeps the clock of its last change). Everything is integer arithmetic over a
/// fixed visiting order, so a seed gives the same model bytes on every run.
/// </summary>
internal sealed class TaggerTrainer
{
    private const int WordFeatures = FeatureTemplates.WordFeatureCount;
    private const int Lanes = TaggerWeights.Lanes;

    private readonly int rowBits;
    private readonly int[] weights;
    private readonly long[] totals;
    private readonly int[] stamps;
    private readonly PreparedSentence[] sentences;
    private int clock;

    public TaggerTrainer(IReadOnlyList<TrainingSentence> corpus, int rowBits, Gazetteer gazetteer)
    {
        ArgumentNullException.ThrowIfNull(gazetteer);
        Gazetteer = gazetteer;
        ArgumentNullException.ThrowIfNull(corpus);
        ArgumentOutOfRangeException.ThrowIfLessThan(rowBits, 8);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(rowBits, 24);
        this.rowBits = rowBits;
        weights = new int[Lanes << rowBits];
        totals = new long[weights.Length];
        stamps = new int[weights.Length];
        sentences = new PreparedSentence[corpus.Count];
        for (var i = 0; i < corpus.Count; i++)
        {
            sentences[i] = Prepare(corpus[i]);
        }
    }

    public int SentenceCount => sentences.Length;

    /// <summary>The word lists the features consult; they go into the model file with the weights.</summary>
    public Gazetteer Gazetteer { get; }

    /// <summary>One pass over the corpus in an order shuffled by <paramref name="random"/>; returns the tokens seen and mistagged.</summary>
    public (int Tokens, int Errors) TrainEpoch(Random random)
    {
        ArgumentNullException.ThrowIfNull(random);
        var order = new int[sentences.Length];
        for (var i = 0; i < order.Length; i++)
        {
            order[i] = i;
        }

        // Fisher–Yates with an explicit generator, so the order depends on the seed alone.
        for (var i = order.Length - 1; i > 0; i--)
        {
            var j = random.Next(i + 1);
            (order[i], order[j]) = (order[j], order[i]);
        }

        var tokens = 0;
        var errors = 0;
        Span<ulong> history = stackalloc ulong[FeatureTemplates.HistoryFeatureCount];
        Span<int> historyRows = stackalloc int[FeatureTemplates.HistoryFeatureCount];
        Span<int> scores = stackalloc int[EntityTags.Count];
        foreach (var index in order)
        {
            var sentence = sentences[index];
            var previous = EntityTag.Outside;
            var beforePrevious = EntityTag.Outside;
            for (var i = 0; i < sentence.Tags.Length; i++)
            {
                var wordRows = sentence.Rows.AsSpan(i * WordFeatures, WordFeatures);
                FeatureTemplates.HistoryFeatures(previous, beforePrevious, sentence.Hashes[i], history);
                for (var h = 0; h < history.Length; h++)
                {
                    historyRows[h] = Row(history[h]);
                }

                scores.Clear();
                AddScores(wordRows, scores);
                AddScores(historyRows, scores);
                var guess = EntityTagger.Best<int>(scores, previous);
                var gold = Reachable(sentence.Tags[i], previous);
                clock++;
                tokens++;
                if (guess != gold)
                {
                    errors++;
                    Update(wordRows, gold, guess);
                    Update(historyRows, gold, guess);
                }

                beforePrevious = previous;
                previous = guess;
            }
        }

        return (tokens, errors);
    }

    /// <summary>The averaged weights so far, quantized for inference (<see cref="TaggerWeights.Quantize"/>).</summary>
    public TaggerWeights Averaged()
    {
        var averaged = new double[weights.Length];
        for (var i = 0; i < weights.Length; i++)
        {
            var total = totals[i] + ((long)(clock - stamps[i]) * weights[i]);
            averaged[i] = clock == 0 ? 0 : (double)total / clock;
        }

        return TaggerWeights.Quantize(rowBits, averaged);
    }

    private PreparedSentence Prepare(TrainingSentence sentence)
    {
        var count = sentence.Words.Count;
        if (sentence.Tags.Count != count)
        {
            throw new ArgumentException("a training sentence needs one tag per word", nameof(sentence));
        }

        const int context = FeatureTemplates.Context;
        var window = new WordHashes[count + (2 * context)];
        for (var k = 0; k < window.Length; k++)
        {
            var position = k - context;
            window[k] = position < 0 ? WordHashes.SentenceStart
                : position >= count ? WordHashes.SentenceEnd
                : WordHashes.Of(sentence.Words[position], Gazetteer);
        }

        var rows = new int[count * WordFeatures];
        Span<ulong> features = stackalloc ulong[WordFeatures];
        for (var i = 0; i < count; i++)
        {
            FeatureTemplates.WordFeatures(window.AsSpan(i, (2 * context) + 1), i == 0, features);
            for (var f = 0; f < WordFeatures; f++)
            {
                rows[(i * WordFeatures) + f] = Row(features[f]);
            }
        }

        var tags = new EntityTag[count];
        for (var i = 0; i < count; i++)
        {
            tags[i] = sentence.Tags[i];
        }

        return new PreparedSentence(window.AsSpan(context, count).ToArray(), rows, tags);
    }

    /// <summary>
    /// The tag to learn after the trainer's own previous guess: the gold tag, or when a missed entity start makes gold
    /// I-X illegal, B-X (the best the decoder can still do). Learning the illegal tag instead would only ever push its
    /// weights up, never down, since constrained decoding cannot guess it there; the weights then drift to huge values
    /// that the transition features must cancel, and unusual words tip the balance.
    /// </summary>
    private static EntityTag Reachable(EntityTag gold, EntityTag previous) =>
        EntityTags.CanFollow(previous, gold) ? gold : EntityTags.Begin(EntityTags.TypeOf(gold));

    private int Row(ulong feature) => (int)(feature >> (64 - rowBits));

    private void AddScores(ReadOnlySpan<int> rows, Span<int> scores)
    {
        foreach (var row in rows)
        {
            var values = weights.AsSpan(row * Lanes, EntityTags.Count);
            for (var tag = 0; tag < values.Length; tag++)
            {
                scores[tag] += values[tag];
            }
        }
    }

    private void Update(ReadOnlySpan<int> rows, EntityTag gold, EntityTag guess)
    {
        foreach (var row in rows)
        {
            Add((row * Lanes) + (int)gold, 1);
            Add((row * Lanes) + (int)guess, -1);
        }
    }

    private void Add(int index, int delta)
    {
        totals[index] += (long)(clock - stamps[index]) * weights[index];
        stamps[index] = clock;
        weights[index] += delta;
    }

    private sealed record PreparedSentence(WordHashes[] Hashes, int[] Rows, EntityTag[] Tags);
}
