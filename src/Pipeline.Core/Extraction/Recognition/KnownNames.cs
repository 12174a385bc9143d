using Pipeline.Core.Model;

namespace Pipeline.Core.Extraction.Recognition;

/// <summary>
/// Looks up runs of words in <see cref="KnownEntities"/> (places, agencies, acronyms): the words joined by single
/// spaces in a stack buffer, so PTB-tokenized and clean text find the same names without allocating.
/// </summary>
internal static class KnownNames
{
    // Longer runs are never known names.
    private const int MaxChars = 128;

    public static bool TryGet(Words words, int start, int end, out KnownEntity known)
    {
        known = null!;
        if (end <= start)
        {
            return false;
        }

        if (end == start + 1)
        {
            return KnownEntities.TryGetKnown(words[start], out known);
        }

        Span<char> joined = stackalloc char[MaxChars];
        var length = 0;
        for (var t = start; t < end; t++)
        {
            var word = words[t];
            if (length + word.Length + 1 > MaxChars)
            {
                return false;
            }

            if (t > start)
            {
                joined[length++] = ' ';
            }

            word.CopyTo(joined[length..]);
            length += word.Length;
        }

        return KnownEntities.TryGetKnown(joined[..length], out known);
    }

    /// <summary>A known name starting with <paramref name="head"/> (part of a hyphenated word) and continuing over whole tokens.</summary>
    public static int LongestFrom(Words words, ReadOnlySpan<char> head, int nextToken, int end, out KnownEntity known)
    {
        known = null!;
        Span<char> joined = stackalloc char[MaxChars];
        if (head.Length > MaxChars)
        {
            return -1;
        }

        head.CopyTo(joined);
        var length = head.Length;
        var best = -1;
        if (KnownEntities.TryGetKnown(joined[..length], out var found))
        {
            (best, known) = (nextToken, found);
        }

        if (!KnownEntities.StartsLongerName(head))
        {
            return best;
        }

        for (var t = nextToken; t < end && t - nextToken + 1 < KnownEntities.MaxWords; t++)
        {
            var word = words[t];
            if (length + word.Length + 1 > MaxChars)
            {
                break;
            }

            joined[length++] = ' ';
            word.CopyTo(joined[length..]);
            length += word.Length;
            if (KnownEntities.TryGetKnown(joined[..length], out found))
            {
                (best, known) = (t + 1, found);
            }
        }

        return best;
    }

    /// <summary>"United States" for U.S., US and the other spellings.</summary>
    public static bool IsUnitedStates(ReadOnlySpan<char> word) =>
        KnownEntities.TryGetAlias(word, out var known) && known.Type == EntityType.Location && known.Name == "United States";
}
