using System.Reflection;
using Microsoft.AspNetCore.Http;
using Pipeline.Api.Http;

namespace Pipeline.Api.Endpoints;

/// <summary>
/// <c>GET /api/openapi.json</c> and <c>GET /api/dashboard</c>: documents compiled into the assembly, served with a
/// strong ETag. The dashboard is one self-contained page (no CDN, no external requests).
/// </summary>
public sealed class StaticDocuments
{
    public static readonly TimeSpan MaxAge = TimeSpan.FromMinutes(5);

    private readonly (byte[] Body, string ETag) _openApi = Load("openapi.json");
    private readonly (byte[] Body, string ETag) _dashboard = Load("dashboard.html");

    /// <summary>The OpenAPI 3 document, as served.</summary>
    public ReadOnlyMemory<byte> OpenApiDocument => _openApi.Body;

    public Task OpenApiAsync(HttpContext context) =>
        JsonResponse.WriteBodyAsync(context, _openApi.Body, _openApi.ETag, StatusCodes.Status200OK, MaxAge);

    public Task DashboardAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        // Everything the page needs is inline; it may talk only to this API.
        context.Response.Headers.ContentSecurityPolicy = "default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data:; connect-src 'self'";
        return JsonResponse.WriteBodyAsync(context, _dashboard.Body, _dashboard.ETag, StatusCodes.Status200OK, MaxAge, "text/html; charset=utf-8");
    }

    private static (byte[], string) Load(string name)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("Pipeline.Api.Documents." + name)
            ?? throw new InvalidOperationException($"The embedded document {name} is missing from the build.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        var body = copy.ToArray();
        return (body, JsonResponse.ETagOf(body));
    }
}
