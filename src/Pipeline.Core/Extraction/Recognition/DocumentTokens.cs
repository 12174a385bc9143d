using System.Buffers;
using Pipeline.Core.Extraction.Tagging;

namespace Pipeline.Core.Extraction.Recognition;

/// <summary>One word of the body as the tagger saw it: its range, the tag it got and what the rules learned about it.</summary>
internal struct DocumentToken
{
    public int Start;
    public int End;
    public EntityTag Tag;

    /// <summary>Part of a mention already (set while mentions are collected, read by propagation).</summary>
    public bool Covered;
}

/// <summary>
/// Every tagged word of a body and where its sentences start, in pooled arrays: the rules look at neighbours across a
/// sentence and the document pass looks at every word again, so both are kept instead of re-tokenizing.
/// </summary>
internal sealed class DocumentTokens : IDisposable
{
    private DocumentToken[] tokens = ArrayPool<DocumentToken>.Shared.Rent(256);
    private int[] sentenceStarts = ArrayPool<int>.Shared.Rent(32);

    public int Count { get; private set; }

    public int SentenceCount { get; private set; }

    public ref DocumentToken this[int index] => ref tokens[index];

    /// <summary>The first token of sentence <paramref name="sentence"/>.</summary>
    public int SentenceStart(int sentence) => sentenceStarts[sentence];

    /// <summary>The token after the last one of sentence <paramref name="sentence"/>.</summary>
    public int SentenceEnd(int sentence) => sentence + 1 < SentenceCount ? sentenceStarts[sentence + 1] : Count;

    /// <summary>Appends one tagged sentence.</summary>
    public void AddSentence(ReadOnlySpan<Range> words, ReadOnlySpan<EntityTag> tags, int textLength)
    {
        if (SentenceCount == sentenceStarts.Length)
        {
            sentenceStarts = Grow(sentenceStarts, SentenceCount);
        }

        sentenceStarts[SentenceCount++] = Count;
        if (Count + words.Length > tokens.Length)
        {
            tokens = Grow(tokens, Count, Count + words.Length);
        }

        for (var i = 0; i < words.Length; i++)
        {
            var (offset, length) = words[i].GetOffsetAndLength(textLength);
            tokens[Count++] = new DocumentToken { Start = offset, End = offset + length, Tag = tags[i] };
        }
    }

    public void Dispose()
    {
        ArrayPool<DocumentToken>.Shared.Return(tokens);
        ArrayPool<int>.Shared.Return(sentenceStarts);
        tokens = [];
        sentenceStarts = [];
        Count = 0;
        SentenceCount = 0;
    }

    private static T[] Grow<T>(T[] items, int used, int needed = 0)
    {
        var grown = ArrayPool<T>.Shared.Rent(Math.Max(items.Length * 2, needed));
        items.AsSpan(0, used).CopyTo(grown);
        ArrayPool<T>.Shared.Return(items);
        return grown;
    }
}
