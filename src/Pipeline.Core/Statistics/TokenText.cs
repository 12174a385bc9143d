namespace Pipeline.Core.Statistics;

/// <summary>A body and its tokens, with the small lookups every statistics scanner needs.</summary>
internal sealed class TokenText
{
    private readonly StatToken[] tokens;

    public TokenText(string text)
    {
        Text = text;
        tokens = StatTokenizer.Tokenize(text, out var count);
        Count = count;
    }

    public string Text { get; }

    public int Count { get; }

    public StatToken this[int index] => tokens[index];

    public ReadOnlySpan<char> Span(int index) => Text.AsSpan(tokens[index].Start, tokens[index].Length);

    public bool InRange(int index) => index >= 0 && index < Count;

    public bool IsWord(int index) => InRange(index) && tokens[index].Kind == StatTokenKind.Word;

    public bool IsNumber(int index) => InRange(index) && tokens[index].Kind == StatTokenKind.Number;

    /// <summary>Whether the token is the given word, ignoring case.</summary>
    public bool Is(int index, string word) =>
        InRange(index) && tokens[index].Kind != StatTokenKind.Number && Span(index).Equals(word, StringComparison.OrdinalIgnoreCase);

    public bool IsSymbol(int index, char symbol) =>
        InRange(index) && tokens[index].Kind == StatTokenKind.Symbol && Text[tokens[index].Start] == symbol;

    public bool IsCapitalized(int index) => IsWord(index) && char.IsUpper(Text[tokens[index].Start]);

    /// <summary>Whether two consecutive tokens touch, with no space between them.</summary>
    public bool Touch(int left, int right) => InRange(left) && InRange(right) && tokens[left].End == tokens[right].Start;

    /// <summary>Whether a sentence break or a line break lies between two consecutive tokens, which phrases never cross.</summary>
    public bool LineBreakBetween(int left, int right) =>
        InRange(left) && InRange(right) && Text.AsSpan(tokens[left].End, tokens[right].Start - tokens[left].End).Contains('\n');

    /// <summary>The first token whose start is at or after <paramref name="offset"/>.</summary>
    public int FirstAtOrAfter(int offset)
    {
        int low = 0, high = Count;
        while (low < high)
        {
            var middle = (low + high) >>> 1;
            if (tokens[middle].Start < offset)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low;
    }
}
