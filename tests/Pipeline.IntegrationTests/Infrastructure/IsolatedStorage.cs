using System.Text;
using Azure.Core;
using Azure.Core.Pipeline;
using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Pipeline.Api;
using Pipeline.Core;
using Pipeline.Storage.Articles;
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

    /// <summary>The same settings as environment variables, as a <c>pipeline</c> process reads them.</summary>
    public IReadOnlyDictionary<string, string?> Environment =>
        Settings.ToDictionary(s => s.Key.Replace(":", "__", StringComparison.Ordinal), s => s.Value);

    /// <summary>Uploads <paramref name="text"/> as UTF-8 under <paramref name="name"/>, replacing any blob there.</summary>
    public async Task<BlobClient> UploadTextAsync(string name, string text)
    {
        var blob = Storage.Articles.GetBlobClient(name);
        await blob.UploadAsync(new BinaryData(Encoding.UTF8.GetBytes(text)), overwrite: true);
        return blob;
    }

    /// <summary>
    /// An ingestor of this deployment on clients of its own, with <paramref name="policy"/> in their pipelines (to
    /// count or fail requests) and no retries, and with its own clock: another instance, as the tests need it.
    /// </summary>
    public (ArticleIngestor Ingestor, PipelineStorage Storage) CreateIngestor(HttpPipelinePolicy? policy, TimeProvider time)
    {
        var blobOptions = new BlobClientOptions();
        var tableOptions = new TableClientOptions();
        if (policy is not null)
        {
            blobOptions.AddPolicy(policy, HttpPipelinePosition.PerCall);
            tableOptions.AddPolicy(policy, HttpPipelinePosition.PerCall);
        }

        blobOptions.Retry.MaxRetries = 0;
        tableOptions.Retry.MaxRetries = 0;
        var storage = new PipelineStorage(
            new BlobServiceClient(Azurite.ConnectionString, blobOptions),
            new TableServiceClient(Azurite.ConnectionString, tableOptions),
            Microsoft.Extensions.Options.Options.Create(Storage.Options));
        var ingestor = new ArticleIngestor(storage, new Aggregates(storage, NullLogger<Aggregates>.Instance), new ArticleAnalyzer(), time, NullLogger<ArticleIngestor>.Instance);
        return (ingestor, storage);
    }

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
            .AddPipelineApi(configuration)
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
        ["Pipeline:Storage:ReprocessQueue"] = "reprocess-" + prefix.ToLowerInvariant(),
        // Tests read what they just wrote: the API checks the corpus's change stamp on every request.
        ["Pipeline:Api:FreshnessMilliseconds"] = "0",
    };

    public async ValueTask DisposeAsync()
    {
        await Storage.Articles.DeleteIfExistsAsync();
        await Storage.Results.DeleteIfExistsAsync();
        if (Storage.ReprocessQueue is not null)
        {
            await Storage.ReprocessQueue.DeleteIfExistsAsync();
        }

        foreach (var table in Storage.Tables)
        {
            await table.DeleteAsync();
        }

        await Services.DisposeAsync();
    }
}
