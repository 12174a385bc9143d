using System.Buffers;

namespace Pipeline.Core.Text;

/// <summary>
/// A rented array plus the length actually used. Whole inputs pass through a few of these per analysis, so renting
/// keeps large articles from churning the large-object heap.
/// </summary>
internal sealed class PooledArray<T> : IDisposable
{
    private T[]? array;

    public PooledArray(int minimumLength)
    {
        array = ArrayPool<T>.Shared.Rent(Math.Max(minimumLength, 1));
    }

    /// <summary>Takes ownership of an array rented from <see cref="ArrayPool{T}.Shared"/>.</summary>
    public PooledArray(T[] rented, int length)
    {
        array = rented;
        Length = length;
    }

    public int Length { get; set; }

    public T[] Array => array ?? throw new ObjectDisposedException(nameof(PooledArray<T>));

    public Span<T> Span => Array.AsSpan(0, Length);

    public Span<T> Capacity => Array.AsSpan();

    public void Dispose()
    {
        if (array is not null)
        {
            ArrayPool<T>.Shared.Return(array);
            array = null;
        }
    }
}
