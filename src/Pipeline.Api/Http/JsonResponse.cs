using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace Pipeline.Api.Http;

/// <summary>
/// Writes JSON bodies with a strong ETag, and answers a matching <c>If-None-Match</c> with 304, so pollers
/// pay nothing for an unchanged body.
/// </summary>
public static class JsonResponse
{
    public static async Task WriteAsync<T>(
        HttpContext context,
        T value,
        JsonTypeInfo<T> typeInfo,
        int statusCode = StatusCodes.Status200OK,
        TimeSpan? maxAge = null)
    {
        ArgumentNullException.ThrowIfNull(context);
        var body = JsonSerializer.SerializeToUtf8Bytes(value, typeInfo);
        var etag = new EntityTagHeaderValue("\"" + Convert.ToHexStringLower(SHA256.HashData(body).AsSpan(0, 16)) + "\"");
        var response = context.Response;
        response.Headers.ETag = etag.ToString();
        response.Headers.CacheControl = maxAge is { } age
            ? $"public, max-age={(int)age.TotalSeconds}"
            : "no-store";

        if (statusCode == StatusCodes.Status200OK && Matches(context.Request, etag))
        {
            response.StatusCode = StatusCodes.Status304NotModified;
            return;
        }

        response.StatusCode = statusCode;
        response.ContentType = "application/json; charset=utf-8";
        response.ContentLength = body.Length;
        await response.Body.WriteAsync(body, context.RequestAborted);
    }

    private static bool Matches(HttpRequest request, EntityTagHeaderValue etag)
    {
        var header = request.GetTypedHeaders().IfNoneMatch;
        return header is { Count: > 0 } && header.Any(candidate => candidate.Equals(EntityTagHeaderValue.Any) || candidate.Compare(etag, useStrongComparison: true));
    }
}
