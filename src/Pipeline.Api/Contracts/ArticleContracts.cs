using System.Text.Json;
using Pipeline.Storage.Queries;

namespace Pipeline.Api.Contracts;

/// <summary>A page of articles, newest first, with the link to the next page (null on the last).</summary>
public sealed record ArticleList(IReadOnlyList<ArticleItem> Items, string? Next)
{
    public static ArticleList From(ListingPage page, Func<string?, string?> nextLink)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(nextLink);
        return new([.. page.Items.Select(ArticleItem.From)], nextLink(page.Next));
    }
}

/// <summary>One file in a listing: its lead article's title, source and date, with the link to everything extracted.</summary>
/// <param name="Id">The file's name in the articles container.</param>
/// <param name="Articles">How many articles the file holds (a feed or JSON Lines file holds many).</param>
/// <param name="Mentions">In an entity's listing, how often the file mentions it; otherwise null.</param>
public sealed record ArticleItem(string Id, string? Title, string? Source, DateTimeOffset? PublishedAt, DateOnly? Day, int Articles, int Words, long? Mentions, string Href)
{
    public static ArticleItem From(ListedArticle item)
    {
        ArgumentNullException.ThrowIfNull(item);
        return new(item.Id, item.Title, item.Source, item.PublishedAt, item.Day, item.Articles, item.Words, item.Mentions, ApiLinks.Article(item.Id));
    }
}

/// <summary>
/// <c>GET /api/articles/{id}</c>: the file's processing state and, once processed, everything extracted from it
/// (<c>results</c>: the same JSON as <c>pipeline inspect --json</c>).
/// </summary>
public sealed record ArticleResponse(string Id, FileResponse File, JsonElement? Results);
