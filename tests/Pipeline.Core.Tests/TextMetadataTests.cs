using Pipeline.Core.Model;
using Pipeline.Core.Parsing;

namespace Pipeline.Core.Tests;

public sealed class TextMetadataTests
{
    [Theory]
    [InlineData("WASHINGTON (CNN) -- Officials said the raids would begin.", "WASHINGTON", "CNN")]
    [InlineData("NEW YORK (CNN Business) \u2014 Shares fell on Friday.", "NEW YORK", "CNN")]
    [InlineData("LONDON, England (Reuters) - The talks ended.", "LONDON, England", "Reuters")]
    [InlineData("WASHINGTON, D.C. (AP) \u2014 The Senate voted.", "WASHINGTON, D.C.", "Associated Press")]
    [InlineData("NEW YORK, Dec 2 (Reuters) - Stocks rose.", "NEW YORK, Dec 2", "Reuters")]
    [InlineData("McALLEN, Texas (KRGV) \u2014 Agents said so.", "McALLEN, Texas", "KRGV")]
    [InlineData("(CNN) \u2014 The raids begin Sunday.", null, "CNN")]
    [InlineData("(AP) The raids begin Sunday.", null, "Associated Press")]
    [InlineData("WASHINGTON \u2014 The Senate voted on Friday.", "WASHINGTON", null)]
    public void Dateline_gives_place_and_source(string text, string? place, string? source)
    {
        var document = PlainTextParser.Parse(text, null).Document;

        Assert.Equal(place, document.Dateline);
        Assert.Equal(source, document.Source);
        Assert.Equal(text, document.Body);
    }

    [Theory]
    [InlineData("TIJUANA, MEXICO - DECEMBER 02: A boy is hoisted over the fence.")]
    [InlineData("Sen. Lisa Murkowski (R-AK) speaks to reporters.")]
    [InlineData("The Migration Policy Institute (MPI) found more.")]
    [InlineData("US - China talks resume on Friday.")]
    [InlineData("BREAKING - The Senate voted.")]
    [InlineData("(Vegan) Cupcakes and cake pops in the old town")]
    [InlineData("Propane (LPG) - not to be confused with natural gas")]
    [InlineData("SEPA (EUR) 0.15 EUR")]
    [InlineData("Portal (Resource in Town) – Ministry of Things")]
    [InlineData("(STRIVE MAGAZINE) FOLLOW US")]
    public void Captions_and_parentheticals_are_not_datelines(string line)
    {
        Assert.Equal(0, Dateline.PrefixLength(line));
    }

    [Fact]
    public void Title_excludes_a_place_dateline()
    {
        var document = PlainTextParser.Parse("WASHINGTON (CNN) -- Officials said the raids would begin on Sunday.", null).Document;
        Assert.Equal("Officials said the raids would begin on Sunday", document.Title);
    }

    [Fact]
    public void Header_lines_give_title_authors_date_and_source_and_leave_the_body()
    {
        const string page = """
            Raids to begin Sunday in 10 cities
            By Priscilla Alvarez and Geneva Sands, CNN
            Updated 10:58 AM ET, Sun December 2, 2018
            (CNN) — Immigration officials said the raids would begin on Sunday.

            Mayors objected.
            """;

        var document = PlainTextParser.Parse(page, null).Document;

        Assert.Equal("Raids to begin Sunday in 10 cities", document.Title);
        Assert.Equal(["Priscilla Alvarez", "Geneva Sands"], document.Authors);
        Assert.Equal(new DateTimeOffset(2018, 12, 2, 10, 58, 0, TimeSpan.FromHours(-5)), document.PublishedAt);
        Assert.Equal("CNN", document.Source);
        Assert.Equal("(CNN) — Immigration officials said the raids would begin on Sunday.\n\nMayors objected.", document.Body);
    }

    [Fact]
    public void Outlet_header_and_footer_lines_name_the_source()
    {
        const string page = "NBC News\nOfficials said the raids would begin on Sunday.\n\nMayors objected.\n\u00A9 2025 NBCUniversal Media, LLC";

        var document = PlainTextParser.Parse(page, null).Document;

        Assert.Equal("NBC News", document.Source);
        Assert.Equal("Officials said the raids would begin on Sunday.\n\nMayors objected.", document.Body);
    }

    [Fact]
    public void Copyright_line_names_the_outlet()
    {
        var document = PlainTextParser.Parse("Officials said the raids would begin.\n\u00A9 2024 Cable News Network. All Rights Reserved.", null).Document;

        Assert.Equal("CNN", document.Source);
        Assert.Equal("Officials said the raids would begin.", document.Body);
    }

    [Fact]
    public void Outlet_suffix_of_the_headline_is_the_source_and_leaves_the_title()
    {
        var document = PlainTextParser.Parse("Raids begin Sunday | CNN Politics\nOfficials said the raids would begin.", null).Document;

        Assert.Equal("Raids begin Sunday", document.Title);
        Assert.Equal("CNN", document.Source);
    }

    [Fact]
    public void An_outlet_interviewed_once_is_not_taken_for_the_publisher()
    {
        var document = PlainTextParser.Parse("The mayor told Reuters the raids would begin. She told CNN nothing.", null).Document;
        Assert.Null(document.Source);
    }

    [Theory]
    [InlineData("By Jane Doe", new[] { "Jane Doe" }, null)]
    [InlineData("By Jane Doe and John Roe, CNN", new[] { "Jane Doe", "John Roe" }, "CNN")]
    [InlineData("By Jane Doe, John Roe and Ann Lee", new[] { "Jane Doe", "John Roe", "Ann Lee" }, null)]
    [InlineData("By Jane Doe | NBC News", new[] { "Jane Doe" }, "NBC News")]
    [InlineData("BY JANE DOE", new[] { "JANE DOE" }, null)]
    [InlineData("By Maria de la Cruz, Reuters", new[] { "Maria de la Cruz" }, "Reuters")]
    [InlineData("By The Associated Press", new string[0], "Associated Press")]
    public void Byline_lines_give_authors_and_outlet(string line, string[] authors, string? source)
    {
        Assert.True(BylineLine.TryParse(line, out var names, out var outlet));
        Assert.Equal(source, outlet);
        Assert.Equal(authors, BylineLine.Authors(line, names, outlet));
    }

    [Theory]
    [InlineData("By Monday, officials had left the city.")]
    [InlineData("By the time they arrived, the raids were over")]
    [InlineData("By Friday Night")]
    [InlineData("Byron Smith said so")]
    public void Sentences_starting_with_by_are_not_bylines(string line)
    {
        Assert.False(BylineLine.TryParse(line, out _, out _));
    }

    [Theory]
    [InlineData("Updated 10:58 AM ET, Sun December 2, 2018", "2018-12-02T10:58:00-05:00", nameof(TimestampKind.Updated))]
    [InlineData("Updated 4:56 PM ET, Fri June 21, 2019", "2019-06-21T16:56:00-04:00", nameof(TimestampKind.Updated))]
    [InlineData("Published Dec. 2, 2018", "2018-12-02T00:00:00+00:00", nameof(TimestampKind.Published))]
    [InlineData("Published 10:00 AM EDT, Tue June 18, 2019 | Updated 11:00 AM EDT", "2019-06-18T10:00:00-04:00", nameof(TimestampKind.Published))]
    [InlineData("Jan. 18, 2025, 6:00 AM EST", "2025-01-18T06:00:00-05:00", nameof(TimestampKind.Bare))]
    [InlineData("Posted: 2018-12-02T10:58:00Z", "2018-12-02T10:58:00+00:00", nameof(TimestampKind.Published))]
    [InlineData("Last updated on 2 March 2021 at 9:15 p.m. GMT", "2021-03-02T21:15:00+00:00", nameof(TimestampKind.Updated))]
    [InlineData("First published Sept. 30, 2006, 12:30am PT", "2006-09-30T00:30:00-07:00", nameof(TimestampKind.Published))]
    public void Timestamp_lines_are_read(string line, string expected, string kind)
    {
        Assert.True(TimestampLine.TryParse(line, out var value, out var parsedKind));
        Assert.Equal(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), value);
        Assert.Equal(expected[^6..], value.ToString("zzz", System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(kind, parsedKind.ToString());
    }

    [Theory]
    [InlineData("Officials said on December 2, 2018 that the raids would go ahead.")]
    [InlineData("Updated guidance was issued on Friday.")]
    [InlineData("December 2018")]
    [InlineData("Published February 30, 2019")]
    [InlineData("Updated 13:58 PM ET, Sun December 2, 2018")]
    public void Sentences_with_dates_are_not_timestamp_lines(string line)
    {
        Assert.False(TimestampLine.TryParse(line, out _, out _));
    }

    [Fact]
    public void Published_wins_over_updated_and_both_leave_the_body()
    {
        const string page = "Updated 11:00 AM ET, Tue June 18, 2019\nPublished 10:00 AM ET, Tue June 18, 2019\nOfficials said the raids would begin.";
        var document = PlainTextParser.Parse(page, null).Document;

        Assert.Equal(new DateTimeOffset(2019, 6, 18, 10, 0, 0, TimeSpan.FromHours(-4)), document.PublishedAt);
        Assert.Equal("Officials said the raids would begin.", document.Body);
    }

    [Theory]
    [InlineData("CNN Politics", "CNN")]
    [InlineData("the associated press", "Associated Press")]
    [InlineData("NBCNews.com", "NBC News")]
    [InlineData("Springfield Gazette", null)]
    public void Outlets_are_normalized(string name, string? expected)
    {
        Assert.Equal(expected, Outlets.Normalize(name));
    }

    [Fact]
    public void Forced_text_still_reads_metadata()
    {
        const string raw = "By Jane Doe, CNN\nWASHINGTON (CNN) -- Officials said the raids would begin.";
        var document = PlainTextParser.Parse(raw, ArticleFormat.Text).Document;

        Assert.Equal(raw, document.Body);
        Assert.Equal(["Jane Doe"], document.Authors);
        Assert.Equal("WASHINGTON", document.Dateline);
        Assert.Equal("CNN", document.Source);
    }
}
