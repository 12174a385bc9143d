using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Pipeline.Api.Endpoints;

namespace Pipeline.Api;

public static class EndpointRouteBuilderExtensions
{
    /// <summary>
    /// Maps the API on a plain ASP.NET Core host (<c>pipeline run</c>) at the same paths the Functions host
    /// serves, through the same handlers as the HTTP-triggered functions.
    /// </summary>
    public static IEndpointRouteBuilder MapPipelineApi(this IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/" + ApiRoutes.Prefix);
        api.MapGet(ApiRoutes.Summary, (HttpContext context, SummaryEndpoint endpoint) => endpoint.HandleAsync(context));
        api.MapGet(ApiRoutes.Health, (HttpContext context, HealthEndpoint endpoint) => endpoint.HandleAsync(context));
        return endpoints;
    }
}
