using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Pipeline.Api;
using Pipeline.Api.Endpoints;

namespace Pipeline.Functions.Functions;

/// <summary>
/// The HTTP API. Each function hands the request to the handler that <c>pipeline run</c> also serves, which
/// writes the response itself (status, ETag, body); the function returns <see cref="EmptyResult"/> so nothing
/// is written twice. Data needs a function key; health, the OpenAPI document and the dashboard page do not (the
/// page holds no data: it calls the API with the key it is opened with).
/// </summary>
public sealed class HttpApi(
    SummaryEndpoint summary,
    HealthEndpoint health,
    EntitiesEndpoint entities,
    ArticlesEndpoint articles,
    FilesEndpoint files,
    StaticDocuments documents)
{
    /// <summary><c>GET /api/summary</c> for downstream services.</summary>
    [Function(nameof(GetSummary))]
    public Task<IActionResult> GetSummary(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = ApiRoutes.Summary)] HttpRequest request) =>
        ServeAsync(request, summary.HandleAsync);

    /// <summary><c>GET /api/health</c>: anonymous liveness and storage readiness, for probes and load balancers.</summary>
    [Function(nameof(GetHealth))]
    public Task<IActionResult> GetHealth(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = ApiRoutes.Health)] HttpRequest request) =>
        ServeAsync(request, health.HandleAsync);

    [Function(nameof(ListEntities))]
    public Task<IActionResult> ListEntities(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = ApiRoutes.Entities)] HttpRequest request) =>
        ServeAsync(request, entities.ListAsync);

    [Function(nameof(GetEntity))]
    public Task<IActionResult> GetEntity(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = ApiRoutes.Entity)] HttpRequest request, string type, string key) =>
        ServeAsync(request, context => entities.GetAsync(context, type, key));

    [Function(nameof(ListArticles))]
    public Task<IActionResult> ListArticles(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = ApiRoutes.Articles)] HttpRequest request) =>
        ServeAsync(request, articles.ListAsync);

    [Function(nameof(GetArticle))]
    public Task<IActionResult> GetArticle(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = ApiRoutes.Article)] HttpRequest request, string id) =>
        ServeAsync(request, context => articles.GetAsync(context, id));

    /// <summary><c>GET /api/files</c>: the operator's view of dropped files and their fate.</summary>
    [Function(nameof(ListFiles))]
    public Task<IActionResult> ListFiles(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = ApiRoutes.Files)] HttpRequest request) =>
        ServeAsync(request, files.ListAsync);

    [Function(nameof(GetFile))]
    public Task<IActionResult> GetFile(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = ApiRoutes.File)] HttpRequest request, string name) =>
        ServeAsync(request, context => files.GetAsync(context, name));

    /// <summary><c>POST /api/files/{name}/reprocess</c>: queue a file for processing again.</summary>
    [Function(nameof(ReprocessFile))]
    public Task<IActionResult> ReprocessFile(
        [HttpTrigger(AuthorizationLevel.Function, "post", Route = ApiRoutes.Reprocess)] HttpRequest request, string name) =>
        ServeAsync(request, context => files.ReprocessAsync(context, name));

    [Function(nameof(GetOpenApi))]
    public Task<IActionResult> GetOpenApi(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = ApiRoutes.OpenApi)] HttpRequest request) =>
        ServeAsync(request, documents.OpenApiAsync);

    [Function(nameof(GetDashboard))]
    public Task<IActionResult> GetDashboard(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = ApiRoutes.Dashboard)] HttpRequest request) =>
        ServeAsync(request, documents.DashboardAsync);

    private static async Task<IActionResult> ServeAsync(HttpRequest request, Func<HttpContext, Task> handler)
    {
        ArgumentNullException.ThrowIfNull(request);
        await handler(request.HttpContext);
        return new EmptyResult();
    }
}
