using Microsoft.AspNetCore.Http;
using Pipeline.Api.Http;
using Pipeline.Storage.Summaries;

namespace Pipeline.Api.Endpoints;

/// <summary>
/// <c>GET /api/summary</c>: corpus totals, the top entities overall and per type, top sources, articles per day and
/// the largest amounts.
/// </summary>
public sealed class SummaryEndpoint(SummaryReader reader, ResponseCache cache)
{
    /// <summary>Pollers may reuse a summary this long; ingestion moves it at most this far behind.</summary>
    public static readonly TimeSpan MaxAge = TimeSpan.FromSeconds(5);

    public Task HandleAsync(HttpContext context) =>
        JsonResponse.ServeAsync(context, cache, MaxAge, ApiJsonContext.Default.CorpusSummary, async ct => (CorpusSummary?)await reader.ReadAsync(ct));
}
