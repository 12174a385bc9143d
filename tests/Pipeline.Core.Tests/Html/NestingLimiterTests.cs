using Pipeline.Core.Parsing.Html;

namespace Pipeline.Core.Tests.Html;

public sealed class NestingLimiterTests
{
    [Fact]
    public void A_page_under_the_cap_is_returned_as_it_is()
    {
        const string html = "<html><body><div><p>One<p>Two<br><img src=x></div><!-- <div><div> --><script>if (a<b) {}</script></body></html>";
        Assert.Same(html, NestingLimiter.Limit(html, maxDepth: 3));
    }

    [Fact]
    public void Opening_tags_past_the_cap_are_dropped_with_their_closing_tags()
    {
        var limited = NestingLimiter.Limit("<div><div><div><div>text</div></div></div></div><p>after</p>", maxDepth: 2);
        Assert.Equal("<div><div>text</div></div><p>after</p>", limited);
    }

    [Fact]
    public void Markup_inside_comments_scripts_and_attribute_values_is_not_counted()
    {
        const string html = """<div title="<div><div><div>"><!-- <span><span> --><style>a>b{}</style><script>"<div><div>"</script>x</div>""";
        Assert.Same(html, NestingLimiter.Limit(html, maxDepth: 1));
    }
}
