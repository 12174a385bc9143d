using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Pipeline.Api;
using Pipeline.Api.Endpoints;

namespace Pipeline.Functions.Functions;

/// <summary><c>GET /api/summary</c> for downstream services (function key required).</summary>
public sealed class GetSummary
{
    private readonly SummaryEndpoint _endpoint;

    public GetSummary(SummaryEndpoint endpoint) => _endpoint = endpoint;

    [Function(nameof(GetSummary))]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = ApiRoutes.Summary)] HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        await _endpoint.HandleAsync(request.HttpContext);
        return new EmptyResult();
    }
}
