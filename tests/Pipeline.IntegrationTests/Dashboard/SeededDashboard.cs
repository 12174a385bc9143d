using System.Text.Json;
using Pipeline.IntegrationTests.Infrastructure;

namespace Pipeline.IntegrationTests.Dashboard;

/// <summary>
/// The class fixture of <see cref="DashboardTests"/>: one Chromium, and one <c>pipeline run</c> on its own Azurite
/// deployment holding the three seeds and one broken (empty) file, ingested before the first test. The runtime
/// wants an API key, as the function app does; the dashboard gets it from <c>?code=</c>.
/// </summary>
public sealed class SeededDashboard : IAsyncLifetime
{
    public const string ApiKey = "dashboard-test-key";
    public const string BrokenFile = "broken.txt";

    private IsolatedStorage? _storage;
    private LocalRuntime? _runtime;

    public Chromium Chromium { get; } = new();

    /// <summary>The summary the API serves once everything is ingested.</summary>
    public JsonElement Summary { get; private set; }

    internal LocalRuntime Runtime => _runtime ?? throw new InvalidOperationException("The runtime has not started.");

    /// <summary>
    /// The dashboard's address, through the local runtime's front page, with the key unless told otherwise; a test that
    /// watches the page poll has it poll every second rather than every five.
    /// </summary>
    public Uri DashboardAddress(bool withKey = true, bool fast = true) =>
        new(Runtime.Address, "/?" + string.Join('&', new[] { withKey ? "code=" + ApiKey : null, fast ? "refresh=1" : null }.OfType<string>()));

    public async Task InitializeAsync()
    {
        var browser = Chromium.InitializeAsync();
        _storage = await IsolatedStorage.CreateAsync();
        _runtime = await LocalRuntime.StartAsync(_storage, connectionString: null, new Dictionary<string, string?> { ["Pipeline__Api__Key"] = ApiKey });
        _runtime.Http.DefaultRequestHeaders.Add("x-functions-key", ApiKey);
        foreach (var name in Seeds.Names)
        {
            await Seeds.UploadAsync(_storage.Storage.Articles, name);
        }

        await _storage.UploadTextAsync(BrokenFile, "");
        Summary = await Eventually.ReturnsAsync(
            _runtime.GetSummaryAsync,
            s => s.GetProperty("articles").GetInt64() == 3 && s.GetProperty("failedFiles").GetInt64() == 1,
            "the summary counts 3 articles and 1 failed file");
        await browser;
    }

    public async Task DisposeAsync()
    {
        await Chromium.DisposeAsync();
        if (_runtime is not null)
        {
            await _runtime.DisposeAsync();
        }

        if (_storage is not null)
        {
            await _storage.DisposeAsync();
        }
    }
}
