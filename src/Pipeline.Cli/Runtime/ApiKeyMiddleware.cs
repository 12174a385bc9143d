using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;
using Pipeline.Api;
using Pipeline.Api.Http;

namespace Pipeline.Cli.Runtime;

/// <summary>
/// Locally, the function app's key check: when a key is configured (<see cref="ApiOptions.Key"/>), every API route that
/// Azure guards with <c>AuthorizationLevel.Function</c> needs it, in the <c>x-functions-key</c> header or the
/// <c>code</c> query parameter, as Azure accepts it.
/// </summary>
public sealed class ApiKeyMiddleware(RequestDelegate next, string key)
{
    public const string SettingName = ApiOptions.SectionName + ":" + nameof(ApiOptions.Key);
    public const string HeaderName = "x-functions-key";

    private static readonly HashSet<string> Anonymous = new(StringComparer.OrdinalIgnoreCase)
    {
        "/" + ApiRoutes.Prefix + "/" + ApiRoutes.Health,
        "/" + ApiRoutes.Prefix + "/" + ApiRoutes.OpenApi,
        "/" + ApiRoutes.Prefix + "/" + ApiRoutes.Dashboard,
        "/",
    };

    private readonly byte[] _key = Encoding.UTF8.GetBytes(key);

    public async Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (Anonymous.Contains(context.Request.Path.Value ?? "") || Presented(context.Request))
        {
            await next(context);
            return;
        }

        await ProblemResponse.WriteAsync(context, StatusCodes.Status401Unauthorized, "Unauthorized", $"This API needs its key in the {HeaderName} header or the 'code' query parameter.");
    }

    private bool Presented(HttpRequest request)
    {
        var presented = request.Headers[HeaderName].FirstOrDefault() ?? request.Query["code"].FirstOrDefault();
        return presented is not null && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(presented), _key);
    }
}
