using System.Text.Json;
using Microsoft.Playwright;
using Pipeline.IntegrationTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Pipeline.IntegrationTests.Dashboard;

/// <summary>
/// The dashboard watching a corpus change under it: empty at first, then files arrive, with names that are markup.
/// A <c>pipeline run</c> of its own per test (the corpus changes); one Chromium for the class.
/// </summary>
public sealed class DashboardLiveTests(Chromium chromium) : IClassFixture<Chromium>
{
    private const string PageTitle = "Pipeline dashboard";

    /// <summary>An empty file, so a failed one, whose name would run script if it were ever inserted as markup.</summary>
    private const string HostileFile = "<img src=x onerror=\"document.title='pwned'\">.txt";

    // Plain text whose title and entities hold markup and entities the page must show as they are.
    private const string HostileText = """
        Acme <Bold> & "names" in the news

        Jean-Luc O'Brien & Sons said on Monday that Bob <script>document.title='pwned'</script> Smith met Alice Jones in Paris.
        Jean-Luc O'Brien & Sons and the Acme <b>Bold</b> Corporation signed a deal worth $5 million with Alice Jones.
        Later, O'Brien told Reuters that Alice Jones would visit Paris again.
        """;

    [Fact]
    public async Task An_empty_corpus_shows_a_friendly_state_then_updates_itself_showing_hostile_names_as_text()
    {
        await using var storage = await IsolatedStorage.CreateAsync();
        await using var runtime = await LocalRuntime.StartAsync(storage);
        await using var session = await chromium.OpenAsync();
        var page = session.Page;
        await page.GotoAsync(new Uri(runtime.Address, "/api/dashboard?refresh=1").ToString());

        var empty = page.GetByRole(AriaRole.Region, new() { Name = "No articles yet" });
        await Expect(empty).ToBeVisibleAsync();
        await Expect(empty).ToContainTextAsync("this page refreshes itself");
        await Expect(page.Locator("#total-articles")).ToHaveTextAsync("0");
        await Expect(page.Locator("#total-last")).ToHaveTextAsync("never");
        await Expect(page.Locator("#people")).ToHaveTextAsync("No people yet.");
        await Expect(page.Locator("#days")).ToHaveTextAsync("No articles to chart yet.");
        await Expect(page.Locator("#figures")).ToHaveTextAsync("No money amounts found yet.");
        await Expect(page.Locator("#failed-files")).ToHaveTextAsync("No file has failed.");
        await Expect(page.Locator("#status")).ToContainTextAsync("Up to date");

        // Files arrive while the page is open: it shows them without being reloaded.
        await storage.UploadTextAsync("hostile.txt", HostileText);
        await storage.UploadTextAsync(HostileFile, "");
        await Expect(page.Locator("#total-articles")).ToHaveTextAsync("1", new() { Timeout = 60_000 });
        await Expect(page.Locator("#failed-files tbody tr")).ToHaveCountAsync(1, new() { Timeout = 60_000 });
        await Expect(empty).ToBeHiddenAsync();

        // Each name exactly as the API gives it, as text: no markup made of it, no script run.
        var summary = await Eventually.ReturnsAsync(runtime.GetSummaryAsync, s => s.GetProperty("failedFiles").GetInt64() == 1, "the summary counts the failed file");
        var shown = new List<string>();
        foreach (var (type, list) in new[] { ("person", "#people"), ("organization", "#organizations"), ("location", "#places") })
        {
            var names = summary.GetProperty("topEntitiesByType").GetProperty(type).EnumerateArray().Select(e => e.GetProperty("name").GetString()!).ToList();
            await Expect(page.Locator(list + " button")).ToHaveTextAsync([.. names]);
            shown.AddRange(names);
        }

        Assert.Contains(shown, name => name.Contains('<', StringComparison.Ordinal));
        Assert.Contains(shown, name => name.Contains('&', StringComparison.Ordinal));
        await Expect(page.Locator("#failed-files td.file")).ToHaveTextAsync(HostileFile);
        await Expect(page.Locator("#figures cite")).ToHaveTextAsync(Title(summary));
        await Expect(page.Locator("main img, main script, main b, dialog img")).ToHaveCountAsync(0);
        await Expect(page).ToHaveTitleAsync(PageTitle);

        // The same in an entity's detail, opened from a hostile name.
        var hostile = shown.First(name => name.Contains('<', StringComparison.Ordinal));
        await page.GetByRole(AriaRole.Button, new() { Name = hostile, Exact = true }).First.ClickAsync();
        var detail = page.GetByRole(AriaRole.Dialog);
        await Expect(detail).ToHaveAccessibleNameAsync(hostile);
        await Expect(detail.Locator("ol.articles .title")).ToHaveTextAsync(Title(summary));
        await Expect(detail.Locator("img, script, b")).ToHaveCountAsync(0);
        await Expect(page).ToHaveTitleAsync(PageTitle);
        session.AssertClean();
    }

    private static string Title(JsonElement summary) =>
        summary.GetProperty("largestAmounts").GetProperty("USD")[0].GetProperty("title").GetString()!;
}
