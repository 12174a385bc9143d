namespace Pipeline.Core.Text;

/// <summary>
/// English clitics that tokenizers split off and that attach to the word before them: <c>'s 're 've 'll 'd 'm</c>
/// and <c>n't</c>, with a straight, curly or grave apostrophe. One definition for the tagger's tokenizer (which
/// splits them off) and the PTB detokenizer (which glues them back).
/// </summary>
internal static class Clitics
{
    public static bool IsClitic(ReadOnlySpan<char> token)
    {
        if (token.Length == 3 && token[0] is 'n' or 'N' && Chars.IsSingleQuote(token[1]) && token[2] is 't' or 'T')
        {
            return true;
        }

        if (token.Length is < 2 or > 3 || !Chars.IsSingleQuote(token[0]))
        {
            return false;
        }

        var rest = token[1..];
        return rest.Equals("s", StringComparison.OrdinalIgnoreCase)
            || rest.Equals("re", StringComparison.OrdinalIgnoreCase)
            || rest.Equals("ve", StringComparison.OrdinalIgnoreCase)
            || rest.Equals("ll", StringComparison.OrdinalIgnoreCase)
            || rest.Equals("d", StringComparison.OrdinalIgnoreCase)
            || rest.Equals("m", StringComparison.OrdinalIgnoreCase);
    }
}
