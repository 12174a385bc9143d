using System.Buffers;
using Pipeline.Core.Text;

namespace Pipeline.Core.Decoding;

/// <summary>Reads a whole stream into a pooled buffer, refusing to read past a byte limit.</summary>
internal static class BoundedStreamReader
{
    private const int UnknownLengthChunk = 64 * 1024;

    public static async Task<PooledArray<byte>> ReadAsync(Stream stream, long limit, CancellationToken cancellationToken)
    {
        long? expected = null;
        if (stream.CanSeek)
        {
            // Reject by declared size before reading a single byte: blob streams know their length.
            var remaining = Math.Max(0, stream.Length - stream.Position);
            if (remaining > limit)
            {
                throw new ArticleFormatException(ArticleErrorCode.TooLarge, ArticleErrors.TooLarge(remaining, limit));
            }

            expected = remaining;
        }

        // One byte of headroom past the limit makes an over-long stream observable without a second read.
        var initial = (int)Math.Min(limit + 1, expected is { } length ? length + 1 : UnknownLengthChunk);
        var buffer = ArrayPool<byte>.Shared.Rent(Math.Max(initial, 1));
        var count = 0;
        var handedOver = false;
        try
        {
            while (true)
            {
                if (count == buffer.Length)
                {
                    var grown = ArrayPool<byte>.Shared.Rent((int)Math.Min((long)buffer.Length * 2, limit + 1));
                    buffer.AsSpan(0, count).CopyTo(grown);
                    ArrayPool<byte>.Shared.Return(buffer);
                    buffer = grown;
                }

                var read = await stream.ReadAsync(buffer.AsMemory(count), cancellationToken);
                if (read == 0)
                {
                    break;
                }

                count += read;
                if (count > limit)
                {
                    throw new ArticleFormatException(ArticleErrorCode.TooLarge, ArticleErrors.TooLargeStreaming(limit));
                }
            }

            handedOver = true;
            return new PooledArray<byte>(buffer, count);
        }
        finally
        {
            if (!handedOver)
            {
                ArrayPool<byte>.Shared.Return(buffer);
            }
        }
    }
}
