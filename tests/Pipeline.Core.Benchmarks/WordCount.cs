using Pipeline.Core.Extraction.Tagging;
using Pipeline.Core.Text;

namespace Pipeline.Core.Benchmarks;

/// <summary>
/// Tokenization alone, as the entity pass does it (sentence split, then <see cref="WordTokenizer"/>): the baseline of
/// the entity benchmarks, and the word count their tokens/s columns divide by.
/// </summary>
internal static class WordCount
{
    public static int Of(string text, RangeBuffer tokens)
    {
        var count = 0;
        foreach (var sentence in SentenceSplitter.Split(text))
        {
            WordTokenizer.Tokenize(text, sentence, tokens);
            count += tokens.Count;
        }

        return count;
    }
}
