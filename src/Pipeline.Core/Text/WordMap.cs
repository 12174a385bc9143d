using System.Collections.Frozen;
using System.Diagnostics.CodeAnalysis;

namespace Pipeline.Core.Text;

/// <summary>An immutable dictionary keyed by words and probed with spans, so lookups allocate nothing.</summary>
internal sealed class WordMap<TValue>
{
    private readonly FrozenDictionary<string, TValue>.AlternateLookup<ReadOnlySpan<char>> lookup;

    public WordMap(IEnumerable<KeyValuePair<string, TValue>> pairs, StringComparer comparer)
    {
        lookup = pairs.ToFrozenDictionary(comparer).GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public bool TryGetValue(ReadOnlySpan<char> key, [MaybeNullWhen(false)] out TValue value) =>
        lookup.TryGetValue(key, out value);
}
