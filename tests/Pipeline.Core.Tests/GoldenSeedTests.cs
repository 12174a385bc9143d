using Pipeline.Core.Model;
using Pipeline.Core.Parsing;
using Pipeline.Core.Text;

namespace Pipeline.Core.Tests;

/// <summary>The three seed articles, end to end through the plain-text parser in auto-detect mode.</summary>
public sealed class GoldenSeedTests
{
    [Theory]
    [InlineData(Seeds.Ptb, ArticleFormat.Tokenized)]
    [InlineData(Seeds.Scraped, ArticleFormat.Scraped)]
    [InlineData(Seeds.Prose, ArticleFormat.Text)]
    public void Seed_format_is_detected(string seed, ArticleFormat expected)
    {
        Assert.Equal(expected, PlainTextParser.Parse(Seeds.Text(seed), null).Format);
    }

    [Theory]
    [InlineData(
        Seeds.Ptb,
        "(CNN) Immigration and Customs Enforcement is pressing forward to arrest and deport families with court-ordered removals in 10 cities beginning Sunday, according to a senior immigration official, after President Donald Trump's tweet revealing an operation was imminent.",
        "But that request is still making its way through Congress -- and it's likely to face pushback, particularly from House Democrats who've repeatedly noted their concerns about the Trump administration's approach to immigration enforcement.")]
    [InlineData(
        Seeds.Scraped,
        "(CNN) \u2014 The Trump administration is considering deporting migrant families with court-ordered removals, a move that senior Department of Homeland Security officials have resisted in the past, multiple officials tell CNN.",
        "Of those, 7,724 cases ended with removal orders, 6,764 of which were ordered removed because they did not attend their immigration hearings.")]
    [InlineData(
        Seeds.Prose,
        "Donald Trump has vowed to begin the largest mass deportations in U.S. history on his first day as president, with an aide saying it will be \"the moment President Trump puts his hand on the Bible and takes the oath of office on Monday.\"",
        "Even if a major lawsuit is filed, as the case moves through the legal system, the courts must decide whether to block a policy or allow it to proceed.")]
    public void Seed_body_first_and_last_sentences(string seed, string first, string last)
    {
        var body = Parse(seed).Body;
        var sentences = Sentences(body);

        Assert.Equal(first, sentences[0]);
        Assert.Equal(last, sentences[^1]);
    }

    [Theory]
    [InlineData(Seeds.Ptb, "Immigration and Customs Enforcement is pressing forward to arrest and deport families with court-ordered removals in 10\u2026", "CNN")]
    [InlineData(Seeds.Scraped, "The Trump administration is considering deporting migrant families with court-ordered removals, a move that senior\u2026", "CNN")]
    [InlineData(Seeds.Prose, "Donald Trump has vowed to begin the largest mass deportations in U.S. history on his first day as president, with an\u2026", "NBC News")]
    public void Seed_title_source_and_language(string seed, string title, string source)
    {
        var document = Parse(seed);

        Assert.Equal(title, document.Title);
        Assert.Equal(source, document.Source);
        Assert.Equal("en", document.Language);

        // None of the seeds prints a byline, a timestamp or a dateline place.
        Assert.Empty(document.Authors);
        Assert.Null(document.PublishedAt);
        Assert.Null(document.Dateline);
    }

    [Theory]
    [InlineData(" ,")]
    [InlineData(" .")]
    [InlineData(" ;")]
    [InlineData(" :")]
    [InlineData(" ?")]
    [InlineData(" !")]
    [InlineData(" %")]
    [InlineData("$ ")]
    [InlineData("( ")]
    [InlineData(" )")]
    [InlineData("``")]
    [InlineData("''")]
    [InlineData(" 's")]
    [InlineData(" 're")]
    [InlineData(" 've")]
    [InlineData(" 'll")]
    [InlineData(" 'd ")]
    [InlineData(" 'm ")]
    [InlineData(" n't")]
    [InlineData("-LRB-")]
    [InlineData("-RRB-")]
    [InlineData("-LSB-")]
    [InlineData("-RSB-")]
    [InlineData("-LCB-")]
    [InlineData("-RCB-")]
    [InlineData("\\/")]
    [InlineData("\\*")]
    [InlineData(" \" ")]
    public void Ptb_seed_body_has_no_tokenizer_artefact(string artefact)
    {
        var raw = Seeds.Text(Seeds.Ptb);
        var body = Parse(Seeds.Ptb).Body;

        Assert.DoesNotContain(artefact, body, StringComparison.Ordinal);
        if (artefact is " ," or "``" or "''" or " 's" or " n't" or "( " or "$ " or " %")
        {
            // The pattern is really in the raw seed, so its absence is the detokenizer's doing.
            Assert.Contains(artefact, raw, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Ptb_seed_quotes_open_and_close_in_pairs()
    {
        foreach (var paragraph in Parse(Seeds.Ptb).Body.Split("\n\n"))
        {
            var open = false;
            for (var i = 0; i < paragraph.Length; i++)
            {
                if (paragraph[i] != '"')
                {
                    continue;
                }

                var before = i == 0 ? ' ' : paragraph[i - 1];
                var after = i + 1 == paragraph.Length ? ' ' : paragraph[i + 1];
                if (open)
                {
                    Assert.False(char.IsWhiteSpace(before), $"closing quote after a space at {i} in: {paragraph}");
                    Assert.True(char.IsWhiteSpace(after) || char.IsPunctuation(after), $"closing quote glued to a word at {i} in: {paragraph}");
                }
                else
                {
                    Assert.True(char.IsWhiteSpace(before) || before == '(', $"opening quote glued to a word at {i} in: {paragraph}");
                    Assert.False(char.IsWhiteSpace(after), $"opening quote before a space at {i} in: {paragraph}");
                }

                open = !open;
            }

            Assert.False(open, $"unclosed quote in: {paragraph}");
        }
    }

    [Fact]
    public void Scraped_seed_keeps_no_line_from_before_the_article()
    {
        var raw = Seeds.Text(Seeds.Scraped);
        var body = Parse(Seeds.Scraped).Body;
        var paragraphs = body.Split("\n\n");
        var before = raw[..raw.IndexOf("(CNN) \u2014", StringComparison.Ordinal)];

        var checkedLines = 0;
        foreach (var line in before.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            Assert.DoesNotContain(line, paragraphs);
            if (line.Length >= 12)
            {
                Assert.DoesNotContain(line, body, StringComparison.Ordinal);
                checkedLines++;
            }
        }

        Assert.True(checkedLines > 40, $"only {checkedLines} playlist lines checked");
        Assert.DoesNotContain("Now playing", body, StringComparison.Ordinal);
        Assert.False(HasDuration(body), "a video duration survived");
    }

    [Fact]
    public void Prose_seed_drops_the_stray_fragment()
    {
        var raw = Seeds.Text(Seeds.Prose);
        var body = Parse(Seeds.Prose).Body;

        Assert.Contains("Start execution.", raw, StringComparison.Ordinal);
        Assert.DoesNotContain("Start execution", body, StringComparison.Ordinal);
    }

    private static ArticleDocument Parse(string seed) => PlainTextParser.Parse(Seeds.Text(seed), null).Document;

    private static List<string> Sentences(string body)
    {
        var sentences = new List<string>();
        foreach (var range in SentenceSplitter.Split(body))
        {
            sentences.Add(body[range]);
        }

        return sentences;
    }

    private static bool HasDuration(string body)
    {
        for (var i = 0; i + 5 <= body.Length; i++)
        {
            if (char.IsAsciiDigit(body[i]) && char.IsAsciiDigit(body[i + 1]) && body[i + 2] == ':' && char.IsAsciiDigit(body[i + 3]) && char.IsAsciiDigit(body[i + 4]))
            {
                return true;
            }
        }

        return false;
    }
}
