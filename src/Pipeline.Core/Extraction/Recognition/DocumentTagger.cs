using System.Buffers;
using Pipeline.Core.Extraction.Tagging;
using Pipeline.Core.Text;

namespace Pipeline.Core.Extraction.Recognition;

/// <summary>
/// Splits a body into sentences and words and tags them with the statistical tagger, skipping what
/// <see cref="BodyLayout"/> marked as furniture (no entity is wanted there, and untagged text costs nothing).
/// </summary>
internal static class DocumentTagger
{
    public static void Tag(string body, BodyLayout layout, EntityTagger tagger, DocumentTokens output, CancellationToken cancellationToken = default)
    {
        using var words = new RangeBuffer();
        var tags = ArrayPool<EntityTag>.Shared.Rent(64);
        try
        {
            foreach (var sentence in SentenceSplitter.Split(body))
            {
                cancellationToken.ThrowIfCancellationRequested();
                var (start, length) = sentence.GetOffsetAndLength(body.Length);
                if (layout.Noise.Covers(start, start + length) || BodyLayout.IsBoilerplateSentence(body.AsSpan(start, length)))
                {
                    continue;
                }

                WordTokenizer.Tokenize(body, sentence, words);
                if (words.Count == 0)
                {
                    continue;
                }

                if (tags.Length < words.Count)
                {
                    ArrayPool<EntityTag>.Shared.Return(tags);
                    tags = ArrayPool<EntityTag>.Shared.Rent(words.Count);
                }

                var sentenceTags = tags.AsSpan(0, words.Count);
                tagger.Tag(body, words.Span, sentenceTags);
                output.AddSentence(words.Span, sentenceTags, body.Length);
            }
        }
        finally
        {
            ArrayPool<EntityTag>.Shared.Return(tags);
        }
    }
}
