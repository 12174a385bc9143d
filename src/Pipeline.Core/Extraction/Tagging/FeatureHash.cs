using System.Numerics;

namespace Pipeline.Core.Extraction.Tagging;

/// <summary>
/// The hash functions behind the tagger's features. They must never change without retraining: the model file stores
/// weights under these hashes, so they are written out here (FNV-1a and a MurmurHash3 finalizer) rather than taken
/// from <see cref="string.GetHashCode()"/>, which is randomized per process.
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

    /// <summary>The final hash of a feature: its template number and value, well mixed so that any bits can index.</summary>
    public static ulong Feature(int template, ulong value)
    {
        var hash = value ^ ((ulong)(template + 1) * Golden);
        hash ^= hash >> 33;
        hash *= 0xFF51AFD7ED558CCDUL;
        hash ^= hash >> 33;
        hash *= 0xC4CEB9FE1A85EC53UL;
        hash ^= hash >> 33;
        return hash;
    }
}
