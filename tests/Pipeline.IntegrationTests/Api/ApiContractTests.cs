using System.Net;
using System.Reflection;
using System.Text.Json;
using Microsoft.Azure.Functions.Worker;
using Pipeline.Api;
using Pipeline.Functions.Functions;
using Pipeline.IntegrationTests.Infrastructure;

namespace Pipeline.IntegrationTests.Api;

/// <summary>
/// The JSON contract: every endpoint's body is checked against its schema in the served OpenAPI document, whose
/// schemas list every property as required and forbid others, so a change to a response's shape fails here until
/// the document changes with it; and the document's routes are exactly those both hosts serve.
/// </summary>
public sealed class ApiContractTests(ApiHost host) : IClassFixture<ApiHost>
{
    public static TheoryData<string, string, string, string> Cases => new()
    {
        { "/api/summary", "/api/summary", "get", "200" },
        { "/api/health", "/api/health", "get", "200" },
        { "/api/entities?type=person&top=3", "/api/entities", "get", "200" },
        { "/api/entities?q=trump&since=2000-01-01", "/api/entities", "get", "200" },
        { "/api/entities/person/donald%20trump?top=2", "/api/entities/{type}/{key}", "get", "200" },
        { "/api/articles?top=2", "/api/articles", "get", "200" },
        { "/api/articles?entity=person:donald%20trump&source=CNN", "/api/articles", "get", "200" },
        { "/api/articles/" + Seeds.CleanNbc, "/api/articles/{id}", "get", "200" },
        { "/api/articles/broken%2Fempty.txt", "/api/articles/{id}", "get", "200" },
        { "/api/files?top=2", "/api/files", "get", "200" },
        { "/api/files?state=failed", "/api/files", "get", "200" },
        { "/api/files/broken%2Fempty.txt", "/api/files/{name}", "get", "200" },
        { "/api/entities?top=500", "/api/entities", "get", "400" },
        { "/api/entities/person/nobody%20at%20all", "/api/entities/{type}/{key}", "get", "404" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Every_body_matches_its_schema_in_the_OpenAPI_document(string url, string path, string method, string status)
    {
        var schema = await SchemaAsync();
        var (response, body) = await host.GetJsonAsync(url);

        Assert.Equal(status, ((int)response.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture));
        var mediaType = status.StartsWith('2') ? "application/json" : "application/problem+json";
        Assert.Equal(mediaType, response.Content.Headers.ContentType?.MediaType);
        var errors = schema.Validate(body, schema.ResponseSchema(path, method, status, mediaType));
        Assert.True(errors.Count == 0, $"{url}:\n" + string.Join("\n", errors));
    }

    [Fact]
    public async Task Every_documented_operation_has_a_contract_case()
    {
        var schema = await SchemaAsync();
        var documented = Operations(schema.Document)
            .Where(o => o.Method == "get" && o.Path is not ("/api/openapi.json" or "/api/dashboard"))
            .Select(o => o.Path);

        Assert.Empty(documented.Except(Cases.Select(c => (string)c[1]).Distinct()));
    }

    [Fact]
    public async Task The_document_lists_exactly_the_routes_pipeline_run_maps_and_the_function_app_declares()
    {
        var schema = await SchemaAsync();
        var documented = Operations(schema.Document).Select(o => $"{o.Method.ToUpperInvariant()} {o.Path}").Order().ToList();
        var mapped = host.Routes.Select(r => $"{r.Method} {r.Route}").Order().ToList();
        var functions = typeof(HttpApi).GetMethods()
            .SelectMany(m => m.GetParameters())
            .Select(p => p.GetCustomAttribute<HttpTriggerAttribute>())
            .OfType<HttpTriggerAttribute>()
            .SelectMany(t => t.Methods!.Select(m => $"{m.ToUpperInvariant()} /{ApiRoutes.Prefix}/{t.Route}"))
            .Order()
            .ToList();

        Assert.Equal(documented, mapped);
        Assert.Equal(documented, functions);
    }

    [Fact]
    public async Task The_document_is_OpenAPI_3_and_every_reference_resolves()
    {
        var schema = await SchemaAsync();

        Assert.StartsWith("3.", schema.Document.GetProperty("openapi").GetString(), StringComparison.Ordinal);
        foreach (var reference in References(schema.Document))
        {
            var target = schema.Resolve(reference);
            Assert.True(target.ValueKind == JsonValueKind.Object, $"{reference} does not resolve");
        }
    }

    private async Task<OpenApiSchema> SchemaAsync()
    {
        var (response, body) = await host.GetJsonAsync("/api/openapi.json");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return new OpenApiSchema(body);
    }

    private static IEnumerable<(string Path, string Method)> Operations(JsonElement document) =>
        document.GetProperty("paths").EnumerateObject().SelectMany(p => p.Value.EnumerateObject().Select(m => (p.Name, m.Name)));

    private static IEnumerable<string> References(JsonElement node) => node.ValueKind switch
    {
        JsonValueKind.Object => node.EnumerateObject().SelectMany(p => p.Name == "$ref" ? [p.Value.GetString()!] : References(p.Value)),
        JsonValueKind.Array => node.EnumerateArray().SelectMany(References),
        _ => [],
    };
}
