using System.Globalization;
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
    /// <summary>
    /// Serves what <paramref name="build"/> returns, or the body this URL had while the corpus has not changed since
    /// (from <paramref name="cache"/>, without building it again); null from <paramref name="build"/> is a 404.
    /// <paramref name="maxAge"/> tells clients how long they may reuse it without asking.
    /// </summary>
    public static async Task ServeAsync<T>(
        HttpContext context,
        ResponseCache cache,
        TimeSpan maxAge,
        JsonTypeInfo<T> typeInfo,
        Func<CancellationToken, Task<T?>> build,
        string notFound = "No such resource.")
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(cache);
        ArgumentNullException.ThrowIfNull(build);
        var key = context.Request.Path + context.Request.QueryString;
        var stamp = await cache.StampAsync(context.RequestAborted);
        var cached = cache.Get(key, stamp);
        if (cached is null)
        {
            var value = await build(context.RequestAborted);
            if (value is null)
            {
                await ProblemResponse.NotFoundAsync(context, notFound);
                return;
            }

            var body = JsonSerializer.SerializeToUtf8Bytes(value, typeInfo);
            cached = new CachedResponse(body, ETagOf(body), stamp);
            cache.Set(key, cached);
        }

        await WriteBodyAsync(context, cached.Body, cached.ETag, StatusCodes.Status200OK, maxAge);
    }

    public static async Task WriteAsync<T>(
        HttpContext context,
        T value,
        JsonTypeInfo<T> typeInfo,
        int statusCode = StatusCodes.Status200OK,
        TimeSpan? maxAge = null)
    {
        ArgumentNullException.ThrowIfNull(context);
        var body = JsonSerializer.SerializeToUtf8Bytes(value, typeInfo);
        await WriteBodyAsync(context, body, ETagOf(body), statusCode, maxAge);
    }

    /// <summary>Writes a ready body (JSON or not) with its ETag, or 304 when the caller already has it.</summary>
    public static async Task WriteBodyAsync(HttpContext context, byte[] body, string etag, int statusCode, TimeSpan? maxAge, string contentType = "application/json; charset=utf-8")
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(body);
        var response = context.Response;
        response.Headers.ETag = etag;
        response.Headers.CacheControl = maxAge is { } age
            ? string.Create(CultureInfo.InvariantCulture, $"public, max-age={(int)age.TotalSeconds}")
            : "no-store";

        if (statusCode == StatusCodes.Status200OK && Matches(context.Request, new EntityTagHeaderValue(etag)))
        {
            response.StatusCode = StatusCodes.Status304NotModified;
            return;
        }

        response.StatusCode = statusCode;
        response.ContentType = contentType;
        response.ContentLength = body.Length;
        await response.Body.WriteAsync(body, context.RequestAborted);
    }

    public static string ETagOf(byte[] body) => "\"" + Convert.ToHexStringLower(SHA256.HashData(body).AsSpan(0, 16)) + "\"";

    private static bool Matches(HttpRequest request, EntityTagHeaderValue etag)
    {
        var header = request.GetTypedHeaders().IfNoneMatch;
        return header is { Count: > 0 } && header.Any(candidate => candidate.Equals(EntityTagHeaderValue.Any) || candidate.Compare(etag, useStrongComparison: true));
    }
}
