using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Pipeline.Api;
using Pipeline.Storage.Hosting;

namespace Pipeline.IntegrationTests.Infrastructure;

/// <summary>
/// A pipeline deployment of its own inside the shared test Azurite: a unique container and table prefix, so
/// tests run in parallel without seeing each other's data, removed again at the end.
/// </summary>
internal sealed class IsolatedStorage : IAsyncDisposable
{
    private IsolatedStorage(ServiceProvider services, string prefix, string container)
    {
        Services = services;
        Prefix = prefix;
        Container = container;
        Storage = services.GetRequiredService<PipelineStorage>();
    }

    public ServiceProvider Services { get; }

    public string Prefix { get; }

    public string Container { get; }

    public PipelineStorage Storage { get; }

    /// <summary>The settings that point a pipeline host at this deployment.</summary>
    public IReadOnlyDictionary<string, string?> Settings => SettingsFor(Prefix, Container);

    public T Get<T>()
        where T : notnull => Services.GetRequiredService<T>();

    /// <param name="settings">Further settings on top of the ones that isolate this deployment.</param>
    public static async Task<IsolatedStorage> CreateAsync(IReadOnlyDictionary<string, string?>? settings = null)
    {
        var id = Guid.NewGuid().ToString("N")[..12];
        var prefix = "t" + id;
        var container = "articles-" + id;
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(SettingsFor(prefix, container))
            .AddInMemoryCollection(settings ?? new Dictionary<string, string?>())
            .Build();
        var services = new ServiceCollection()
            .AddLogging(logging => logging.SetMinimumLevel(LogLevel.Warning))
            .AddPipelineStorage(configuration)
            .AddPipelineApi()
            .AddSingleton<Pipeline.Functions.Functions.IngestArticle>()
            .AddSingleton<Pipeline.Functions.Functions.HttpApi>()
            .BuildServiceProvider();
        var isolated = new IsolatedStorage(services, prefix, container);
        await isolated.Storage.EnsureCreatedAsync(CancellationToken.None);
        return isolated;
    }

    private static Dictionary<string, string?> SettingsFor(string prefix, string container) => new()
    {
        [StorageConnection.DefaultName] = Azurite.ConnectionString,
        ["Pipeline:Storage:TablePrefix"] = prefix,
        ["Pipeline:Storage:ArticlesContainer"] = container,
    };

    public async ValueTask DisposeAsync()
    {
        await Storage.Articles.DeleteIfExistsAsync();
        foreach (var table in Storage.Tables)
        {
            await table.DeleteAsync();
        }

        await Services.DisposeAsync();
    }
}
