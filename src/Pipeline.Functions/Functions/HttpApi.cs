using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Pipeline.Api;
using Pipeline.Api.Endpoints;

namespace Pipeline.Functions.Functions;

/// <summary>
/// The HTTP API. Each function hands the request to the handler that <c>pipeline run</c> also serves, which
/// writes the response itself (status, ETag, body); the function returns <see cref="EmptyResult"/> so nothing
/// is written twice.
/// </summary>
public sealed class HttpApi
{
    private readonly SummaryEndpoint _summary;
    private readonly HealthEndpoint _health;

    public HttpApi(SummaryEndpoint summary, HealthEndpoint health)
    {
        _summary = summary;
        _health = health;
    }

    /// <summary><c>GET /api/summary</c> for downstream services (function key required).</summary>
    [Function(nameof(GetSummary))]
    public Task<IActionResult> GetSummary(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = ApiRoutes.Summary)] HttpRequest request) =>
        ServeAsync(request, _summary.HandleAsync);

    /// <summary><c>GET /api/health</c>: anonymous liveness and storage readiness, for probes and load balancers.</summary>
    [Function(nameof(GetHealth))]
    public Task<IActionResult> GetHealth(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = ApiRoutes.Health)] HttpRequest request) =>
        ServeAsync(request, _health.HandleAsync);

    private static async Task<IActionResult> ServeAsync(HttpRequest request, Func<HttpContext, Task> handler)
    {
        ArgumentNullException.ThrowIfNull(request);
        await handler(request.HttpContext);
        return new EmptyResult();
    }
}
