using System.Net;
using System.Text.Json;
using Pipeline.IntegrationTests.Infrastructure;

namespace Pipeline.IntegrationTests.Api;

/// <summary>What pollers rely on: ETags and 304s, cache headers, bounded parameters with clear errors, 404 for unknown ids.</summary>
public sealed class ApiBehaviourTests(ApiHost host) : IClassFixture<ApiHost>
{
    [Theory]
    [InlineData("/api/summary")]
    [InlineData("/api/entities?type=organization")]
    [InlineData("/api/entities/location/united%20states")]
    [InlineData("/api/articles")]
    [InlineData("/api/articles/" + Seeds.PtbCnn)]
    [InlineData("/api/files?state=failed")]
    [InlineData("/api/files/broken%2Fempty.txt")]
    [InlineData("/api/openapi.json")]
    [InlineData("/api/dashboard")]
    public async Task Every_GET_has_a_strong_ETag_and_answers_a_matching_If_None_Match_with_an_empty_304(string url)
    {
        var first = await host.GetAsync(url);
        var etag = first.Headers.ETag;
        var again = await host.GetAsync(url, etag?.ToString());
        var stale = await host.GetAsync(url, "\"not-the-current-body\"");

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.NotNull(etag);
        Assert.False(etag.IsWeak);
        Assert.NotNull(first.Headers.CacheControl?.MaxAge);
        Assert.Equal(HttpStatusCode.NotModified, again.StatusCode);
        Assert.Empty(await again.Content.ReadAsByteArrayAsync());
        Assert.Equal(HttpStatusCode.OK, stale.StatusCode);
    }

    [Theory]
    [InlineData("/api/entities?type=planet", "'type' must be one of person, organization, location, misc or source; got 'planet'.")]
    [InlineData("/api/entities?top=0", "'top' must be a whole number from 1 to 100; got '0'.")]
    [InlineData("/api/entities?top=many", "'top' must be a whole number from 1 to 100; got 'many'.")]
    [InlineData("/api/entities?since=yesterday", "'since' must be a date as yyyy-MM-dd; got 'yesterday'.")]
    [InlineData("/api/articles?from=2026-02-30", "'from' must be a date as yyyy-MM-dd; got '2026-02-30'.")]
    [InlineData("/api/articles?from=2026-03-02&to=2026-03-01", "'from' must not be after 'to'.")]
    [InlineData("/api/articles?next=garbage", "'next' is not a page token this API issued; follow the 'next' link of the previous page.")]
    [InlineData("/api/files?next=fZ2FyYmFnZQ", "'next' is not a page token this API issued; follow the 'next' link of the previous page.")]
    [InlineData("/api/files?state=pending", "'state' must be one of processed, failed, quarantined; got 'pending'.")]
    [InlineData("/api/articles?entity=trump", "'entity' must be an entity key such as 'person:anna schmidt' (its type, a colon, its name).")]
    [InlineData("/api/entities/planet/mars", "'type' must be one of person, organization, location, misc or source; got 'planet'.")]
    public async Task A_bad_parameter_is_a_400_problem_that_says_what_to_fix(string url, string detail)
    {
        var (response, body) = await host.GetJsonAsync(url);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(400, body.GetProperty("status").GetInt32());
        Assert.Equal(detail, body.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Several_bad_parameters_are_all_reported_at_once()
    {
        var (_, body) = await host.GetJsonAsync("/api/entities?type=planet&top=0");

        Assert.Contains("'type'", body.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Contains("'top'", body.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/api/entities/person/nobody%20at%20all")]
    [InlineData("/api/articles/no-such-file.txt")]
    [InlineData("/api/files/no%2Fsuch%2Ffile.txt")]
    [InlineData("/api/entities/person/%25%2F%5C%23%3F")]
    public async Task An_unknown_id_is_a_404_problem(string url)
    {
        var (response, body) = await host.GetJsonAsync(url);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.False(string.IsNullOrEmpty(body.GetProperty("detail").GetString()));
    }

    [Fact]
    public async Task The_summary_entities_and_articles_show_the_seeded_corpus()
    {
        var (_, summary) = await host.GetJsonAsync("/api/summary");
        var (_, people) = await host.GetJsonAsync("/api/entities?type=person&q=TRUMP");
        var (_, trump) = await host.GetJsonAsync("/api/entities/person/Donald%20Trump");
        var (_, fromCnn) = await host.GetJsonAsync("/api/articles?source=cnn");
        var (_, failed) = await host.GetJsonAsync("/api/files?state=failed");

        Assert.Equal((3, 1), (summary.GetProperty("articles").GetInt32(), summary.GetProperty("failedFiles").GetInt32()));
        Assert.Equal("Donald Trump", Assert.Single(people.GetProperty("items").EnumerateArray()).GetProperty("name").GetString());
        Assert.Equal(3, trump.GetProperty("articles").GetInt32());
        Assert.Contains("Trump", trump.GetProperty("aliases").EnumerateArray().Select(a => a.GetString()));
        Assert.Equal(3, trump.GetProperty("recent").GetProperty("items").GetArrayLength());
        Assert.Equal([Seeds.PtbCnn, Seeds.ScrapedCnn], fromCnn.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetString()).Order());
        var broken = Assert.Single(failed.GetProperty("items").EnumerateArray());
        Assert.Equal((ApiHost.BrokenFile, "empty"), (broken.GetProperty("name").GetString(), broken.GetProperty("errorCode").GetString()));
    }

    [Fact]
    public async Task Pages_follow_their_next_links_to_the_end_without_repeats()
    {
        var seen = new List<string>();
        string? next = "/api/articles?top=1";
        while (next is not null)
        {
            var (_, page) = await host.GetJsonAsync(next);
            seen.AddRange(page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetString()!));
            next = page.GetProperty("next").GetString();
            Assert.True(seen.Count <= 10, "paging does not end");
        }

        Assert.Equal(Seeds.Names.Order(), seen.Order());
        Assert.Equal(seen.Count, seen.Distinct().Count());
    }
}
