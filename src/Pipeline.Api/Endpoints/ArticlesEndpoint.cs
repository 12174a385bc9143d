using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Pipeline.Api.Contracts;
using Pipeline.Api.Http;
using Pipeline.Storage.Queries;

namespace Pipeline.Api.Endpoints;

/// <summary><c>GET /api/articles</c> (newest first, paged, filterable) and <c>GET /api/articles/{id}</c> (everything extracted).</summary>
public sealed class ArticlesEndpoint(ArticleQueries queries, ResponseCache cache)
{
    public const int DefaultPageSize = 20;
    public const int MaxPageSize = 100;
    public static readonly TimeSpan MaxAge = TimeSpan.FromSeconds(5);

    public async Task ListAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var query = new QueryReader(context.Request);
        var source = query.Text("source");
        var entity = query.Text("entity");
        var text = query.Text("q");
        var from = query.Date("from");
        var to = query.Date("to");
        var pageSize = query.Top("top", DefaultPageSize, MaxPageSize);
        var next = query.Token("next", Listing.IsValidToken);
        query.Check(from is null || to is null || from <= to, "'from' must not be after 'to'.");
        query.Check(entity is null || entity.Contains(':', StringComparison.Ordinal), "'entity' must be an entity key such as 'person:anna schmidt' (its type, a colon, its name).");
        if (!query.IsValid)
        {
            await ProblemResponse.BadRequestAsync(context, query.Problems);
            return;
        }

        var request = new ArticleQuery(entity, new ListingFilter(from, to, text, source), pageSize, next);
        await JsonResponse.ServeAsync(context, cache, MaxAge, ApiJsonContext.Default.ArticleList, async ct =>
            (ArticleList?)ArticleList.From(await queries.ListAsync(request, ct), token => NextLink(context.Request, token)));
    }

    public async Task GetAsync(HttpContext context, string id)
    {
        ArgumentNullException.ThrowIfNull(context);
        var name = ApiLinks.RouteValue(context, id ?? "");
        if (name.Length is 0 or > 1024)
        {
            await ProblemResponse.BadRequestAsync(context, ["'id' must be a file's name in the articles container, 1 to 1024 characters."]);
            return;
        }

        // Not cached: the file's fate is part of it, and a failed attempt changes that without changing the corpus.
        if (await queries.GetAsync(name, context.RequestAborted) is not { } detail)
        {
            await ProblemResponse.NotFoundAsync(context, $"No file called '{name}' has been dropped, or it was deleted.");
            return;
        }

        using var results = detail.Results is { } content ? JsonDocument.Parse(content) : null;
        var article = new ArticleResponse(name, FileResponse.From(detail.Status), results?.RootElement);
        await JsonResponse.WriteAsync(context, article, ApiJsonContext.Default.ArticleResponse, maxAge: MaxAge);
    }

    /// <summary>This request's URL with <c>next</c> replaced, or null on the last page.</summary>
    internal static string? NextLink(HttpRequest request, string? token)
    {
        if (token is null)
        {
            return null;
        }

        var parameters = request.Query
            .Where(q => q.Key is not ("next" or "code"))
            .Select(q => Uri.EscapeDataString(q.Key) + "=" + Uri.EscapeDataString(q.Value.ToString()))
            .Append("next=" + token);
        return request.PathBase + request.Path + "?" + string.Join("&", parameters);
    }
}
