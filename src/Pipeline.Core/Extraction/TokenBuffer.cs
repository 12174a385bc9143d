using System.Buffers;

namespace Pipeline.Core.Extraction;

/// <summary>A reusable, pooled list of the tokens of one sentence.</summary>
internal sealed class TokenBuffer : IDisposable
{
    private Token[] items = ArrayPool<Token>.Shared.Rent(64);

    public int Count { get; private set; }

    public ref Token this[int index] => ref items[index];

    public ReadOnlySpan<Token> Span => items.AsSpan(0, Count);

    public void Clear() => Count = 0;

    public void Add(Token token)
    {
        if (Count == items.Length)
        {
            var grown = ArrayPool<Token>.Shared.Rent(items.Length * 2);
            items.AsSpan(0, Count).CopyTo(grown);
            ArrayPool<Token>.Shared.Return(items);
            items = grown;
        }

        items[Count++] = token;
    }

    public void Dispose()
    {
        ArrayPool<Token>.Shared.Return(items);
        items = [];
        Count = 0;
    }
}
