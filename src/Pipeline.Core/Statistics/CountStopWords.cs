using System.Collections.Frozen;

namespace Pipeline.Core.Statistics;

/// <summary>Words that end the noun phrase after a count: function words, auxiliaries and common reporting verbs.</summary>
internal static class CountStopWords
{
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Words = new[]
    {
        "a", "an", "the", "of", "in", "on", "at", "to", "for", "from", "by", "with", "without", "and", "or", "but", "nor", "as",
        "than", "that", "which", "who", "whom", "whose", "what", "when", "where", "while", "if", "because", "since", "so",
        "is", "are", "was", "were", "be", "been", "being", "am", "have", "has", "had", "having", "do", "does", "did", "will",
        "would", "could", "should", "can", "may", "might", "must", "shall", "said", "say", "says", "told", "tell", "according",
        "more", "less", "most", "least", "each", "per", "every", "all", "some", "any", "no", "not", "this", "these", "those",
        "it", "its", "they", "them", "their", "he", "she", "his", "her", "we", "our", "you", "your", "i", "me", "my", "us",
        "there", "here", "then", "also", "just", "only", "about", "over", "under", "into", "onto", "through", "during", "before",
        "after", "between", "among", "against", "within", "across", "up", "down", "out", "off", "again", "ago", "times",
        "percent", "million", "billion", "thousand", "trillion", "hundred", "apiece", "each", "total", "overall", "alone",
        "last", "next", "ended", "included", "including", "compared", "like", "such", "both", "either", "neither", "toward",
        "towards", "until", "unless", "whether", "although", "though", "yet", "already", "still", "now", "even",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    public static bool Contains(ReadOnlySpan<char> word) => Words.Contains(word);
}
