using Microsoft.AspNetCore.Http;
using Pipeline.Api.Contracts;
using Pipeline.Api.Http;
using Pipeline.Storage.Queries;

namespace Pipeline.Api.Endpoints;

/// <summary><c>GET /api/entities</c> (ranked, filterable) and <c>GET /api/entities/{type}/{key}</c> (one entity).</summary>
public sealed class EntitiesEndpoint(EntityQueries queries, ResponseCache cache)
{
    public const int DefaultTop = 20;
    public const int MaxTop = 100;
    public const int DefaultPageSize = 20;
    public const int MaxPageSize = 100;
    public static readonly TimeSpan MaxAge = TimeSpan.FromSeconds(5);

    public async Task ListAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var query = new QueryReader(context.Request);
        var type = query.EntityType("type");
        var text = query.Text("q");
        var top = query.Top("top", DefaultTop, MaxTop);
        var since = query.Date("since");
        if (!query.IsValid)
        {
            await ProblemResponse.BadRequestAsync(context, query.Problems);
            return;
        }

        await JsonResponse.ServeAsync(context, cache, MaxAge, ApiJsonContext.Default.EntityList, async ct =>
            (EntityList?)new EntityList([.. (await queries.RankedAsync(type, text, since, top, ct)).Select(EntityItem.From)]));
    }

    public async Task GetAsync(HttpContext context, string type, string key)
    {
        ArgumentNullException.ThrowIfNull(context);
        var query = new QueryReader(context.Request);
        var checkedType = query.CheckEntityType("type", type);
        var pageSize = query.Top("top", DefaultPageSize, MaxPageSize);
        var next = query.Token("next", Listing.IsValidToken);
        var name = ApiLinks.RouteValue(context, key ?? "");
        query.Check(name.Length is > 0 and <= 1000, "'key' must be an entity's name, 1 to 1000 characters.");
        if (!query.IsValid || checkedType is null)
        {
            await ProblemResponse.BadRequestAsync(context, query.Problems);
            return;
        }

        await JsonResponse.ServeAsync(
            context,
            cache,
            MaxAge,
            ApiJsonContext.Default.EntityResponse,
            async ct => await queries.GetAsync(checkedType, name, pageSize, next, ct) is { } detail
                ? EntityResponse.From(detail, token => token is null ? null : $"{ApiLinks.Entity(detail.Key, detail.Type)}?top={pageSize}&next={token}")
                : null,
            $"No {checkedType} called '{name}' is counted in the corpus.");
    }
}
