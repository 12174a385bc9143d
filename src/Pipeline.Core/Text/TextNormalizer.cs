namespace Pipeline.Core.Text;

/// <summary>
/// Brings text to one shape before parsing: <c>\n</c> line ends, single spaces, no leading or trailing spaces on a
/// line, at most one blank line in a row, no invisible or control characters. The output is never longer than the
/// input, so callers can size the destination by the source.
/// </summary>
internal static class TextNormalizer
{
    public static int Normalize(ReadOnlySpan<char> source, Span<char> destination)
    {
        var written = 0;
        var pendingSpace = false;
        var pendingNewlines = 0;
        for (var i = 0; i < source.Length; i++)
        {
            var c = source[i];
            if (c is > ' ' and < '\u007F')
            {
                // Plain printable ASCII: the overwhelmingly common case, decided with one range check.
            }
            else if (c is '\n' or '\r' or '\f' or '\v' or '\u0085' or '\u2028' or '\u2029')
            {
                if (c == '\r' && i + 1 < source.Length && source[i + 1] == '\n')
                {
                    i++;
                }

                pendingSpace = false;
                if (written > 0)
                {
                    pendingNewlines++;
                }

                continue;
            }
            else if (char.IsWhiteSpace(c))
            {
                // Tabs, no-break spaces and the typographic spaces all read as one space.
                pendingSpace = true;
                continue;
            }
            else if (char.IsControl(c) || c is '\uFEFF' or '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\u00AD')
            {
                continue;
            }

            if (pendingNewlines > 0)
            {
                destination[written++] = '\n';
                if (pendingNewlines > 1)
                {
                    destination[written++] = '\n';
                }

                pendingNewlines = 0;
            }
            else if (pendingSpace && written > 0)
            {
                destination[written++] = ' ';
            }

            pendingSpace = false;
            destination[written++] = c;
        }

        return written;
    }
}
