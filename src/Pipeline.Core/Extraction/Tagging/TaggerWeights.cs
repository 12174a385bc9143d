using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Pipeline.Core.Extraction.Tagging;

/// <summary>
/// The trained weights: a hashed table of 2^<see cref="RowBits"/> rows, one per feature bucket, each a 16-byte vector.
/// Perceptron weights span five orders of magnitude (the bias and punctuation rows hold thousands, a rare surname's
/// row a fraction of one), so rows come in two widths. A narrow row holds one signed byte per tag and, in byte
/// <see cref="ExponentLane"/>, a shift shared by the row: weight = byte &lt;&lt; shift (block floating point), precise
/// to 1/254 of the row's largest weight. The few rows with large weights are wide: byte <see cref="ExponentLane"/> is
/// <see cref="WideMarker"/> and bytes 12–15 index a row of exact 32-bit weights (row 0 of which is all zeros, the
/// index of every narrow row, so that summing needs no branch). All weights are in units of
/// 1/<see cref="Scale"/>; a token's tag scores are the sums of its features' rows, in 32-bit lanes.
/// </summary>
internal sealed class TaggerWeights
{
    public const int Lanes = 16;

    /// <summary>The byte of a narrow row that holds its shift; the bytes before it are the tags' weights.</summary>
    public const int ExponentLane = EntityTags.Count;

    /// <summary>The shift byte of a row whose weights are in the wide table.</summary>
    public const sbyte WideMarker = -1;

    /// <summary>The 32-bit weights per wide row (the tags, padded to whole vectors).</summary>
    public const int WideLanes = 12;

    /// <summary>Rows whose largest (centred) weight exceeds this many trained units are stored wide.</summary>
    public const double WideThreshold = 4.0;

    /// <summary>The most features a token can have; the scale leaves room for all of them at the largest weight.</summary>
    public const int MaxFeatures = 64;

    private readonly sbyte[] narrow;
    private readonly int[] wide;

    public TaggerWeights(int rowBits, sbyte[] narrow, int[] wide, float scale)
    {
        ArgumentNullException.ThrowIfNull(narrow);
        ArgumentNullException.ThrowIfNull(wide);
        if (rowBits is < 8 or > 24 || narrow.Length != (Lanes << rowBits) || wide.Length % WideLanes != 0)
        {
            throw new ArgumentException("the weight table does not match its row count", nameof(narrow));
        }

        var wideRows = wide.Length / WideLanes;
        if (wideRows == 0 || wide.AsSpan(0, WideLanes).ContainsAnyExcept(0))
        {
            throw new ArgumentException("wide row 0 must exist and be all zeros", nameof(wide));
        }

        for (var row = 0; row < narrow.Length; row += Lanes)
        {
            var shift = narrow[row + ExponentLane];
            var index = WideIndex(narrow, row);
            var valid = shift == WideMarker
                ? index > 0 && index < wideRows && !narrow.AsSpan(row, EntityTags.Count).ContainsAnyExcept((sbyte)0)
                : index == 0 && (uint)shift <= 15;
            if (!valid)
            {
                throw new ArgumentException($"row {row / Lanes} has a bad shift or wide index", nameof(narrow));
            }
        }

        RowBits = rowBits;
        this.narrow = narrow;
        this.wide = wide;
        Scale = scale;
    }

    public int RowBits { get; }

    /// <summary>Stored units per unit of trained weight.</summary>
    public float Scale { get; }

    public int RowCount => 1 << RowBits;

    /// <summary>The narrow table, row after row (for the model writer and tests).</summary>
    public ReadOnlySpan<sbyte> Narrow => narrow;

    /// <summary>The wide rows, <see cref="WideLanes"/> weights each.</summary>
    public ReadOnlySpan<int> Wide => wide;

    public int Row(ulong feature) => (int)(feature >> (64 - RowBits));

    /// <summary>The weight of <paramref name="tag"/> in <paramref name="row"/>, in stored units.</summary>
    public int Weight(int row, EntityTag tag)
    {
        var offset = row * Lanes;
        var shift = narrow[offset + ExponentLane];
        return shift == WideMarker
            ? wide[(WideIndex(narrow, offset) * WideLanes) + (int)tag]
            : narrow[offset + (int)tag] << shift;
    }

    /// <summary>
    /// Adds the rows of <paramref name="features"/> to the tag scores, which must be at least <see cref="WideLanes"/>
    /// long (lanes past the tags receive noise).
    /// </summary>
    public void Accumulate(ReadOnlySpan<ulong> features, Span<int> scores)
    {
        if (scores.Length < WideLanes)
        {
            throw new ArgumentException($"scores need {WideLanes} lanes", nameof(scores));
        }

        ref var table = ref MemoryMarshal.GetArrayDataReference(narrow);
        ref var wideTable = ref MemoryMarshal.GetArrayDataReference(wide);
        ref var sums = ref MemoryMarshal.GetReference(scores);
        var shift = 64 - RowBits;
        var first = Vector128.LoadUnsafe(ref sums);
        var second = Vector128.LoadUnsafe(ref sums, 4);
        var third = Vector128.LoadUnsafe(ref sums, 8);
        // Branch-free: a narrow row's wide index is 0, an all-zero wide row, and a wide row's bytes are all zero, so
        // adding both parts of every row costs less than mispredicting which part a row uses.
        foreach (var feature in features)
        {
            var offset = (nuint)(feature >> shift) * Lanes;
            var row = Vector128.LoadUnsafe(ref table, offset);
            var exponent = Unsafe.Add(ref table, offset + ExponentLane) & 15;
            var (low, high) = Vector128.Widen(row);
            var (lanes0, lanes4) = Vector128.Widen(low);
            var (lanes8, _) = Vector128.Widen(high);
            var index = (nuint)Unsafe.ReadUnaligned<uint>(ref Unsafe.As<sbyte, byte>(ref Unsafe.Add(ref table, offset + 12))) * WideLanes;
            first += Vector128.ShiftLeft(lanes0, exponent) + Vector128.LoadUnsafe(ref wideTable, index);
            second += Vector128.ShiftLeft(lanes4, exponent) + Vector128.LoadUnsafe(ref wideTable, index + 4);
            third += Vector128.ShiftLeft(lanes8, exponent) + Vector128.LoadUnsafe(ref wideTable, index + 8);
        }

        first.StoreUnsafe(ref sums);
        second.StoreUnsafe(ref sums, 4);
        third.StoreUnsafe(ref sums, 8);
    }

    /// <summary>
    /// Quantizes trained weights (<see cref="Lanes"/> per row, tags first) into a table. Each row is first centred on
    /// the midpoint of its weights: a constant added to every tag's score changes no decision, and a common word's
    /// row (O +2800, B-ORG +2790) keeps only the differences that matter. The scale leaves room for
    /// <see cref="MaxFeatures"/> rows at the largest weight in an int; rows above <see cref="WideThreshold"/> stay exact.
    /// </summary>
    public static TaggerWeights Quantize(int rowBits, ReadOnlySpan<double> trained)
    {
        var rows = 1 << rowBits;
        var centred = new double[rows * EntityTags.Count];
        var largest = 0.0;
        for (var row = 0; row < rows; row++)
        {
            var values = trained.Slice(row * Lanes, EntityTags.Count);
            var (min, max) = (double.MaxValue, double.MinValue);
            foreach (var value in values)
            {
                (min, max) = (Math.Min(min, value), Math.Max(max, value));
            }

            var midpoint = (min + max) / 2;
            for (var tag = 0; tag < values.Length; tag++)
            {
                var value = values[tag] - midpoint;
                centred[(row * EntityTags.Count) + tag] = value;
                largest = Math.Max(largest, Math.Abs(value));
            }
        }

        var scale = largest == 0 ? 1.0 : int.MaxValue / (double)MaxFeatures / largest;
        var table = new sbyte[Lanes << rowBits];
        var wideRows = new List<int>(new int[WideLanes]);
        for (var row = 0; row < rows; row++)
        {
            var values = centred.AsSpan(row * EntityTags.Count, EntityTags.Count);
            var rowLargest = 0.0;
            foreach (var value in values)
            {
                rowLargest = Math.Max(rowLargest, Math.Abs(value));
            }

            var destination = table.AsSpan(row * Lanes, Lanes);
            if (rowLargest > WideThreshold)
            {
                destination[ExponentLane] = WideMarker;
                MemoryMarshal.Write(MemoryMarshal.AsBytes(destination[12..]), wideRows.Count / WideLanes);
                for (var lane = 0; lane < WideLanes; lane++)
                {
                    wideRows.Add(lane < values.Length ? (int)Math.Round(values[lane] * scale, MidpointRounding.AwayFromZero) : 0);
                }

                continue;
            }

            var exponent = 0;
            while (exponent < 15 && Math.Round(rowLargest * scale / (1 << exponent), MidpointRounding.AwayFromZero) > 127)
            {
                exponent++;
            }

            var nonZero = false;
            for (var tag = 0; tag < values.Length; tag++)
            {
                var stored = Math.Clamp(Math.Round(values[tag] * scale / (1 << exponent), MidpointRounding.AwayFromZero), -127, 127);
                destination[tag] = (sbyte)stored;
                nonZero |= stored != 0;
            }

            destination[ExponentLane] = (sbyte)(nonZero ? exponent : 0);
        }

        return new TaggerWeights(rowBits, table, [.. wideRows], (float)scale);
    }

    private static int WideIndex(sbyte[] table, int rowOffset) =>
        MemoryMarshal.Read<int>(MemoryMarshal.AsBytes(table.AsSpan(rowOffset + 12, 4)));
}
