using Microsoft.Playwright;

namespace Pipeline.IntegrationTests.Dashboard;

/// <summary>
/// Headless Debian Chromium driven by Playwright (DESIGN.md item 8), confined to loopback: its host resolver maps every
/// name but 127.0.0.1 to "not found", so nothing the page does can reach another machine. Launched once per test class
/// (as a class fixture or part of one); each test opens a fresh <see cref="BrowserSession"/> in it.
/// </summary>
public sealed class Chromium : IAsyncLifetime
{
    public const string ExecutablePath = "/usr/bin/chromium";

    private static readonly string[] Args =
    [
        "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-extensions",
        "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1",
    ];

    private IPlaywright? _playwright;
    private IBrowser? _browser;

    static Chromium()
    {
        // Playwright's Expect() polls the page until a deadline: generous, as the tests share two cores with others.
        Assertions.SetDefaultExpectTimeout(15_000);
    }

    public IBrowser Browser => _browser ?? throw new InvalidOperationException("Chromium has not been launched.");

    public async Task InitializeAsync()
    {
        if (!File.Exists(ExecutablePath))
        {
            throw new InvalidOperationException(
                $"The dashboard's browser tests need Chromium at {ExecutablePath}. eng/test.sh installs it (apt-get install -y chromium, as root).");
        }

        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ExecutablePath,
            Headless = true,
            Args = Args,
        });
    }

    /// <summary>A new browser context (no shared cache or storage) with one page, recording everything that goes wrong in it.</summary>
    public async Task<BrowserSession> OpenAsync()
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = 1280, Height = 800 },
            Locale = "en-US",
            TimezoneId = "UTC",
        });
        return await BrowserSession.StartAsync(context);
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.CloseAsync();
        }

        _playwright?.Dispose();
    }
}
