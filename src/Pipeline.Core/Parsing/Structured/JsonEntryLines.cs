using System.Text.Json;

namespace Pipeline.Core.Parsing.Structured;

/// <summary>
/// Finds the line each element of the entries array starts on, so that an error for one entry can say where it
/// is. <see cref="JsonDocument"/> keeps no positions, hence this separate reader pass over already valid JSON.
/// </summary>
internal static class JsonEntryLines
{
    /// <param name="utf8">The whole file, already known to be valid JSON within <paramref name="maxDepth"/>.</param>
    /// <param name="wrapperName">The root property that holds the array, exactly as spelled; null when the root is the array.</param>
    /// <param name="count">The number of elements of the array.</param>
    public static int[] Find(ReadOnlySpan<byte> utf8, string? wrapperName, int count, int maxDepth)
    {
        var lines = new int[count];
        var reader = new Utf8JsonReader(utf8, JsonSyntax.ReaderOptions(maxDepth));
        reader.Read();
        if (wrapperName is not null)
        {
            // The first property of that name is the one JsonDocument enumerates first, so it is the same array.
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName && !reader.ValueTextEquals(wrapperName))
            {
                reader.Skip();
            }

            reader.Read();
        }

        var line = 1;
        var counted = 0L;
        for (var index = 0; index < count && reader.Read() && reader.TokenType != JsonTokenType.EndArray; index++)
        {
            line += utf8[(int)counted..(int)reader.TokenStartIndex].Count((byte)'\n');
            counted = reader.TokenStartIndex;
            lines[index] = line;
            reader.Skip();
        }

        return lines;
    }
}
