using Azure;
using Microsoft.AspNetCore.Http;
using Pipeline.Api.Contracts;
using Pipeline.Api.Http;
using Pipeline.Storage.Files;
using Pipeline.Storage.Queries;
using Pipeline.Storage.Reprocessing;

namespace Pipeline.Api.Endpoints;

/// <summary>
/// The operator's view: <c>GET /api/files</c>, <c>GET /api/files/{name}</c> and <c>POST /api/files/{name}/reprocess</c>.
/// Not cached: a failed attempt changes a file's fate without changing the corpus.
/// </summary>
public sealed class FilesEndpoint(FileStatusReader files, ReprocessRequests reprocess)
{
    public const int DefaultPageSize = 50;
    public const int MaxPageSize = 200;

    /// <summary>A file's fate changes as it is processed: pollers may reuse one for a moment only.</summary>
    public static readonly TimeSpan MaxAge = TimeSpan.FromSeconds(2);

    private static readonly string[] ListableStates = [FileStates.Processed, FileStates.Failed, FileStates.Quarantined];

    public async Task ListAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var query = new QueryReader(context.Request);
        var state = query.OneOf("state", ListableStates);
        var pageSize = query.Top("top", DefaultPageSize, MaxPageSize);
        var next = query.Token("next", token => FromToken(token) is not null);
        if (!query.IsValid)
        {
            await ProblemResponse.BadRequestAsync(context, query.Problems);
            return;
        }

        FilePage page;
        try
        {
            page = await files.ListAsync(state, pageSize, next is null ? null : FromToken(next), context.RequestAborted);
        }
        catch (RequestFailedException ex) when (ex.Status == StatusCodes.Status400BadRequest)
        {
            await ProblemResponse.BadRequestAsync(context, ["'next' is not a page token this API issued; follow the 'next' link of the previous page."]);
            return;
        }

        var list = new FileList(
            [.. page.Files.Select(FileResponse.From)],
            page.ContinuationToken is { } token ? ArticlesEndpoint.NextLink(context.Request, ToToken(token)) : null);
        await JsonResponse.WriteAsync(context, list, ApiJsonContext.Default.FileList, maxAge: MaxAge);
    }

    public async Task GetAsync(HttpContext context, string name)
    {
        ArgumentNullException.ThrowIfNull(context);
        var fileName = await CheckNameAsync(context, name);
        if (fileName is null)
        {
            return;
        }

        if (await files.GetDetailsAsync(fileName, context.RequestAborted) is { } details)
        {
            var response = new FileDetailResponse(FileResponse.From(details.Status), details.EntryErrors, details.LastFailure);
            await JsonResponse.WriteAsync(context, response, ApiJsonContext.Default.FileDetailResponse, maxAge: MaxAge);
        }
        else
        {
            await ProblemResponse.NotFoundAsync(context, $"Neither the container nor the pipeline knows a file called '{fileName}'.");
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
        var fileName = ApiLinks.RouteValue(context, name ?? "");
        if (fileName.Length is > 0 and <= 1024)
        {
            return fileName;
        }

        await ProblemResponse.BadRequestAsync(context, ["'name' must be a file's name in the articles container, 1 to 1024 characters."]);
        return null;
    }

    // Table continuation tokens, wrapped so they are opaque and a mangled one is refused before it reaches storage.
    private const char TokenKind = 'f';

    private static string ToToken(string continuation) => PageToken.Encode(TokenKind, continuation);

    // The SDK's table continuation is "<base64 next partition key> <base64 next row key>"; anything else is refused here.
    private static string? FromToken(string token) =>
        PageToken.Decode(TokenKind, token) is { } continuation
            && continuation.Split(' ') is [var partition, var row]
            && IsBase64(partition) && IsBase64(row)
            ? continuation
            : null;

    private static bool IsBase64(string text) =>
        text.Length > 0 && Convert.TryFromBase64String(text, new byte[text.Length], out _);
}
