using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Pipeline.Api;
using Pipeline.Api.Endpoints;

namespace Pipeline.Functions.Functions;

/// <summary><c>GET /api/health</c>: anonymous liveness and storage readiness, for probes and load balancers.</summary>
public sealed class GetHealth
{
    private readonly HealthEndpoint _endpoint;

    public GetHealth(HealthEndpoint endpoint) => _endpoint = endpoint;

    [Function(nameof(GetHealth))]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = ApiRoutes.Health)] HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        await _endpoint.HandleAsync(request.HttpContext);
        return new EmptyResult();
    }
}
