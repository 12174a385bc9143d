using System.Buffers;
using System.Buffers.Binary;
using System.IO.Compression;
using Pipeline.Core.Text;

namespace Pipeline.Core.Decoding;

/// <summary>
/// Unwraps gzip (recognized by its magic bytes, whatever the file is called), at most two levels deep. The output is
/// capped while it is produced, both in size and in its ratio to the input read so far, so a bomb fails after about
/// a megabyte of output instead of filling memory; truncation, which the decompressor lets pass, is caught by checking
/// the last member's trailer.
/// </summary>
internal static class GzipUnwrapper
{
    // Small reads keep the ratio check close behind the decompressor.
    private const int ReadChunk = 64 * 1024;

    // The smallest gzip member (an empty one) is a 10-byte header, a 2-byte empty block and an 8-byte trailer.
    private const int SmallestMember = 20;

    public static bool IsGzip(ReadOnlySpan<byte> bytes) => bytes.Length >= 2 && bytes[0] == 0x1F && bytes[1] == 0x8B;

    /// <summary>The decompressed content, or null when <paramref name="raw"/> is not gzip.</summary>
    /// <exception cref="ArticleFormatException">The gzip data is too large, a likely bomb, corrupt, truncated or nested too deep.</exception>
    public static PooledArray<byte>? Unwrap(PooledArray<byte> raw, ArticleAnalyzerOptions options, CancellationToken cancellationToken)
    {
        if (!IsGzip(raw.Span))
        {
            return null;
        }

        var compressedLimit = options.MaxCompressedBytes ?? options.MaxInputBytes;
        if (raw.Length > compressedLimit)
        {
            throw new ArticleFormatException(ArticleErrorCode.TooLarge, ArticleErrors.CompressedTooLarge(raw.Length, compressedLimit));
        }

        var outer = Inflate(raw, ratioBase: null, options, cancellationToken);
        if (!IsGzip(outer.Span))
        {
            return outer;
        }

        // The inner level's ratio is measured against the file as stored, so nesting cannot multiply the allowance.
        using (outer)
        {
            var inner = Inflate(outer, ratioBase: raw.Length, options, cancellationToken);
            if (IsGzip(inner.Span))
            {
                inner.Dispose();
                throw new ArticleFormatException(ArticleErrorCode.UnsupportedFormat, ArticleErrors.GzipTooDeep);
            }

            return inner;
        }
    }

    private static PooledArray<byte> Inflate(PooledArray<byte> compressed, long? ratioBase, ArticleAnalyzerOptions options, CancellationToken cancellationToken)
    {
        var limit = options.MaxInputBytes;
        using var source = new MemoryStream(compressed.Array, 0, compressed.Length, writable: false);
        using var gzip = new GZipStream(source, CompressionMode.Decompress);
        var buffer = ArrayPool<byte>.Shared.Rent((int)Math.Min(limit + 1, Math.Max(ReadChunk, compressed.Length * 4L)));
        var count = 0;
        var handedOver = false;
        try
        {
            while (true)
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (count == buffer.Length)
                {
                    var grown = ArrayPool<byte>.Shared.Rent((int)Math.Min((long)buffer.Length * 2, limit + 1));
                    buffer.AsSpan(0, count).CopyTo(grown);
                    ArrayPool<byte>.Shared.Return(buffer);
                    buffer = grown;
                }

                var read = ReadChunkFrom(gzip, buffer.AsSpan(count, Math.Min(ReadChunk, buffer.Length - count)), count);
                if (read == 0)
                {
                    break;
                }

                count += read;
                if (count > limit)
                {
                    throw new ArticleFormatException(ArticleErrorCode.TooLarge, ArticleErrors.DecompressedTooLarge(limit));
                }

                var consumed = ratioBase ?? Math.Max(source.Position, 1);
                if (count > ArticleAnalyzerOptions.DecompressionRatioFloorBytes && count > (long)options.MaxDecompressionRatio * consumed)
                {
                    throw new ArticleFormatException(
                        ArticleErrorCode.TooLarge,
                        ArticleErrors.DecompressionRatio(consumed, count, options.MaxDecompressionRatio));
                }
            }

            VerifyTrailer(compressed.Span, buffer.AsSpan(0, count));
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

    private static int ReadChunkFrom(GZipStream gzip, Span<byte> destination, int produced)
    {
        try
        {
            return gzip.Read(destination);
        }
        catch (InvalidDataException ex)
        {
            throw new ArticleFormatException(ArticleErrorCode.Malformed, ArticleErrors.GzipCorrupt(produced), ex);
        }
    }

    // The last member's output is the tail of the whole output, so its trailer (CRC-32 and size of that member) can
    // be checked without knowing where earlier members ended. A cut-off file ends in compressed data instead.
    private static void VerifyTrailer(ReadOnlySpan<byte> compressed, ReadOnlySpan<byte> output)
    {
        if (compressed.Length < SmallestMember)
        {
            throw new ArticleFormatException(ArticleErrorCode.Malformed, ArticleErrors.GzipTruncated);
        }

        var crc = BinaryPrimitives.ReadUInt32LittleEndian(compressed[^8..]);
        var size = BinaryPrimitives.ReadUInt32LittleEndian(compressed[^4..]);
        if (size > (uint)output.Length || Crc32.Compute(output[^(int)size..]) != crc)
        {
            throw new ArticleFormatException(ArticleErrorCode.Malformed, ArticleErrors.GzipTruncated);
        }
    }
}
