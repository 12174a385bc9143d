using Microsoft.AspNetCore.Http;
using Pipeline.Api.Http;
using Pipeline.Storage.Summaries;

namespace Pipeline.Api.Endpoints;

/// <summary><c>GET /api/summary</c>: corpus totals and the top entities, overall and per type.</summary>
public sealed class SummaryEndpoint
{
    /// <summary>Pollers may reuse a summary this long; ingestion moves it at most this far behind.</summary>
    public static readonly TimeSpan MaxAge = TimeSpan.FromSeconds(5);

    private readonly SummaryReader _reader;

    public SummaryEndpoint(SummaryReader reader) => _reader = reader;

    public async Task HandleAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var summary = await _reader.ReadAsync(context.RequestAborted);
        await JsonResponse.WriteAsync(context, summary, ApiJsonContext.Default.CorpusSummary, maxAge: MaxAge);
    }
}
