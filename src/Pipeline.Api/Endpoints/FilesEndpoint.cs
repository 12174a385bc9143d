using Microsoft.AspNetCore.Http;
using Pipeline.Api.Contracts;
using Pipeline.Api.Http;
using Pipeline.Storage.Queries;
using Pipeline.Storage.Reprocessing;

namespace Pipeline.Api.Endpoints;

/// <summary>The operator's view: <c>GET /api/files/{name}</c> and <c>POST /api/files/{name}/reprocess</c>.</summary>
public sealed class FilesEndpoint(ArticleQueries articles, ReprocessRequests reprocess)
{
    /// <summary>A file's fate changes as it is processed: pollers may reuse one for a moment only.</summary>
    public static readonly TimeSpan MaxAge = TimeSpan.FromSeconds(2);

    public async Task GetAsync(HttpContext context, string name)
    {
        ArgumentNullException.ThrowIfNull(context);
        var fileName = await CheckNameAsync(context, name);
        if (fileName is null)
        {
            return;
        }

        // Not cached: a failed attempt changes a file's fate without changing the corpus.
        if (await articles.GetAsync(fileName, context.RequestAborted) is { } detail)
        {
            await JsonResponse.WriteAsync(context, FileResponses.From(detail.Row), ApiJsonContext.Default.FileResponse, maxAge: MaxAge);
        }
        else
        {
            await ProblemResponse.NotFoundAsync(context, $"The pipeline has no record of a file called '{fileName}'.");
        }
    }

    public async Task ReprocessAsync(HttpContext context, string name)
    {
        ArgumentNullException.ThrowIfNull(context);
        var fileName = await CheckNameAsync(context, name);
        if (fileName is null)
        {
            return;
        }

        if (!await reprocess.RequestAsync(fileName, context.RequestAborted))
        {
            await ProblemResponse.NotFoundAsync(context, $"The articles container holds no file called '{fileName}'.");
            return;
        }

        var href = ApiLinks.File(fileName);
        context.Response.Headers.Location = href;
        await JsonResponse.WriteAsync(context, new ReprocessAccepted(fileName, "queued", href), ApiJsonContext.Default.ReprocessAccepted, StatusCodes.Status202Accepted);
    }

    private static async Task<string?> CheckNameAsync(HttpContext context, string name)
    {
        var fileName = ApiLinks.RouteValue(name ?? "");
        if (fileName.Length is > 0 and <= 1024)
        {
            return fileName;
        }

        await ProblemResponse.BadRequestAsync(context, ["'name' must be a file's name in the articles container, 1 to 1024 characters."]);
        return null;
    }
}
