using Microsoft.AspNetCore.Http;
using Pipeline.Api.Http;
using Pipeline.Storage.Hosting;

namespace Pipeline.Api.Endpoints;

/// <summary><c>GET /api/health</c>: the process is alive (any answer) and ready when storage can be reached (200, else 503).</summary>
public sealed class HealthEndpoint
{
    private readonly StorageHealthProbe _probe;

    public HealthEndpoint(StorageHealthProbe probe) => _probe = probe;

    public async Task HandleAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var health = await _probe.CheckAsync(context.RequestAborted);
        var report = new HealthReport(health.Reachable ? "healthy" : "unhealthy", health.Reachable, health.Problem);
        await JsonResponse.WriteAsync(
            context,
            report,
            ApiJsonContext.Default.HealthReport,
            health.Reachable ? StatusCodes.Status200OK : StatusCodes.Status503ServiceUnavailable);
    }
}

/// <summary>The body of a health response.</summary>
public sealed record HealthReport(string Status, bool StorageReachable, string? Problem);
