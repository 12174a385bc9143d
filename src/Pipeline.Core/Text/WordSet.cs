using System.Collections.Frozen;

namespace Pipeline.Core.Text;

/// <summary>An immutable word list that is probed with spans, so lookups on the hot path allocate nothing.</summary>
internal sealed class WordSet
{
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> lookup;

    public WordSet(IEnumerable<string> words, StringComparer comparer)
    {
        lookup = words.ToFrozenSet(comparer).GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public bool Contains(ReadOnlySpan<char> word) => lookup.Contains(word);
}
