using Pipeline.Core.Parsing;

namespace Pipeline.Core.Tests;

public sealed class DetokenizationTests
{
    [Theory]
    [InlineData("( CNN ) Immigration officials said", "(CNN) Immigration officials said")]
    [InlineData("deport `` millions '' of immigrants", "deport \"millions\" of immigrants")]
    [InlineData("some families have n't attended", "some families haven't attended")]
    [InlineData("they do n't know", "they don't know")]
    [InlineData("President Donald Trump 's tweet", "President Donald Trump's tweet")]
    [InlineData("If you 're here , you 've seen it", "If you're here, you've seen it")]
    [InlineData("beginning Sunday , according to officials .", "beginning Sunday, according to officials.")]
    [InlineData("is seeking $ 4.5 billion more", "is seeking $4.5 billion more")]
    [InlineData("increased about 13 % between", "increased about 13% between")]
    [InlineData("presidency -- and revived", "presidency -- and revived")]
    [InlineData("said , `` Our goal is not to separate families . ''", "said, \"Our goal is not to separate families.\"")]
    [InlineData("the so-called `` rocket docket , '' according to", "the so-called \"rocket docket,\" according to")]
    [InlineData("families : for example", "families: for example")]
    [InlineData("-LRB- CNN -RRB- Officials", "(CNN) Officials")]
    [InlineData("it ca n't and wo n't", "it can't and won't")]
    [InlineData("-lrb- cnn -rrb- officials", "(cnn) officials")]
    [InlineData("-LSB- sic -RSB- and -LCB- x -RCB-", "[sic] and {x}")]
    [InlineData("moved to the U.S. .", "moved to the U.S.")]
    [InlineData("we 're gon na win and I wan na go", "we're gonna win and I wanna go")]
    [InlineData("a 1\\/2 share and \\* note", "a 1/2 share and * note")]
    [InlineData("raised US$ 20 and C$ 5 and # 1", "raised US$20 and C$5 and #1")]
    [InlineData("the ` rocket docket ' plan", "the 'rocket docket' plan")]
    [InlineData("the families ' lawyers", "the families' lawyers")]
    [InlineData("I 'm sure she 'd say they 'll go", "I'm sure she'd say they'll go")]
    [InlineData("he said : `` wait ... ''", "he said: \"wait...\"")]
    [InlineData("`` Yes , '' he said , `` no . ''", "\"Yes,\" he said, \"no.\"")]
    public void Ptb_tokens_are_glued_back(string tokenized, string expected)
    {
        Assert.Equal(expected, PtbDetokenizer.Detokenize(tokenized));
    }

    [Theory]
    [InlineData("'' Our goal is clear , '' he said .", "\"Our goal is clear,\" he said.")]
    [InlineData("he said : '' We will go . ''", "he said: \"We will go.\"")]
    [InlineData("`` We will go . ``", "\"We will go.\"")]
    [InlineData("\" We will go , \" he said .", "\"We will go,\" he said.")]
    public void Misguessed_quotes_are_paired_by_context(string tokenized, string expected)
    {
        Assert.Equal(expected, PtbDetokenizer.Detokenize(tokenized));
    }

    [Fact]
    public void Detokenizing_never_grows_the_text()
    {
        const string tokenized = "( CNN ) -- `` a , b '' -LRB- c -RRB- gon na 1\\/2 U.S. . $ 5 ";
        Assert.True(PtbDetokenizer.Detokenize(tokenized).Length <= tokenized.Length);
    }

    [Fact]
    public void Lines_are_detokenized_independently()
    {
        Assert.Equal("He said \"yes.\"\n\"No,\" she said.", PtbDetokenizer.Detokenize("He said `` yes . ''\n`` No , '' she said ."));
    }

    [Fact]
    public void Ptb_seed_is_detected_as_tokenized()
    {
        Assert.True(PtbDetector.IsTokenized(Seeds.Text(Seeds.Ptb)));
    }

    [Theory]
    [InlineData(Seeds.Scraped)]
    [InlineData(Seeds.Prose)]
    public void Ordinary_prose_is_not_detected_as_tokenized(string seed)
    {
        Assert.False(PtbDetector.IsTokenized(Seeds.Text(seed)));
    }

    [Fact]
    public void Ptb_seed_body_reads_as_prose()
    {
        var body = new ArticleAnalyzer().Analyze(Seeds.Text(Seeds.Ptb)).Document.Body;

        Assert.StartsWith("(CNN) Immigration and Customs Enforcement is pressing forward", body, StringComparison.Ordinal);
        Assert.Contains("President Donald Trump's tweet", body, StringComparison.Ordinal);
        Assert.Contains("to deport \"millions\" of undocumented immigrants", body, StringComparison.Ordinal);
        Assert.Contains("seeking $4.5 billion more", body, StringComparison.Ordinal);
        Assert.Contains("increased about 13% between", body, StringComparison.Ordinal);
        Assert.Contains("presidency -- and revived", body, StringComparison.Ordinal);
        Assert.DoesNotContain(" ,", body, StringComparison.Ordinal);
        Assert.DoesNotContain(" 's", body, StringComparison.Ordinal);
        Assert.DoesNotContain("``", body, StringComparison.Ordinal);
        Assert.DoesNotContain("''", body, StringComparison.Ordinal);
    }
}
