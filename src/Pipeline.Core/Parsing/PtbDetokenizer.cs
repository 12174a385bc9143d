using Pipeline.Core.Text;

namespace Pipeline.Core.Parsing;

/// <summary>
/// Undoes Penn Treebank tokenization line by line: <c>( CNN )</c> becomes <c>(CNN)</c>, <c>do n't</c> becomes
/// <c>don't</c>, <c>`` millions ''</c> becomes <c>"millions"</c>, <c>$ 4.5</c> becomes <c>$4.5</c>. Each token only
/// decides whether it glues to its left or right neighbour, so the pass is linear and never grows the text.
/// </summary>
/// <remarks>
/// Only the tokenizer's own inventions are undone: spacing, the quote and bracket escapes (<c>``</c>, <c>''</c>,
/// <c>-LRB-</c>, <c>\/</c>) and split words (<c>gon na</c>). Everything the writer chose stays as written, so the
/// PTB double dash <c>--</c> is kept as <c>--</c> between spaces rather than turned into an em dash.
/// Quotes are paired per line (a line is a paragraph in PTB corpora): <c>``</c> opens and <c>''</c> closes, except
/// where the tokenizer plainly guessed wrong, such as a closing quote that opens a line.
/// </remarks>
internal static class PtbDetokenizer
{
    /// <summary>Writes the detokenized text to <paramref name="destination"/> (at least as long as the source).</summary>
    public static int Detokenize(ReadOnlySpan<char> source, Span<char> destination)
    {
        var written = 0;
        var lineStart = 0;
        while (lineStart <= source.Length)
        {
            var lineLength = source[lineStart..].IndexOf('\n');
            var last = lineLength < 0;
            if (last)
            {
                lineLength = source.Length - lineStart;
            }

            written = DetokenizeLine(source.Slice(lineStart, lineLength), destination, written);
            if (last)
            {
                break;
            }

            destination[written++] = '\n';
            lineStart += lineLength + 1;
        }

        return written;
    }

    /// <summary>Convenience for tests and one-off callers.</summary>
    public static string Detokenize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var buffer = new char[text.Length];
        var length = Detokenize(text, buffer);
        return new string(buffer, 0, length);
    }

    private static int DetokenizeLine(ReadOnlySpan<char> line, Span<char> destination, int written)
    {
        var glueNext = true;
        var quotes = default(QuoteState);
        var position = 0;
        ReadOnlySpan<char> previous = default;
        var token = NextToken(line, ref position);
        while (!token.IsEmpty)
        {
            var next = NextToken(line, ref position);
            if (!IsRedundantPeriod(token, previous))
            {
                var text = Map(token, previous, next, ref quotes, out var glueLeft, out var glueRight);
                if (!glueNext && !glueLeft)
                {
                    destination[written++] = ' ';
                }

                written = CopyUnescaped(text, destination, written);
                glueNext = glueRight;
            }

            previous = token;
            token = next;
        }

        return written;
    }

    private static ReadOnlySpan<char> NextToken(ReadOnlySpan<char> line, scoped ref int position)
    {
        while (position < line.Length && line[position] == ' ')
        {
            position++;
        }

        var start = position;
        while (position < line.Length && line[position] != ' ')
        {
            position++;
        }

        return line[start..position];
    }

    // PTB escapes slashes and asterisks ("1\/2", "\*"); the backslash is the tokenizer's, not the writer's.
    private static int CopyUnescaped(ReadOnlySpan<char> text, Span<char> destination, int written)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\\' && i + 1 < text.Length && text[i + 1] is '/' or '*')
            {
                continue;
            }

            destination[written++] = text[i];
        }

        return written;
    }

    // A sentence that ends in an abbreviation gets a second period token ("the U.S. ."); the abbreviation's own
    // period already ends it.
    private static bool IsRedundantPeriod(ReadOnlySpan<char> token, ReadOnlySpan<char> previous) =>
        token is "." && previous.Length >= 2 && previous[^1] == '.' && char.IsLetter(previous[^2]);

    private static ReadOnlySpan<char> Map(
        ReadOnlySpan<char> token,
        ReadOnlySpan<char> previous,
        ReadOnlySpan<char> next,
        ref QuoteState quotes,
        out bool glueLeft,
        out bool glueRight)
    {
        glueLeft = false;
        glueRight = false;
        switch (token)
        {
            case "``" or "''" or "\"":
                var opens = token is "``" ? !quotes.ClosesInstead(next) : token is "''" ? quotes.OpensInstead(previous, next) : !quotes.DoubleOpen;
                quotes.DoubleOpen = opens;
                glueRight = opens;
                glueLeft = !opens;
                return "\"";
            case "`":
                quotes.SingleOpen = true;
                glueRight = true;
                return "'";
            case "'":
                // Closes a single quote or marks a plural possessive ("families '"): both glue left. It opens a
                // quote only where nothing can precede it.
                var opensSingle = !quotes.SingleOpen && previous.IsEmpty && IsWordLike(next);
                quotes.SingleOpen = opensSingle;
                glueRight = opensSingle;
                glueLeft = !opensSingle;
                return token;
            case "(" or "[" or "{" or "$" or "#" or "\u00A3" or "\u20AC" or "\u00A5":
                glueRight = true;
                return token;
            case ")" or "]" or "}" or "," or "." or ";" or ":" or "?" or "!" or "%" or "..." or "\u2026":
                glueLeft = true;
                return token;
            default:
                break;
        }

        if (TryMapBracket(token, out var bracket, out var opening))
        {
            glueRight = opening;
            glueLeft = !opening;
            return bracket;
        }

        // "US$ 4.5", "C$ 20": a currency prefix glues to its amount.
        glueRight = token.Length is 2 or 3 && token[^1] == '$' && char.IsUpper(token[0]);
        glueLeft = Clitics.IsClitic(token) || IsSplitWordTail(token, previous);
        return token;
    }

    private static bool TryMapBracket(ReadOnlySpan<char> token, out string bracket, out bool opening)
    {
        (bracket, opening) = token.Length != 5 || token[0] != '-' || token[4] != '-' ? (string.Empty, false)
            : token[1..4] switch
            {
                "LRB" or "lrb" => ("(", true),
                "RRB" or "rrb" => (")", false),
                "LSB" or "lsb" => ("[", true),
                "RSB" or "rsb" => ("]", false),
                "LCB" or "lcb" => ("{", true),
                "RCB" or "rcb" => ("}", false),
                _ => (string.Empty, false),
            };
        return bracket.Length > 0;
    }

    // The tokenizer splits "gonna", "wanna", "gotta", "lemme" and "gimme" in two.
    private static bool IsSplitWordTail(ReadOnlySpan<char> token, ReadOnlySpan<char> previous)
    {
        if (token.Equals("na", StringComparison.OrdinalIgnoreCase))
        {
            return previous.Equals("gon", StringComparison.OrdinalIgnoreCase) || previous.Equals("wan", StringComparison.OrdinalIgnoreCase);
        }

        if (token.Equals("ta", StringComparison.OrdinalIgnoreCase))
        {
            return previous.Equals("got", StringComparison.OrdinalIgnoreCase);
        }

        return token.Equals("me", StringComparison.OrdinalIgnoreCase)
            && (previous.Equals("lem", StringComparison.OrdinalIgnoreCase) || previous.Equals("gim", StringComparison.OrdinalIgnoreCase));
    }

    private static bool IsWordLike(ReadOnlySpan<char> token) => !token.IsEmpty && (char.IsLetterOrDigit(token[0]) || token[0] is '$' or '(');

    /// <summary>Which quotes are open on the current line.</summary>
    private struct QuoteState
    {
        public bool DoubleOpen { get; set; }

        public bool SingleOpen { get; set; }

        /// <summary>An opening <c>``</c> with nothing quotable after it, while a quote is open, really closes it.</summary>
        public readonly bool ClosesInstead(ReadOnlySpan<char> next) => DoubleOpen && !IsWordLike(next) && next is not "`" and not "``";

        /// <summary>A closing <c>''</c> opens when no quote is open and a word follows it at a line start or after a colon or dash.</summary>
        public readonly bool OpensInstead(ReadOnlySpan<char> previous, ReadOnlySpan<char> next) =>
            !DoubleOpen && IsWordLike(next) && (previous.IsEmpty || previous is ":" or "--" or "(" or "-LRB-");
    }
}
