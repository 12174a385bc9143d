using Pipeline.Core.Text;

namespace Pipeline.Core.Tests;

public sealed class SentenceSplitterTests
{
    [Theory]
    [InlineData("The U.S. economy grew. Sen. Smith agreed.", new[] { "The U.S. economy grew.", "Sen. Smith agreed." })]
    [InlineData("Rep. Jones met Mr. Brown and Dr. Lee. They talked.", new[] { "Rep. Jones met Mr. Brown and Dr. Lee.", "They talked." })]
    [InlineData("It ended Dec. 5 as planned. Then it rained.", new[] { "It ended Dec. 5 as planned.", "Then it rained." })]
    [InlineData("J. Smith paid $4.5 million. It was 3.5 percent more.", new[] { "J. Smith paid $4.5 million.", "It was 3.5 percent more." })]
    [InlineData("Outgoing ICE Director P.J. Lechleitner spoke. He left.", new[] { "Outgoing ICE Director P.J. Lechleitner spoke.", "He left." })]
    [InlineData("They moved to the U.S. The move was hard.", new[] { "They moved to the U.S.", "The move was hard." })]
    [InlineData("\"We are ready,\" he said. \"Are you?\" She nodded!", new[] { "\"We are ready,\" he said.", "\"Are you?\"", "She nodded!" })]
    [InlineData("He said it was \"final.\" Then he left.", new[] { "He said it was \"final.\"", "Then he left." })]
    [InlineData("Headline without period\nFirst sentence.", new[] { "Headline without period", "First sentence." })]
    [InlineData("Wait... What happened? Nobody knew.", new[] { "Wait...", "What happened?", "Nobody knew." })]
    public void Splits_on_real_sentence_ends_only(string text, string[] expected)
    {
        var sentences = new List<string>();
        foreach (var range in SentenceSplitter.Split(text))
        {
            sentences.Add(text[range]);
        }

        Assert.Equal(expected, sentences);
    }

    [Fact]
    public void Sentences_of_the_ptb_seed_are_counted()
    {
        var figures = new ArticleAnalyzer().Analyze(Seeds.Text(Seeds.Ptb)).Figures;
        Assert.Equal(54, figures.Sentences);
    }
}
