using Pipeline.Core.Extraction.Tagging;

namespace Pipeline.Core.Tests.Tagging;

public sealed class WordTokenizerTests
{
    [Theory]
    [InlineData("Trump's tweet", new[] { "Trump", "'s", "tweet" })]
    [InlineData("Trump\u2019s tweet", new[] { "Trump", "\u2019s", "tweet" })]
    [InlineData("It's true, isn't it?", new[] { "It", "'s", "true", ",", "is", "n't", "it", "?" })]
    [InlineData("they'll say we'd go", new[] { "they", "'ll", "say", "we", "'d", "go" })]
    [InlineData("deport \"millions\" of", new[] { "deport", "\"", "millions", "\"", "of" })]
    [InlineData("\u201CWe are ready,\u201D he said.", new[] { "\u201C", "We", "are", "ready", ",", "\u201D", "he", "said", "." })]
    [InlineData("the U.S. border", new[] { "the", "U.S.", "border" })]
    [InlineData("moved to the U.S.", new[] { "moved", "to", "the", "U.S." })]
    [InlineData("It ended Dec. 5.", new[] { "It", "ended", "Dec.", "5", "." })]
    [InlineData("J. Smith of Acme Inc. spoke", new[] { "J.", "Smith", "of", "Acme", "Inc.", "spoke" })]
    [InlineData("Sen. Lisa Murkowski (R-AK) spoke.", new[] { "Sen.", "Lisa", "Murkowski", "(", "R-AK", ")", "spoke", "." })]
    [InlineData("$4.5 million, 10% more", new[] { "$", "4.5", "million", ",", "10", "%", "more" })]
    [InlineData("John Moore/Getty Images", new[] { "John", "Moore", "/", "Getty", "Images" })]
    [InlineData("1/2 cup at 02:19", new[] { "1/2", "cup", "at", "02:19" })]
    [InlineData("a U.S.-led coalition", new[] { "a", "U.S.-led", "coalition" })]
    [InlineData("the U.S.'s role", new[] { "the", "U.S.", "'s", "role" })]
    [InlineData("the families' homes", new[] { "the", "families", "'", "homes" })]
    [InlineData("Wait...what", new[] { "Wait", "...", "what" })]
    [InlineData("war\u2014and peace -- or not", new[] { "war", "\u2014", "and", "peace", "--", "or", "not" })]
    [InlineData("see https://example.com/a/b, then", new[] { "see", "https://example.com/a/b", ",", "then" })]
    [InlineData("in the '90s", new[] { "in", "the", "'90s" })]
    [InlineData("O'Connor and Shi'ite", new[] { "O'Connor", "and", "Shi'ite" })]
    public void Splits_prose_like_the_treebank(string text, string[] expected) => Assert.Equal(expected, Tokens(text));

    [Theory]
    [InlineData("Trump 's tweet `` millions '' -LRB- CNN -RRB- .", new[] { "Trump", "'s", "tweet", "``", "millions", "''", "-LRB-", "CNN", "-RRB-", "." })]
    [InlineData("do n't go", new[] { "do", "n't", "go" })]
    public void Keeps_treebank_tokens_whole(string text, string[] expected) => Assert.Equal(expected, Tokens(text));

    [Fact]
    public void Tokenizes_only_the_given_sentence()
    {
        const string text = "First one. Second one.";
        using var tokens = new RangeBuffer();
        WordTokenizer.Tokenize(text, 11..22, tokens);
        Assert.Equal(["Second", "one", "."], tokens.Span.ToArray().Select(range => text[range]));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \t\n ")]
    public void Gives_no_token_for_blank_text(string text) => Assert.Empty(Tokens(text));

    [Fact]
    public void Ranges_cover_every_non_space_character_once()
    {
        const string text = "\"He's (R-AK) at U.S.-Mexico's border...\" said $5, Moore/Getty\u2019s—yes!";
        var covered = new bool[text.Length];
        using var tokens = new RangeBuffer();
        WordTokenizer.Tokenize(text, Range.All, tokens);
        var previousEnd = 0;
        foreach (var range in tokens.Span)
        {
            var (offset, length) = range.GetOffsetAndLength(text.Length);
            Assert.True(length > 0);
            Assert.True(offset >= previousEnd, "ranges are in order and do not overlap");
            previousEnd = offset + length;
            for (var i = offset; i < offset + length; i++)
            {
                covered[i] = true;
            }
        }

        for (var i = 0; i < text.Length; i++)
        {
            Assert.Equal(!char.IsWhiteSpace(text[i]), covered[i]);
        }
    }

    internal static string[] Tokens(string text)
    {
        using var tokens = new RangeBuffer();
        WordTokenizer.Tokenize(text, Range.All, tokens);
        return [.. tokens.Span.ToArray().Select(range => text[range])];
    }
}
