using System.Numerics;

namespace Pipeline.Core.Extraction.Tagging;

/// <summary>
/// The hash functions behind the tagger's features. They must never change without retraining: the model file stores
/// weights under these hashes, so they are written out here (FNV-1a over characters, Fibonacci hashing for features) rather than taken
/// from <see cref="string.GetHashCode()"/>, which is randomized per process. Tagging computes a few dozen per word,
/// so each is a handful of multiplications.
/// </summary>
internal static class FeatureHash
{
    public const ulong Empty = 14695981039346656037UL;

    private const ulong Prime = 1099511628211UL;
    private const ulong Golden = 0x9E3779B97F4A7C15UL;

    /// <summary>One FNV-1a step: extends the hash of a string by one character.</summary>
    public static ulong Add(ulong hash, char c) => (hash ^ c) * Prime;

    /// <summary>Hashes a constant such as a boundary marker.</summary>
    public static ulong Of(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var hash = Empty;
        foreach (var c in text)
        {
            hash = Add(hash, c);
        }

        return hash;
    }

    /// <summary>Order-sensitive combination of two hashes (a conjunction feature).</summary>
    public static ulong Combine(ulong first, ulong second) => (BitOperations.RotateLeft(first, 23) * Golden) + second;

    /// <summary>
    /// The final hash of a feature: its template number and value. One multiplication suffices because the weight
    /// table is indexed by the top bits of the product, which depend on every bit of the (already hashed) value.
    /// </summary>
    public static ulong Feature(int template, ulong value) => (value ^ ((ulong)(template + 1) * Prime)) * Golden;
}
