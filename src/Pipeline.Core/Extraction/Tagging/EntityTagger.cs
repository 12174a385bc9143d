using System.Buffers;
using System.Numerics;
using Pipeline.Core.Text;

namespace Pipeline.Core.Extraction.Tagging;

/// <summary>
/// A statistical named-entity tagger: an averaged perceptron over hashed word, shape, affix and context features
/// (<see cref="FeatureTemplates"/>), decoded greedily left to right under the BIO rules, so every output is well formed.
/// Tagging allocates nothing: token hashes live in a pooled window and the weights are one flat table.
/// <para>
/// <see cref="Default"/> is the model trained by <c>Pipeline.Training train-ner</c> and embedded in this assembly, loaded
/// once on first use. It was trained on data derived from the Groningen Meaning Bank via the "Annotated Corpus for Named
/// Entity Recognition" extract, used under the Open Database License v1.0: see <c>Extraction/Tagging/NOTICE.md</c>.
/// </para>
/// </summary>
internal sealed class EntityTagger
{
    public const string ResourceName = "Pipeline.Core.Extraction.Tagging.EntityTagger.model";

    // Token hashes are computed for this many tokens at a time (plus context), which bounds the stack used.
    private const int Block = 128;

    private static readonly Lazy<EntityTagger> Embedded = new(LoadEmbedded);

    private readonly TaggerWeights weights;
    private readonly Gazetteer gazetteer;

    public EntityTagger(TaggerWeights weights, Gazetteer gazetteer)
    {
        ArgumentNullException.ThrowIfNull(weights);
        ArgumentNullException.ThrowIfNull(gazetteer);
        this.weights = weights;
        this.gazetteer = gazetteer;
    }

    /// <summary>The embedded model (see the type's remarks for its data notice).</summary>
    public static EntityTagger Default => Embedded.Value;

    public TaggerWeights Weights => weights;

    public Gazetteer Gazetteer => gazetteer;

    /// <exception cref="InvalidDataException">The stream is not a model this code can read.</exception>
    public static EntityTagger Load(Stream model)
    {
        var (weights, gazetteer) = TaggerModelFile.Read(model);
        return new EntityTagger(weights, gazetteer);
    }

    /// <summary>
    /// Tags the words of one sentence. <paramref name="tokens"/> are word ranges in <paramref name="text"/>, as made by
    /// <see cref="WordTokenizer"/>; <paramref name="tags"/> receives one tag per token.
    /// </summary>
    public void Tag(ReadOnlySpan<char> text, ReadOnlySpan<Range> tokens, Span<EntityTag> tags)
    {
        if (tags.Length < tokens.Length)
        {
            throw new ArgumentException("there must be room for one tag per token", nameof(tags));
        }

        const int context = FeatureTemplates.Context;
        const int lanes = TaggerWeights.Lanes;

        // Pooled, not stack memory: a stack buffer is zeroed on every call, which cost as much as tagging a short
        // sentence. Only the scores of the words in the block are cleared.
        var blockLength = Math.Min(Block, tokens.Length);
        var windowBuffer = ArrayPool<WordHashes>.Shared.Rent(blockLength + (2 * context));
        var scoreBuffer = ArrayPool<int>.Shared.Rent(blockLength * lanes);
        try
        {
            var window = windowBuffer.AsSpan(0, blockLength + (2 * context));
            Span<ulong> features = stackalloc ulong[FeatureTemplates.WordFeatureCount];
            Span<int> scores = stackalloc int[lanes];
            var historyFeatures = features[..FeatureTemplates.HistoryFeatureCount];
            var previous = EntityTag.Outside;
            var beforePrevious = EntityTag.Outside;
            for (var blockStart = 0; blockStart < tokens.Length; blockStart += Block)
            {
                var blockEnd = Math.Min(tokens.Length, blockStart + Block);
                for (var k = blockStart - context; k < blockEnd + context; k++)
                {
                    window[k - blockStart + context] = k < 0 ? WordHashes.SentenceStart
                        : k >= tokens.Length ? WordHashes.SentenceEnd
                        : WordHashes.Of(text[tokens[k]], gazetteer);
                }

                // The word features do not depend on the tags, so their scores are summed for the whole block first:
                // the table lookups of neighbouring words then overlap instead of waiting on each decision.
                var blockScores = scoreBuffer.AsSpan(0, (blockEnd - blockStart) * lanes);
                blockScores.Clear();
                for (var i = blockStart; i < blockEnd; i++)
                {
                    FeatureTemplates.WordFeatures(window.Slice(i - blockStart, (2 * context) + 1), i == 0, features);
                    weights.Accumulate(features, blockScores.Slice((i - blockStart) * lanes, lanes));
                }

                for (var i = blockStart; i < blockEnd; i++)
                {
                    FeatureTemplates.HistoryFeatures(previous, beforePrevious, window[i - blockStart + context], historyFeatures);
                    blockScores.Slice((i - blockStart) * lanes, lanes).CopyTo(scores);
                    weights.Accumulate(historyFeatures, scores);
                    var tag = Best<int>(scores, previous);
                    tags[i] = tag;
                    beforePrevious = previous;
                    previous = tag;
                }
            }
        }
        finally
        {
            ArrayPool<WordHashes>.Shared.Return(windowBuffer);
            ArrayPool<int>.Shared.Return(scoreBuffer);
        }
    }

    /// <summary>
    /// Splits <paramref name="text"/> into sentences (<see cref="SentenceSplitter"/>) and words (<see cref="WordTokenizer"/>),
    /// tags them and appends every entity found, in text offsets.
    /// </summary>
    public void FindEntities(ReadOnlySpan<char> text, ICollection<TaggedSpan> output)
    {
        ArgumentNullException.ThrowIfNull(output);
        using var tokens = new RangeBuffer();
        var tags = ArrayPool<EntityTag>.Shared.Rent(64);
        try
        {
            foreach (var sentence in SentenceSplitter.Split(text))
            {
                WordTokenizer.Tokenize(text, sentence, tokens);
                if (tags.Length < tokens.Count)
                {
                    ArrayPool<EntityTag>.Shared.Return(tags);
                    tags = ArrayPool<EntityTag>.Shared.Rent(tokens.Count);
                }

                var sentenceTags = tags.AsSpan(0, tokens.Count);
                Tag(text, tokens.Span, sentenceTags);
                TaggedSpans.InText(sentenceTags, tokens.Span, text.Length, output);
            }
        }
        finally
        {
            ArrayPool<EntityTag>.Shared.Return(tags);
        }
    }

    /// <summary>The highest-scoring tag that may follow <paramref name="previous"/>; ties go to the lower tag (Outside first).</summary>
    internal static EntityTag Best<T>(ReadOnlySpan<T> scores, EntityTag previous)
        where T : INumber<T>
    {
        var allowed = EntityTags.AllowedAfter(previous);
        var best = EntityTag.Outside;
        var bestScore = scores[0];
        for (var tag = 1; tag < EntityTags.Count; tag++)
        {
            if (scores[tag] > bestScore && (allowed & (1 << tag)) != 0)
            {
                best = (EntityTag)tag;
                bestScore = scores[tag];
            }
        }

        return best;
    }

    private static EntityTagger LoadEmbedded()
    {
        using var stream = typeof(EntityTagger).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"the entity tagger model {ResourceName} is not embedded in {typeof(EntityTagger).Assembly.GetName().Name}");
        return Load(stream);
    }
}
