using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace Pipeline.Core.Extraction.Tagging;

/// <summary>
/// The binary model format, little-endian. A 32-byte header: the magic <c>PNERTAGS</c>; format version (u16);
/// feature-template version (u16, <see cref="FeatureTemplates.Version"/>); row bits (u8); tag count (u8); two reserved
/// bytes; the scale (f32); the numbers of narrow rows, wide rows and gazetteer entries (u32 each). Then,
/// Brotli-compressed: the non-empty narrow rows in ascending order, each the gap from the previous stored row (LEB128)
/// and one signed byte per tag plus the row's shift; the wide rows likewise, each a gap and one i32 per tag (see
/// <see cref="TaggerWeights"/>); the gazetteer entries in ascending hash order, each a u64 word hash and a u8 of
/// <see cref="GazetteerClasses"/>. Empty rows are not stored, which keeps the file a fraction of the table it expands into.
/// </summary>
internal static class TaggerModelFile
{
    public const int FormatVersion = 3;

    private const int HeaderLength = 32;

    // The tags' weights and the row's shift; the padding lanes are not stored.
    private const int NarrowRecord = TaggerWeights.ExponentLane + 1;
    private const int WideRecord = EntityTags.Count * sizeof(int);
    private const int GazetteerRecord = sizeof(ulong) + 1;

    private static readonly byte[] Magic = Encoding.ASCII.GetBytes("PNERTAGS");

    public static void Write(TaggerWeights weights, Gazetteer gazetteer, Stream destination)
    {
        ArgumentNullException.ThrowIfNull(weights);
        ArgumentNullException.ThrowIfNull(gazetteer);
        ArgumentNullException.ThrowIfNull(destination);
        var table = weights.Narrow;
        var narrowRows = new List<int>();
        var wideRows = new List<int>();
        for (var row = 0; row < weights.RowCount; row++)
        {
            var values = table.Slice(row * TaggerWeights.Lanes, TaggerWeights.Lanes);
            if (values[TaggerWeights.ExponentLane] == TaggerWeights.WideMarker)
            {
                wideRows.Add(row);
            }
            else if (values[..EntityTags.Count].ContainsAnyExcept((sbyte)0))
            {
                narrowRows.Add(row);
            }
        }

        var header = new byte[HeaderLength];
        Magic.CopyTo(header, 0);
        BinaryPrimitives.WriteUInt16LittleEndian(header.AsSpan(8), FormatVersion);
        BinaryPrimitives.WriteUInt16LittleEndian(header.AsSpan(10), FeatureTemplates.Version);
        header[12] = (byte)weights.RowBits;
        header[13] = EntityTags.Count;
        BinaryPrimitives.WriteSingleLittleEndian(header.AsSpan(16), weights.Scale);
        BinaryPrimitives.WriteInt32LittleEndian(header.AsSpan(20), narrowRows.Count);
        BinaryPrimitives.WriteInt32LittleEndian(header.AsSpan(24), wideRows.Count);
        BinaryPrimitives.WriteInt32LittleEndian(header.AsSpan(28), gazetteer.Entries.Count);
        destination.Write(header);
        using var body = new BrotliStream(destination, CompressionLevel.SmallestSize, leaveOpen: true);
        Write(weights, narrowRows, wideRows, body);
        Span<byte> entry = stackalloc byte[GazetteerRecord];
        foreach (var (hash, classes) in gazetteer.Entries)
        {
            BinaryPrimitives.WriteUInt64LittleEndian(entry, hash);
            entry[sizeof(ulong)] = (byte)classes;
            body.Write(entry);
        }
    }

    private static void Write(TaggerWeights weights, List<int> narrowRows, List<int> wideRows, Stream destination)
    {
        var table = weights.Narrow;
        Span<byte> record = stackalloc byte[5 + WideRecord];
        var previous = -1;
        foreach (var row in narrowRows)
        {
            var length = WriteGap((uint)(row - previous - 1), record);
            foreach (var value in table.Slice(row * TaggerWeights.Lanes, NarrowRecord))
            {
                record[length++] = unchecked((byte)value);
            }

            destination.Write(record[..length]);
            previous = row;
        }

        previous = -1;
        foreach (var row in wideRows)
        {
            var length = WriteGap((uint)(row - previous - 1), record);
            for (var tag = 0; tag < EntityTags.Count; tag++)
            {
                BinaryPrimitives.WriteInt32LittleEndian(record[length..], weights.Weight(row, (EntityTag)tag));
                length += sizeof(int);
            }

            destination.Write(record[..length]);
            previous = row;
        }
    }

    /// <exception cref="InvalidDataException">The stream is not a model this code can read.</exception>
    public static (TaggerWeights Weights, Gazetteer Gazetteer) Read(Stream source)
    {
        ArgumentNullException.ThrowIfNull(source);
        var header = new byte[HeaderLength];
        source.ReadAtLeast(header, HeaderLength, throwOnEndOfStream: false);
        if (!header.AsSpan(0, 8).SequenceEqual(Magic))
        {
            throw new InvalidDataException("not an entity tagger model: the magic bytes are missing");
        }

        var data = header.AsSpan();

        var format = BinaryPrimitives.ReadUInt16LittleEndian(data[8..]);
        var templates = BinaryPrimitives.ReadUInt16LittleEndian(data[10..]);
        if (format != FormatVersion || templates != FeatureTemplates.Version)
        {
            throw new InvalidDataException(
                $"the entity tagger model has format {format} and features {templates}, this code reads format {FormatVersion} and features {FeatureTemplates.Version}: retrain it");
        }

        int rowBits = data[12];
        if (data[13] != EntityTags.Count || rowBits is < 8 or > 24)
        {
            throw new InvalidDataException($"the entity tagger model has {data[13]} tags and {rowBits} row bits");
        }

        var scale = BinaryPrimitives.ReadSingleLittleEndian(data[16..]);
        var narrowCount = BinaryPrimitives.ReadInt32LittleEndian(data[20..]);
        var wideCount = BinaryPrimitives.ReadInt32LittleEndian(data[24..]);
        var gazetteerCount = BinaryPrimitives.ReadInt32LittleEndian(data[28..]);
        if (narrowCount < 0 || wideCount < 0 || narrowCount + wideCount > 1 << rowBits || gazetteerCount is < 0 or > 1 << 24)
        {
            throw new InvalidDataException($"the entity tagger model claims {narrowCount} + {wideCount} rows and {gazetteerCount} gazetteer entries");
        }

        // The counts bound the body, so a corrupt or hostile file cannot make the reader expand without limit.
        var limit = ((long)narrowCount * (5 + NarrowRecord)) + ((long)wideCount * (5 + WideRecord)) + ((long)gazetteerCount * GazetteerRecord);
        var bodyBytes = new byte[limit + 1];
        int bodyLength;
        try
        {
            using var body = new BrotliStream(source, CompressionMode.Decompress, leaveOpen: true);
            bodyLength = body.ReadAtLeast(bodyBytes, bodyBytes.Length, throwOnEndOfStream: false);
        }
        catch (InvalidOperationException error)
        {
            throw new InvalidDataException($"the entity tagger model's body does not decompress: {error.Message}", error);
        }

        if (bodyLength > limit)
        {
            throw new InvalidDataException("the entity tagger model's body is longer than its row counts allow");
        }

        data = bodyBytes.AsSpan(0, bodyLength);
        var table = new sbyte[TaggerWeights.Lanes << rowBits];
        var wide = new int[(wideCount + 1) * TaggerWeights.WideLanes];
        var position = 0;
        var row = -1;
        for (var i = 0; i < narrowCount; i++)
        {
            row = NextRow(data, ref position, row, rowBits, NarrowRecord);
            for (var lane = 0; lane < NarrowRecord; lane++)
            {
                table[(row * TaggerWeights.Lanes) + lane] = unchecked((sbyte)data[position++]);
            }
        }

        row = -1;
        for (var i = 0; i < wideCount; i++)
        {
            row = NextRow(data, ref position, row, rowBits, WideRecord);
            var offset = row * TaggerWeights.Lanes;
            table[offset + TaggerWeights.ExponentLane] = TaggerWeights.WideMarker;
            BinaryPrimitives.WriteInt32LittleEndian(MemoryMarshalBytes(table, offset + 12), i + 1);
            for (var tag = 0; tag < EntityTags.Count; tag++)
            {
                wide[((i + 1) * TaggerWeights.WideLanes) + tag] = BinaryPrimitives.ReadInt32LittleEndian(data[position..]);
                position += sizeof(int);
            }
        }

        if (position + ((long)gazetteerCount * GazetteerRecord) != data.Length)
        {
            throw new InvalidDataException($"the entity tagger model's body has {data.Length} bytes, not the {position + ((long)gazetteerCount * GazetteerRecord)} its counts say");
        }

        var entries = new KeyValuePair<ulong, GazetteerClasses>[gazetteerCount];
        for (var i = 0; i < gazetteerCount; i++)
        {
            entries[i] = new(BinaryPrimitives.ReadUInt64LittleEndian(data[position..]), (GazetteerClasses)data[position + sizeof(ulong)]);
            position += GazetteerRecord;
        }

        try
        {
            return (new TaggerWeights(rowBits, table, wide, scale), new Gazetteer(entries));
        }
        catch (ArgumentException error)
        {
            throw new InvalidDataException($"the entity tagger model is corrupt: {error.Message}", error);
        }
    }

    private static Span<byte> MemoryMarshalBytes(sbyte[] table, int offset) =>
        System.Runtime.InteropServices.MemoryMarshal.AsBytes(table.AsSpan(offset, 4));

    private static int NextRow(ReadOnlySpan<byte> data, ref int position, int previous, int rowBits, int recordLength)
    {
        var row = previous + 1 + (long)ReadGap(data, ref position);
        if (row >= 1 << rowBits || position + recordLength > data.Length)
        {
            throw new InvalidDataException($"the entity tagger model is truncated or corrupt at byte {position}");
        }

        return (int)row;
    }

    private static int WriteGap(uint gap, Span<byte> destination)
    {
        var length = 0;
        while (gap >= 0x80)
        {
            destination[length++] = (byte)(gap | 0x80);
            gap >>= 7;
        }

        destination[length++] = (byte)gap;
        return length;
    }

    private static uint ReadGap(ReadOnlySpan<byte> data, ref int position)
    {
        uint gap = 0;
        for (var shift = 0; shift < 35; shift += 7)
        {
            if (position >= data.Length)
            {
                break;
            }

            var b = data[position++];
            gap |= (uint)(b & 0x7F) << shift;
            if (b < 0x80)
            {
                return gap;
            }
        }

        throw new InvalidDataException($"the entity tagger model is truncated or corrupt at byte {position}");
    }
}
