using Pipeline.Core.Parsing;
using Pipeline.Core.Parsing.Feeds;

namespace Pipeline.Core.Tests.Feeds;

public sealed class FeedArticleParserTests
{
    private static readonly ParseLimits Limits = ParseLimits.Default;

    private const string Rss = """
        <?xml version="1.0" encoding="UTF-8"?>
        <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/"
             xmlns:atom="http://www.w3.org/2005/Atom">
          <channel>
            <title>Example News - Top Stories</title>
            <link>https://www.example.com/</link>
            <atom:link href="https://www.example.com/rss.xml" rel="self" type="application/rss+xml"/>
            <language>en-us</language>
            <image><title>Example logo</title><url>https://www.example.com/logo.png</url></image>
            <item>
              <title>Mayors push back on raids</title>
              <link>https://www.example.com/2019/07/12/raids</link>
              <description>Short teaser.</description>
              <content:encoded><![CDATA[<p>The mayors met on <b>Friday</b>.</p><figure><img src="x.jpg"></figure><p>They spoke &amp; left.</p>]]></content:encoded>
              <dc:creator>Jane Doe</dc:creator>
              <dc:creator>John Roe</dc:creator>
              <pubDate>Fri, 12 Jul 2019 14:30:00 GMT</pubDate>
            </item>
            <item>
              <title>Second story</title>
              <guid isPermaLink="true">https://www.example.com/2019/07/12/second</guid>
              <description>&lt;p&gt;Only a &lt;em&gt;description&lt;/em&gt; here.&lt;/p&gt;&lt;p&gt;Two paragraphs.&lt;/p&gt;</description>
              <author>jroe@example.com (John Roe)</author>
              <pubDate>Sat, 13 Jul 2019 09:00:00 -0400</pubDate>
            </item>
          </channel>
        </rss>
        """;

    [Fact]
    public void Rss_items_take_their_body_from_content_encoded_and_their_metadata_from_item_and_channel()
    {
        var entries = FeedArticleParser.Parse(Rss, Limits);

        Assert.Equal([0, 1], entries.Select(e => e.Index));
        var first = entries[0].Document!;
        Assert.Equal("Mayors push back on raids", first.Title);
        Assert.Equal("The mayors met on Friday.\n\nThey spoke & left.", first.Body);
        Assert.Equal("https://www.example.com/2019/07/12/raids", first.Url);
        Assert.Equal(new DateTimeOffset(2019, 7, 12, 14, 30, 0, TimeSpan.Zero), first.PublishedAt);
        Assert.Equal(["Jane Doe", "John Roe"], first.Authors);
        Assert.Equal("Example News - Top Stories", first.Source);
        Assert.Equal("en", first.Language);
    }

    [Fact]
    public void Rss_items_with_only_a_description_render_its_escaped_html()
    {
        var second = FeedArticleParser.Parse(Rss, Limits)[1].Document!;

        Assert.Equal("Only a description here.\n\nTwo paragraphs.", second.Body);
        Assert.Equal("https://www.example.com/2019/07/12/second", second.Url);
        Assert.Equal(new DateTimeOffset(2019, 7, 13, 13, 0, 0, TimeSpan.Zero), second.PublishedAt);
        Assert.Equal(["John Roe"], second.Authors);
    }

    [Fact]
    public void An_item_without_text_fails_alone_and_names_its_line()
    {
        const string xml = """
            <rss version="2.0"><channel><title>T</title>
            <item><title>Good</title><description>Text.</description></item>
            <item><title>Empty</title><description>   </description></item>
            </channel></rss>
            """;

        var entries = FeedArticleParser.Parse(xml, Limits);

        Assert.Equal("Good", entries[0].Document!.Title);
        Assert.Equal(
            new ArticleError(ArticleErrorCode.NoArticleText, "the item at line 3 has no article text (no content:encoded or description)"),
            entries[1].Error);
    }

    [Fact]
    public void Without_a_channel_title_the_source_is_the_item_link_host()
    {
        const string xml = """<rss version="2.0"><channel><item><link>https://rss.cnn.com/x</link><description>Text.</description></item></channel></rss>""";

        Assert.Equal("cnn.com", FeedArticleParser.Parse(xml, Limits)[0].Document!.Source);
    }

    [Fact]
    public void An_item_source_element_names_the_publisher()
    {
        const string xml = """<rss version="2.0"><channel><title>Aggregator</title><item><description>Text.</description><source url="https://apnews.com">AP News</source></item></channel></rss>""";

        Assert.Equal("AP News", FeedArticleParser.Parse(xml, Limits)[0].Document!.Source);
    }

    [Fact]
    public void Rss_1_0_rdf_items_are_read_with_dublin_core_dates()
    {
        const string xml = """
            <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
              <channel rdf:about="https://example.org/"><title>RDF Times</title><link>https://example.org/</link><dc:language>fr</dc:language></channel>
              <image rdf:resource="https://example.org/logo.png"><title>Not the source</title></image>
              <item rdf:about="https://example.org/a">
                <title>Un titre</title><link>https://example.org/a</link>
                <description>Le texte.</description><dc:date>2021-02-03T04:05:06+01:00</dc:date>
              </item>
            </rdf:RDF>
            """;

        var document = Assert.Single(FeedArticleParser.Parse(xml, Limits)).Document!;

        Assert.Equal("Un titre", document.Title);
        Assert.Equal("RDF Times", document.Source);
        Assert.Equal(new DateTimeOffset(2021, 2, 3, 3, 5, 6, TimeSpan.Zero), document.PublishedAt);
        Assert.Equal("fr", document.Language);
    }

    private const string Atom = """
        <?xml version="1.0" encoding="utf-8"?>
        <feed xmlns="http://www.w3.org/2005/Atom" xml:lang="de-DE">
          <title type="text">Beispiel Zeitung</title>
          <link href="https://beispiel.de/"/>
          <author><name>Redaktion Beispiel</name></author>
          <entry>
            <title type="html">Sturm &amp;amp; Regen</title>
            <link rel="self" href="https://beispiel.de/api/1"/>
            <link rel="alternate" type="text/html" href="https://beispiel.de/sturm"/>
            <published>2024-03-01T10:00:00+01:00</published>
            <updated>2024-03-02T10:00:00+01:00</updated>
            <author><name>Anna Schmidt</name><email>anna@beispiel.de</email></author>
            <author><name>Ben Weber</name></author>
            <summary>Kurz.</summary>
            <content type="html">&lt;p&gt;Der Sturm kam &lt;b&gt;nachts&lt;/b&gt;.&lt;/p&gt;&lt;p&gt;Es regnete.&lt;/p&gt;</content>
          </entry>
          <entry xml:lang="en">
            <title>Plain entry</title>
            <link href="https://beispiel.de/plain"/>
            <updated>2024-03-05T00:00:00Z</updated>
            <content type="text">First line
        wrapped &lt;here&gt;.

        Second paragraph.</content>
          </entry>
          <entry>
            <title>Inline XHTML</title>
            <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>One &amp; <em>two</em>.</p><p>Three.</p></div></content>
          </entry>
          <entry>
            <title>Summary only</title>
            <content src="https://beispiel.de/video.mp4" type="video/mp4"/>
            <summary type="html">&lt;p&gt;The summary.&lt;/p&gt;</summary>
            <source><title>Original Blatt</title></source>
          </entry>
        </feed>
        """;

    [Fact]
    public void Atom_html_content_is_rendered_and_entry_metadata_is_read()
    {
        var document = FeedArticleParser.Parse(Atom, Limits)[0].Document!;

        Assert.Equal("Sturm & Regen", document.Title);
        Assert.Equal("Der Sturm kam nachts.\n\nEs regnete.", document.Body);
        Assert.Equal("https://beispiel.de/sturm", document.Url);
        Assert.Equal(new DateTimeOffset(2024, 3, 1, 9, 0, 0, TimeSpan.Zero), document.PublishedAt);
        Assert.Equal(["Anna Schmidt", "Ben Weber"], document.Authors);
        Assert.Equal("Beispiel Zeitung", document.Source);
        Assert.Equal("de", document.Language);
    }

    [Fact]
    public void Atom_text_content_is_plain_text_and_updated_stands_in_for_published()
    {
        var document = FeedArticleParser.Parse(Atom, Limits)[1].Document!;

        Assert.Equal("First line wrapped <here>.\n\nSecond paragraph.", document.Body);
        Assert.Equal(new DateTimeOffset(2024, 3, 5, 0, 0, 0, TimeSpan.Zero), document.PublishedAt);
        Assert.Equal("en", document.Language);
        Assert.Equal("https://beispiel.de/plain", document.Url);
        Assert.Equal(["Redaktion Beispiel"], document.Authors);
    }

    [Fact]
    public void Atom_xhtml_content_is_rendered_from_its_elements()
    {
        Assert.Equal("One & two.\n\nThree.", FeedArticleParser.Parse(Atom, Limits)[2].Document!.Body);
    }

    [Fact]
    public void Atom_out_of_line_content_falls_back_to_the_summary_and_an_entry_source_names_the_publisher()
    {
        var document = FeedArticleParser.Parse(Atom, Limits)[3].Document!;

        Assert.Equal("The summary.", document.Body);
        Assert.Equal("Original Blatt", document.Source);
    }

    [Fact]
    public void More_items_than_the_entry_limit_is_too_large()
    {
        const string xml = "<rss><channel><item><description>a</description></item><item><description>b</description></item></channel></rss>";

        var error = Assert.Throws<ArticleFormatException>(() => FeedArticleParser.Parse(xml, Limits with { MaxEntries = 1 }));

        Assert.Equal(ArticleErrorCode.TooLarge, error.Code);
        Assert.Equal("file holds more than 1 feed items; the limit is 1", error.Message);
    }

    [Fact]
    public void Malformed_xml_is_reported_with_line_and_position()
    {
        const string xml = "<rss>\n<channel>\n<item><title>x</item>\n</channel></rss>";

        var error = Assert.Throws<ArticleFormatException>(() => FeedArticleParser.Parse(xml, Limits));

        Assert.Equal(ArticleErrorCode.Malformed, error.Code);
        Assert.Equal("file is not valid XML: the 'title' start tag on line 3 position 8 does not match the end tag of 'item' at line 3, position 17", error.Message);
    }

    [Fact]
    public void Xml_that_is_not_a_feed_is_unsupported()
    {
        var error = Assert.Throws<ArticleFormatException>(() => FeedArticleParser.Parse("<html><body>x</body></html>", Limits));

        Assert.Equal(ArticleErrorCode.UnsupportedFormat, error.Code);
        Assert.Equal("file is XML with root element <html>, not an RSS or Atom feed", error.Message);
    }

    [Fact]
    public void Billion_laughs_fails_as_malformed_without_expanding()
    {
        const string xml = """
            <?xml version="1.0"?>
            <!DOCTYPE rss [
              <!ENTITY lol "lol">
              <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
              <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
              <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
              <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
              <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
              <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
              <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
              <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
            ]>
            <rss><channel><item><title>x</title><description>&lol9;</description></item></channel></rss>
            """;

        var error = Assert.Throws<ArticleFormatException>(() => FeedArticleParser.Parse(xml, Limits));

        Assert.Equal(ArticleErrorCode.Malformed, error.Code);
        Assert.Equal("file is not valid XML: reference to undeclared entity 'lol9' at line 13, position 51", error.Message);
    }

    [Fact]
    public void An_external_entity_is_never_resolved()
    {
        var secret = Path.Combine(AppContext.BaseDirectory, "xxe-secret.txt");
        File.WriteAllText(secret, "TOP-SECRET-CONTENT");
        var xml = $"""
            <?xml version="1.0"?>
            <!DOCTYPE rss [<!ENTITY xxe SYSTEM "{new Uri(secret).AbsoluteUri}">]>
            <rss><channel><item><title>x</title><description>&xxe;</description></item></channel></rss>
            """;

        var error = Assert.Throws<ArticleFormatException>(() => FeedArticleParser.Parse(xml, Limits));

        Assert.Equal(ArticleErrorCode.Malformed, error.Code);
        Assert.DoesNotContain("TOP-SECRET", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_external_dtd_is_ignored_and_not_fetched()
    {
        const string feed = """
            <?xml version="1.0"?>
            <!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN" "http://127.0.0.1:9/rss-0.91.dtd">
            <rss version="0.91"><channel><title>Old</title><item><title>x</title><description>Still read.</description></item></channel></rss>
            """;

        Assert.Equal("Still read.", Assert.Single(FeedArticleParser.Parse(feed, Limits)).Document!.Body);
    }

    [Fact]
    public void Nesting_deeper_than_the_limit_is_too_large()
    {
        var xml = "<rss><channel><item><description>" + string.Concat(Enumerable.Repeat("<div>", 100)) + "x"
            + string.Concat(Enumerable.Repeat("</div>", 100)) + "</description></item></channel></rss>";

        var error = Assert.Throws<ArticleFormatException>(() => FeedArticleParser.Parse(xml, Limits with { MaxDepth = 10 }));

        Assert.Equal(ArticleErrorCode.TooLarge, error.Code);
        Assert.Equal("file nests deeper than 10 levels at line 1, position 65", error.Message);
    }

    [Fact]
    public void Unescaped_html_inside_a_description_is_still_rendered()
    {
        const string xml = "<rss><channel><item><description><p>One &amp; <b>two</b>.</p><p>Three.</p></description></item></channel></rss>";

        Assert.Equal("One & two.\n\nThree.", FeedArticleParser.Parse(xml, Limits)[0].Document!.Body);
    }

    [Fact]
    public void Without_a_title_the_item_title_is_the_first_sentence()
    {
        const string xml = "<rss><channel><item><description>Mayors objected to the raids. They said so.</description></item></channel></rss>";

        Assert.Equal("Mayors objected to the raids", FeedArticleParser.Parse(xml, Limits)[0].Document!.Title);
    }
}
