using Pipeline.Core.Model;
using Pipeline.Core.Statistics;

namespace Pipeline.Core.Tests.Statistics;

/// <summary>The figure, date and quote rules one at a time, on short hand-written sentences.</summary>
public class StatisticsRulesTests
{
    private static (IReadOnlyList<NumericFact> Facts, IReadOnlyList<DateMention> Dates, IReadOnlyList<Quotation> Quotes) Run(string body, string? published = null) =>
        StatisticsStage.Extract(body, published is null ? null : DateOnly.Parse(published, System.Globalization.CultureInfo.InvariantCulture), Extraction.EntityExtractor.Extract(body));

    [Theory]
    [InlineData("Costs rose 13% last year.", "13%")]
    [InlineData("Costs rose 13 % last year.", "13 %")]
    [InlineData("Costs rose 13 percent last year.", "13 percent")]
    [InlineData("Costs rose 13 per cent last year.", "13 per cent")]
    public void Percentages_read_alike_however_written(string body, string span)
    {
        var fact = Assert.Single(Run(body).Facts);
        Assert.Equal((NumericKind.Percent, span, 13d), (fact.Kind, fact.Text, fact.Value));
    }

    [Theory]
    [InlineData("It cost $4.5 billion.", "$4.5 billion", 4.5e9, "USD")]
    [InlineData("It cost €300 million.", "€300 million", 3e8, "EUR")]
    [InlineData("It cost £20.", "£20", 20, "GBP")]
    [InlineData("It cost ¥1,000.", "¥1,000", 1000, "JPY")]
    [InlineData("It cost 50 euros.", "50 euros", 50, "EUR")]
    [InlineData("It cost 20 pounds.", "20 pounds", 20, "GBP")]
    [InlineData("It cost EUR 12 million.", "EUR 12 million", 1.2e7, "EUR")]
    [InlineData("It cost US$7.", "US$7", 7, "USD")]
    [InlineData("It cost $3.2bn.", "$3.2bn", 3.2e9, "USD")]
    [InlineData("It cost 45 cents.", "45 cents", 0.45, "USD")]
    public void Money_in_any_currency_is_normalized(string body, string span, double value, string currency)
    {
        var fact = Assert.Single(Run(body).Facts);
        Assert.Equal((NumericKind.Money, span, currency), (fact.Kind, fact.Text, fact.Currency));
        Assert.Equal(value, fact.Value, 6);
    }

    [Fact]
    public void Qualifiers_are_kept_apart_from_the_span()
    {
        var fact = Assert.Single(Run("They deported nearly 1.2 million people.").Facts);
        Assert.Equal(("1.2 million", 1.2e6, "nearly", "people"), (fact.Text, fact.Value, fact.Qualifier, fact.Counts));
    }

    [Fact]
    public void Spelled_out_numbers_and_negatives_are_read()
    {
        var facts = Run("Twenty-five officers and two hundred and fifty volunteers came; the balance fell to -3.5 percent.").Facts;
        Assert.Equal([25d, 250d, -3.5], facts.Select(f => f.Value));
        Assert.Equal("officers", facts[0].Counts);
    }

    [Fact]
    public void A_pound_weight_is_a_quantity()
    {
        var fact = Assert.Single(Run("Agents seized 5 pounds of cocaine.").Facts);
        Assert.Equal((NumericKind.Quantity, "pound"), (fact.Kind, fact.Unit));
    }

    [Theory]
    [InlineData("Call 555-123-4567 today.")]
    [InlineData("He lives at 1600 Pennsylvania Avenue.")]
    [InlineData("Flight 370 disappeared.")]
    [InlineData("The COVID-19 pandemic spread.")]
    [InlineData("The file vpx_00000000.png loaded.")]
    [InlineData("The 45-year-old driver fled.")]
    [InlineData("Derek Chauvin, 45, was convicted.")]
    [InlineData("The bill, H.R. 1234, passed.")]
    [InlineData("It happened on 9/11.")]
    public void Numbers_that_identify_are_not_counts(string body)
    {
        Assert.DoesNotContain(Run(body).Facts, f => f.Kind == NumericKind.Cardinal);
    }

    [Fact]
    public void Numbers_inside_dates_and_times_are_not_counts()
    {
        var (facts, dates, _) = Run("On December 2, 2018 at 3:30 p.m., in fiscal year 2012, for 6 weeks.");
        Assert.Empty(facts);
        Assert.Equal(["2018-12-02", "T15:30", "FY2012", "P6W"], dates.Select(d => d.Value));
    }

    [Fact]
    public void Relative_dates_resolve_against_the_publication_date()
    {
        // 2019-06-21 was a Friday.
        var dates = Run("Raids begin Sunday, officials said Monday; they planned it last month and will vote next week.", "2019-06-21").Dates;
        Assert.Equal(["2019-06-23", "2019-06-17", "2019-05", "2019-W26"], dates.Select(d => d.Value));
        Assert.All(dates, d => Assert.True(d.IsRelative));
    }

    [Fact]
    public void Relative_dates_stay_unresolved_without_a_publication_date()
    {
        var dates = Run("Officials said Monday that arrests began last month, in April.").Dates;
        Assert.Equal([null, null, "XXXX-04"], dates.Select(d => d.Value));
    }

    [Fact]
    public void Absolute_dates_are_normalized()
    {
        var dates = Run("It began April 2021, ran until Tuesday, April 20, 2021, and ended 5 May 2022 in the 1990s style.").Dates;
        Assert.Equal(["2021-04", "2021-04-20", "2022-05-05", "199X"], dates.Select(d => d.Value));
        Assert.Equal("Tuesday, April 20, 2021", dates[1].Text);
    }

    [Fact]
    public void Ratios_ranges_and_changes_are_recognized()
    {
        var facts = Run("There is one officer for every 7,000 cases. Between 3 and 5 million people moved. Sales dropped by 4%.").Facts;
        Assert.Equal(NumericRelation.Ratio, facts[0].Relation);
        Assert.Equal(7000, facts[0].Per);
        Assert.Equal(NumericRelation.Ratio, facts[1].Relation);
        Assert.Equal((3e6, 5e6, NumericRelation.Range), (facts[2].Value, facts[2].UpperValue!.Value, facts[2].Relation));
        Assert.Equal((NumericRelation.Change, "decrease"), (facts[3].Relation, facts[3].Direction));
    }

    [Fact]
    public void Sources_and_times_come_from_the_sentence()
    {
        var fact = Assert.Single(Run("In fiscal year 2018, 256,085 people were deported, according to ICE data.").Facts);
        Assert.Equal(("ICE", "fiscal year 2018", "FY2018"), (fact.Source, fact.Time, fact.TimeValue));
    }

    [Theory]
    [InlineData("\"We will win,\" Jane Smith said.", "Jane Smith")]
    [InlineData("\"We will win,\" said Jane Smith.", "Jane Smith")]
    [InlineData("\u201CWe will win,\u201D Jane Smith told reporters.", "Jane Smith")]
    [InlineData("Jane Smith said, \"We will win this fight.\"", "Jane Smith")]
    [InlineData("According to Jane Smith, \"we will win this fight.\"", "Jane Smith")]
    [InlineData("\"We will win,\" the official said.", "the official")]
    public void Quotes_are_attributed_to_their_speakers(string body, string speaker)
    {
        var quote = Assert.Single(Run(body).Quotes);
        Assert.Equal(speaker, quote.Speaker);
    }

    [Fact]
    public void A_quote_continued_in_the_next_paragraph_is_one_quote()
    {
        var body = "\"We warned them,\" the mayor said. \"Nobody listened.\n\n\"Now the river has taken 14 homes.\"";
        var quotes = Run(body).Quotes;
        Assert.Equal(2, quotes.Count);
        Assert.Equal("Nobody listened.\n\nNow the river has taken 14 homes.", quotes[1].Text);
        Assert.Equal("the mayor", quotes[1].Speaker);
        Assert.Equal(body.Length, quotes[1].End);
    }

    [Fact]
    public void Short_scare_quotes_are_not_speech()
    {
        Assert.Empty(Run("The so-called \"rocket docket\" moved fast under the \"zero tolerance\" policy.").Quotes);
    }

    [Fact]
    public void Syllables_are_counted_as_vowel_groups()
    {
        Assert.Equal([1, 2, 3, 1, 2], new[] { "cat", "table", "important", "make", "people" }.Select(w => Readability.Syllables(w)));
    }
}
