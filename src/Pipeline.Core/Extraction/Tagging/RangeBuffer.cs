using System.Buffers;

namespace Pipeline.Core.Extraction.Tagging;

/// <summary>A reusable, pooled list of word ranges (one sentence's tokens), so tokenizing allocates nothing once warm.</summary>
internal sealed class RangeBuffer : IDisposable
{
    private Range[] items = ArrayPool<Range>.Shared.Rent(64);

    public int Count { get; private set; }

    public ReadOnlySpan<Range> Span => items.AsSpan(0, Count);

    public void Clear() => Count = 0;

    public void Add(int start, int end)
    {
        if (Count == items.Length)
        {
            var grown = ArrayPool<Range>.Shared.Rent(items.Length * 2);
            items.AsSpan(0, Count).CopyTo(grown);
            ArrayPool<Range>.Shared.Return(items);
            items = grown;
        }

        items[Count++] = new Range(start, end);
    }

    public void Dispose()
    {
        ArrayPool<Range>.Shared.Return(items);
        items = [];
        Count = 0;
    }
}
