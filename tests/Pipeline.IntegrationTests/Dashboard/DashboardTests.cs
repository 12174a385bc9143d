using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Pipeline.IntegrationTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Pipeline.IntegrationTests.Dashboard;

/// <summary>
/// The dashboard in headless Chromium against <c>pipeline run</c> on Azurite, with the three seeds and one broken file
/// (<see cref="SeededDashboard"/>): what it shows, what clicking does, how it polls, and how it reports a failing API.
/// Set PIPELINE_SCREENSHOT to a path (relative to the repository) to have the overview test save a screenshot there.
/// </summary>
public sealed class DashboardTests(SeededDashboard dashboard) : IClassFixture<SeededDashboard>
{
    public const string ScreenshotVariable = "PIPELINE_SCREENSHOT";

    [Fact]
    public async Task The_overview_shows_the_seeded_totals_charts_figures_and_the_failed_file()
    {
        await using var session = await dashboard.Chromium.OpenAsync();
        var page = session.Page;
        // Through the runtime's front page, which redirects to /api/dashboard and keeps the query string.
        await page.GotoAsync(dashboard.DashboardAddress(fast: false).ToString());
        Assert.EndsWith("/api/dashboard?code=" + SeededDashboard.ApiKey, page.Url, StringComparison.Ordinal);

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Pipeline dashboard", Level = 1 })).ToBeVisibleAsync();
        await Expect(page.Locator("#total-articles")).ToHaveTextAsync("3");
        var words = dashboard.Summary.GetProperty("words").GetInt64();
        Assert.True(words > 1000, $"the seeds hold thousands of words, not {words}");
        await Expect(page.Locator("#total-words")).ToHaveTextAsync(words.ToString("N0", CultureInfo.InvariantCulture));
        await Expect(page.Locator("#total-failed")).ToHaveTextAsync("1");
        await Expect(page.Locator("#total-last time")).ToHaveAttributeAsync("datetime", dashboard.Summary.GetProperty("lastIngestedAt").GetString()!);
        await Expect(page.Locator("#empty")).ToBeHiddenAsync();

        // The bar charts: every seed names Trump, ICE and the United States.
        await Expect(Chart(page, "Top people by number of articles").GetByRole(AriaRole.Button, new() { Name = "Donald Trump", Exact = true })).ToBeVisibleAsync();
        await Expect(Chart(page, "Top organizations by number of articles").GetByRole(AriaRole.Button, new() { Name = "Immigration and Customs Enforcement", Exact = true })).ToBeVisibleAsync();
        await Expect(Chart(page, "Top places by number of articles").GetByRole(AriaRole.Button, new() { Name = "United States", Exact = true })).ToBeVisibleAsync();
        await Expect(Chart(page, "Top sources by number of articles").GetByRole(AriaRole.Button)).ToHaveTextAsync(["CNN", "NBC News"]);
        var trump = Chart(page, "Top people by number of articles").GetByRole(AriaRole.Listitem).Filter(new() { HasText = "Donald Trump" });
        await Expect(trump.Locator(".value")).ToHaveTextAsync("3 articles");
        var people = dashboard.Summary.GetProperty("topEntitiesByType").GetProperty("person").GetArrayLength();
        await Expect(Chart(page, "Top people by number of articles").GetByRole(AriaRole.Listitem)).ToHaveCountAsync(people);

        // The column chart says what it shows in words; its numbers are also a table.
        var days = page.Locator("#days").GetByRole(AriaRole.Img);
        await Expect(days).ToHaveAttributeAsync("aria-label", new Regex("^Articles per day: 3 articles over "));
        await Expect(page.Locator("#days table td.num").First).ToHaveTextAsync("3", new() { UseInnerText = false });

        // The biggest figures, each with its sentence and the title of its article.
        var largest = dashboard.Summary.GetProperty("largestAmounts").GetProperty("USD")[0];
        var figure = page.Locator("#figures li").First;
        await Expect(figure.Locator(".amount")).ToHaveTextAsync(largest.GetProperty("text").GetString()!);
        await Expect(figure.Locator(".sentence")).ToHaveTextAsync(largest.GetProperty("sentence").GetString()!);
        await Expect(figure.Locator("cite")).ToHaveTextAsync(largest.GetProperty("title").GetString()!);

        // The failed file, with its reason.
        var failed = page.Locator("#failed-files tbody tr");
        await Expect(failed).ToHaveCountAsync(1);
        await Expect(failed.Locator("td.file")).ToHaveTextAsync(SeededDashboard.BrokenFile);
        await Expect(failed).ToContainTextAsync("file is empty");
        await Expect(page.Locator("#quarantined-files")).ToHaveTextAsync("None.");
        await Expect(page.Locator("#status")).ToContainTextAsync("refreshes every 5 seconds");

        // Every API call carried the key the page was opened with.
        var apiCalls = session.Requests.Where(r => r.Url.Contains("/api/", StringComparison.Ordinal) && !r.Url.Contains("/api/dashboard", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(apiCalls);
        foreach (var call in apiCalls)
        {
            Assert.Equal(SeededDashboard.ApiKey, await call.HeaderValueAsync("x-functions-key"));
        }

        if (Environment.GetEnvironmentVariable(ScreenshotVariable) is { Length: > 0 } path)
        {
            await page.ScreenshotAsync(new() { Path = Path.Combine(Repository.Root.FullName, path), FullPage = true });
        }

        session.AssertClean();
    }

    [Fact]
    public async Task Clicking_an_entity_shows_its_trend_aliases_neighbours_and_articles()
    {
        await using var session = await dashboard.Chromium.OpenAsync();
        var page = session.Page;
        await page.GotoAsync(dashboard.DashboardAddress(fast: false).ToString());

        await Chart(page, "Top people by number of articles").GetByRole(AriaRole.Button, new() { Name = "Donald Trump", Exact = true }).ClickAsync();
        var detail = page.GetByRole(AriaRole.Dialog);
        await Expect(detail).ToBeVisibleAsync();
        await Expect(detail).ToHaveAccessibleNameAsync("Donald Trump");
        Assert.EndsWith("#entity=person/donald%20trump", page.Url, StringComparison.Ordinal);
        await Expect(detail.Locator("dl.facts")).ToContainTextAsync("Articles3");
        await Expect(detail.GetByRole(AriaRole.Img)).ToHaveAttributeAsync("aria-label", new Regex("^Articles naming Donald Trump per day: 3 articles over "));
        await Expect(detail.Locator("ul.aliases li")).ToContainTextAsync(["Trump"]);

        // Its recent articles: the three seeds.
        var articles = detail.Locator("ol.articles > li");
        await Expect(articles).ToHaveCountAsync(3);
        foreach (var seed in Seeds.Names)
        {
            await Expect(articles.Filter(new() { HasText = seed })).ToHaveCountAsync(1);
        }

        // A co-occurring entity is a chip that opens its own detail.
        var chips = detail.GetByRole(AriaRole.List, new() { Name = "Entities named alongside Donald Trump" });
        await chips.GetByRole(AriaRole.Button, new() { Name = "Department of Homeland Security" }).ClickAsync();
        await Expect(detail).ToHaveAccessibleNameAsync("Department of Homeland Security");
        await Expect(detail.GetByRole(AriaRole.Img)).ToHaveAttributeAsync("aria-label", new Regex("^Articles naming Department of Homeland Security per day: 3 articles"));
        await Expect(detail.Locator("ol.articles > li")).ToHaveCountAsync(3);

        // Escape closes it, and the address forgets it.
        await page.Keyboard.PressAsync("Escape");
        await Expect(detail).ToBeHiddenAsync();
        Assert.DoesNotContain("#entity", page.Url, StringComparison.Ordinal);

        // A link to an entity opens it directly (in a second tab: navigating away would abort the first one's polls).
        var linked = await page.Context.NewPageAsync();
        await linked.GotoAsync(new Uri(dashboard.Runtime.Address, $"/api/dashboard?code={SeededDashboard.ApiKey}#entity=location/united%20states").ToString());
        await Expect(linked.GetByRole(AriaRole.Dialog)).ToHaveAccessibleNameAsync("United States");
        await Expect(linked.GetByRole(AriaRole.Dialog).Locator("ol.articles > li")).ToHaveCountAsync(3);
        session.AssertClean();
    }

    [Fact]
    public async Task Polls_send_the_ETag_they_were_given_and_a_304_renders_nothing()
    {
        await using var session = await dashboard.Chromium.OpenAsync();
        var page = session.Page;
        await page.GotoAsync(dashboard.DashboardAddress().ToString());
        await Expect(page.Locator("#total-articles")).ToHaveTextAsync("3");
        await Expect(page.Locator("#failed-files tbody tr")).ToHaveCountAsync(1);

        // Mark what is on screen; a re-render would replace these nodes with unmarked ones.
        const string mark = "el => el.dataset.marked = 'yes'";
        foreach (var selector in new[] { "#people li", "#days svg", "#figures li", "#failed-files tbody tr" })
        {
            await page.Locator(selector).First.EvaluateAsync(mark);
        }

        using var current = await dashboard.Runtime.Http.GetAsync(new Uri("api/summary", UriKind.Relative));
        var etag = current.Headers.ETag?.ToString();
        Assert.NotNull(etag);
        var notModified = await page.WaitForResponseAsync(r => r.Url.EndsWith("/api/summary", StringComparison.Ordinal) && r.Status == 304);
        Assert.Equal(etag, await notModified.Request.HeaderValueAsync("if-none-match"));
        await page.WaitForResponseAsync(r => r.Url.EndsWith("/api/files?state=failed", StringComparison.Ordinal) && r.Status == 304);
        // The next round starts only once the previous one is handled, 304s included.
        await page.WaitForRequestAsync(r => r.Url.EndsWith("/api/summary", StringComparison.Ordinal));

        foreach (var selector in new[] { "#people li", "#days svg", "#figures li", "#failed-files tbody tr" })
        {
            await Expect(page.Locator(selector).First).ToHaveAttributeAsync("data-marked", "yes");
        }

        session.AssertClean();
    }

    [Fact]
    public async Task Without_its_key_the_page_says_why_and_keeps_polling()
    {
        await using var session = await dashboard.Chromium.OpenAsync();
        var page = session.Page;
        await page.GotoAsync(dashboard.DashboardAddress(withKey: false).ToString());

        var alert = page.Locator("#alerts");
        await Expect(alert).ToHaveAttributeAsync("role", "alert");
        await Expect(alert).ToContainTextAsync("Summary: the API answered 401");
        await Expect(alert).ToContainTextAsync("x-functions-key");
        await Expect(page.Locator("#status")).ToContainTextAsync("failed");
        var before = SummaryRequests(session);
        await page.WaitForRequestAsync(r => r.Url.EndsWith("/api/summary", StringComparison.Ordinal));
        Assert.True(SummaryRequests(session) > before, "the page asks again after a failure");

        // The page logs nothing of its own; the only errors are the browser's notes of the 401 answers.
        Assert.All(session.ConsoleErrors, e => Assert.Contains("status of 401", e, StringComparison.Ordinal));
        Assert.All(session.FailedRequests, e => Assert.EndsWith("HTTP 401", e, StringComparison.Ordinal));
        Assert.Empty(session.OffLoopbackRequests);
    }

    [Fact]
    public async Task While_the_API_is_unreachable_the_page_keeps_its_data_shows_the_problem_and_recovers()
    {
        await using var session = await dashboard.Chromium.OpenAsync();
        var page = session.Page;
        await page.GotoAsync(dashboard.DashboardAddress().ToString());
        await Expect(page.Locator("#total-articles")).ToHaveTextAsync("3");

        // The connection to the API fails, as when the runtime is down.
        await page.RouteAsync("**/api/summary", route => route.AbortAsync("connectionrefused"));
        var alert = page.Locator("#alerts");
        await Expect(alert).ToContainTextAsync("Summary: the API cannot be reached");
        await Expect(page.Locator("#total-articles")).ToHaveTextAsync("3");
        await Expect(Chart(page, "Top people by number of articles").GetByRole(AriaRole.Button, new() { Name = "Donald Trump", Exact = true })).ToBeVisibleAsync();

        await page.UnrouteAllAsync();
        await Expect(alert).ToBeEmptyAsync();
        await Expect(page.Locator("#status")).ToContainTextAsync("Up to date");
        Assert.All(session.FailedRequests, e => Assert.Contains("/api/summary", e, StringComparison.Ordinal));
        Assert.All(session.ConsoleErrors, e => Assert.Contains("net::ERR_CONNECTION_REFUSED", e, StringComparison.Ordinal));
        Assert.Empty(session.OffLoopbackRequests);
    }

    [Fact]
    public async Task The_browser_cannot_reach_beyond_loopback()
    {
        await using var session = await dashboard.Chromium.OpenAsync();
        var probe = await session.Page.Context.NewPageAsync();
        foreach (var address in new[] { "http://example.com/", "https://www.nuget.org/", "http://192.0.2.1/", "http://[2001:db8::1]/" })
        {
            var error = await Assert.ThrowsAsync<PlaywrightException>(() => probe.GotoAsync(address));
            Assert.Contains("net::ERR_NAME_NOT_RESOLVED", error.Message, StringComparison.Ordinal);
        }

        // The page itself may only talk to its own origin, whatever it tries.
        await session.Page.GotoAsync(dashboard.DashboardAddress().ToString());
        var outcome = await session.Page.EvaluateAsync<string>("() => fetch('http://192.0.2.1/').then(() => 'reached', e => 'blocked: ' + e.message)");
        Assert.StartsWith("blocked", outcome, StringComparison.Ordinal);
    }

    private static ILocator Chart(IPage page, string name) => page.GetByRole(AriaRole.List, new() { Name = name, Exact = true });

    private static int SummaryRequests(BrowserSession session) =>
        session.Requests.Count(r => r.Url.EndsWith("/api/summary", StringComparison.Ordinal));
}
