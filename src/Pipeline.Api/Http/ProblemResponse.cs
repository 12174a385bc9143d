using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace Pipeline.Api.Http;

/// <summary>An error body as RFC 9457 describes it (<c>application/problem+json</c>).</summary>
public sealed record Problem(string Type, string Title, int Status, string Detail, string? Instance);

/// <summary>Writes errors as problem details, with a detail that says exactly what to fix.</summary>
public static class ProblemResponse
{
    public static async Task WriteAsync(HttpContext context, int status, string title, string detail)
    {
        ArgumentNullException.ThrowIfNull(context);
        var problem = new Problem("about:blank", title, status, detail, context.Request.Path + context.Request.QueryString);
        var body = JsonSerializer.SerializeToUtf8Bytes(problem, ApiJsonContext.Default.Problem);
        var response = context.Response;
        response.StatusCode = status;
        response.ContentType = "application/problem+json; charset=utf-8";
        response.Headers.CacheControl = "no-store";
        response.ContentLength = body.Length;
        await response.Body.WriteAsync(body, context.RequestAborted);
    }

    public static Task BadRequestAsync(HttpContext context, IEnumerable<string> problems) =>
        WriteAsync(context, StatusCodes.Status400BadRequest, "Bad request parameters", string.Join(" ", problems));

    public static Task NotFoundAsync(HttpContext context, string detail) =>
        WriteAsync(context, StatusCodes.Status404NotFound, "Not found", detail);
}
