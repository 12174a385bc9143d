using CsCheck;
using Pipeline.Core.Parsing;
using Pipeline.Core.Parsing.Feeds;
using Pipeline.Core.Parsing.Markdown;
using Pipeline.Core.Parsing.Structured;

namespace Pipeline.Core.Tests.Structured;

/// <summary>
/// Random text made of each format's syntax characters: a parser may reject it, but only with an
/// <see cref="ArticleFormatException"/>, and every entry it returns is either a document with a body or an error.
/// </summary>
public sealed class HostileInputTests
{
    private static readonly ParseLimits Limits = new(MaxEntries: 50, MaxLineChars: 200, MaxDepth: 8);

    [Fact]
    public void Json_parser_fails_only_with_format_errors() =>
        Syntax("{}[]\":,\\/ntrue01.e-ab \n<p>&;").Sample(text => Check(() => JsonArticleParser.Parse(text, Limits)), iter: 3000);

    [Fact]
    public void Json_lines_parser_fails_only_with_format_errors() =>
        Syntax("{}[]\":,\\/ntrue01ab \n\r<p>&;").Sample(text => Check(() => JsonLinesArticleParser.Parse(text, Limits)), iter: 3000);

    [Fact]
    public void Json_objects_with_random_field_values_map_or_fail_per_entry() =>
        (from name in Gen.OneOf("title", "body", "text", "author", "authors", "url", "date", "source", "lang")
         from value in Gen.OneOf(
             "\"x\"", "\"<p>a</p>\"", "1e300", "-1", "1700000000000", "null", "[]", "[{}]", "[\"a\",1,{\"name\":\"b\"}]", "{\"name\":2}", "{\"rendered\":\"&amp;\"}", "\"\\u0000\"", "\"\\ud800\"", "{\"name\":\"\\udfff\"}")
         select $"\"{name}\":{value}")
            .Array[0, 6]
            .Select(pairs => "{" + string.Join(",", pairs) + "}")
            .Sample(text => Check(() => JsonArticleParser.Parse(text, Limits)), iter: 3000);

    [Fact]
    public void Feed_parser_fails_only_with_format_errors() =>
        Gen.OneOf("<rss>", "</rss>", "<channel>", "</channel>", "<item>", "</item>", "<feed>", "</feed>", "<entry>", "</entry>",
                "<title>", "</title>", "<description>", "</description>", "<content type=\"html\">", "<content type=\"xhtml\">",
                "</content>", "<link href=\"https://a.example/\"/>", "<author><name>", "</name></author>", "x", " ", "&lt;p&gt;", "&amp;", "&x;",
                "<![CDATA[<b>", "]]>", "<!DOCTYPE rss>", "<?xml version=\"1.0\"?>")
            .Array[0, 30]
            .Select(parts => string.Concat(parts))
            .Sample(text => Check(() => FeedArticleParser.Parse(text, Limits)), iter: 3000);

    [Fact]
    public void Markdown_parser_fails_only_with_format_errors() =>
        Syntax("-:#[]()'\"\n >*_`|!<>&;\\xy~=1.").Sample(text => Check(() => [new ParsedEntry(0, MarkdownArticleParser.Parse(text), null)]), iter: 3000);

    private static Gen<string> Syntax(string alphabet) => Gen.String[Gen.Char[alphabet], 0, 120];

    private static void Check(Func<IReadOnlyList<ParsedEntry>> parse)
    {
        IReadOnlyList<ParsedEntry> entries;
        try
        {
            entries = parse();
        }
        catch (ArticleFormatException exception)
        {
            Assert.False(string.IsNullOrWhiteSpace(exception.Message));
            return;
        }

        Assert.True(entries.Count <= Limits.MaxEntries);
        Assert.All(entries, entry => Assert.True(
            entry.Document is { Body.Length: > 0, Title: not null } ^ entry.Error is { Message.Length: > 0 }));
    }
}
