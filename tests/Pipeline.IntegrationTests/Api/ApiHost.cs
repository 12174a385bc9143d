using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Pipeline.Api;
using Pipeline.Cli.Runtime;
using Pipeline.IntegrationTests.Infrastructure;
using Pipeline.Storage.Articles;
using Pipeline.Storage.Hosting;

namespace Pipeline.IntegrationTests.Api;

/// <summary>
/// The API's handlers on an in-memory server, mapped exactly as <c>pipeline run</c> maps them, over a private
/// storage holding the three seeds and one broken file: what every API test reads.
/// </summary>
public sealed class ApiHost : IAsyncLifetime
{
    public const string BrokenFile = "broken/empty.txt";

    private WebApplication? _app;

    internal IsolatedStorage Storage { get; private set; } = null!;

    /// <summary>The key to require, as <c>pipeline run</c> does when one is configured; none by default.</summary>
    public string? ApiKey { get; init; }

    public HttpClient Http { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Storage = await IsolatedStorage.CreateAsync();
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseTestServer();
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Configuration.AddInMemoryCollection(Storage.Settings);
        builder.Services.AddPipelineStorage(builder.Configuration).AddPipelineApi(builder.Configuration);
        _app = builder.Build();
        if (ApiKey is not null)
        {
            _app.UseMiddleware<ApiKeyMiddleware>(ApiKey);
        }

        _app.MapPipelineApi();
        await _app.StartAsync();
        Http = _app.GetTestClient();

        var ingestor = Storage.Get<ArticleIngestor>();
        foreach (var name in Seeds.Names)
        {
            await ingestor.ProcessAsync(await Seeds.UploadAsync(Storage.Storage.Articles, name), CancellationToken.None);
        }

        await ingestor.ProcessAsync(await Storage.UploadTextAsync(BrokenFile, ""), CancellationToken.None);
    }

    internal PipelineStorage PipelineStorage => Storage.Storage;

    /// <summary>Every route the host maps, as <c>(METHOD, /api/...)</c>.</summary>
    public IReadOnlyList<(string Method, string Route)> Routes =>
        [.. _app!.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .SelectMany(e => (e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? []).Select(m => (m, "/" + e.RoutePattern.RawText!.TrimStart('/'))))];

    public async Task<HttpResponseMessage> GetAsync(string path, string? ifNoneMatch = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (ifNoneMatch is not null)
        {
            request.Headers.IfNoneMatch.Add(EntityTagHeaderValue.Parse(ifNoneMatch));
        }

        return await Http.SendAsync(request);
    }

    public async Task<(HttpResponseMessage Response, JsonElement Body)> GetJsonAsync(string path, string? ifNoneMatch = null)
    {
        var response = await GetAsync(path, ifNoneMatch);
        var text = await response.Content.ReadAsStringAsync();
        using var json = text.Length == 0 ? JsonDocument.Parse("null") : JsonDocument.Parse(text);
        return (response, json.RootElement.Clone());
    }

    public async Task DisposeAsync()
    {
        Http.Dispose();
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }

        await Storage.DisposeAsync();
    }
}
