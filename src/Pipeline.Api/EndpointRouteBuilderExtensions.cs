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
        api.MapGet(ApiRoutes.Entities, (HttpContext context, EntitiesEndpoint endpoint) => endpoint.ListAsync(context));
        api.MapGet(ApiRoutes.Entity, (HttpContext context, string type, string key, EntitiesEndpoint endpoint) => endpoint.GetAsync(context, type, key));
        api.MapGet(ApiRoutes.Articles, (HttpContext context, ArticlesEndpoint endpoint) => endpoint.ListAsync(context));
        api.MapGet(ApiRoutes.Article, (HttpContext context, string id, ArticlesEndpoint endpoint) => endpoint.GetAsync(context, id));
        api.MapGet(ApiRoutes.Files, (HttpContext context, FilesEndpoint endpoint) => endpoint.ListAsync(context));
        api.MapGet(ApiRoutes.File, (HttpContext context, string name, FilesEndpoint endpoint) => endpoint.GetAsync(context, name));
        api.MapPost(ApiRoutes.Reprocess, (HttpContext context, string name, FilesEndpoint endpoint) => endpoint.ReprocessAsync(context, name));
        api.MapGet(ApiRoutes.OpenApi, (HttpContext context, StaticDocuments documents) => documents.OpenApiAsync(context));
        api.MapGet(ApiRoutes.Dashboard, (HttpContext context, StaticDocuments documents) => documents.DashboardAsync(context));
        return endpoints;
    }
}
