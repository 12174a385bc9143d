using Pipeline.Core.Text;

namespace Pipeline.Core.Parsing;

/// <summary>The wire-service dateline that opens an article: <c>(CNN)</c>, <c>(CNN) —</c>, <c>(AP) -</c>.</summary>
internal static class Dateline
{
    private const int MaxSourceLength = 24;

    /// <summary>Length of the dateline prefix including a following dash and spaces, or 0 when there is none.</summary>
    public static int PrefixLength(ReadOnlySpan<char> line)
    {
        if (line.Length < 4 || line[0] != '(')
        {
            return 0;
        }

        var close = line[..Math.Min(line.Length, MaxSourceLength)].IndexOf(')');
        if (close < 3 || !char.IsUpper(line[1]))
        {
            return 0;
        }

        foreach (var c in line[1..close])
        {
            if (!char.IsLetter(c) && c is not ' ' and not '.')
            {
                return 0;
            }
        }

        var end = close + 1;
        end = SkipSpaces(line, end);
        if (end < line.Length && (Chars.IsDash(line[end]) || line[end] == '-'))
        {
            while (end < line.Length && (Chars.IsDash(line[end]) || line[end] == '-'))
            {
                end++;
            }

            end = SkipSpaces(line, end);
        }

        return end;
    }

    private static int SkipSpaces(ReadOnlySpan<char> line, int index)
    {
        while (index < line.Length && line[index] == ' ')
        {
            index++;
        }

        return index;
    }
}
