using System.Globalization;
using Azure.Data.Tables;
using Pipeline.Storage.Articles;
using Pipeline.Storage.Entities;
using Pipeline.Storage.Keys;
using Pipeline.Storage.Ledger;

namespace Pipeline.Storage.Queries;

/// <summary>One file in a newest-first listing.</summary>
/// <param name="Id">The file's blob name: the id <c>GET /api/articles/{id}</c> takes.</param>
/// <param name="Day">The day it counts on: its latest article's publication date, else the day it was written.</param>
/// <param name="Mentions">In an entity's listing, how often the file mentions the entity; else null.</param>
public sealed record ListedArticle(
    string Id, string? Title, string? Source, DateTimeOffset? PublishedAt, DateOnly? Day, int Articles, int Words, long? Mentions);

/// <summary>A page of a listing and the opaque token of the next, null on the last.</summary>
public sealed record ListingPage(IReadOnlyList<ListedArticle> Items, string? Next);

/// <summary>What a newest-first listing may be narrowed to.</summary>
/// <param name="From">The earliest day included.</param>
/// <param name="To">The latest day included.</param>
/// <param name="Text">Words the title must contain (case-insensitive).</param>
/// <param name="Source">The publisher the file must come from (case-insensitive).</param>
public sealed record ListingFilter(DateOnly? From = null, DateOnly? To = null, string? Text = null, string? Source = null)
{
    public bool Matches(ListedArticle item)
    {
        ArgumentNullException.ThrowIfNull(item);
        return (Text is null || (item.Title ?? item.Id).Contains(Text, StringComparison.OrdinalIgnoreCase))
            && (Source is null || string.Equals(item.Source?.Trim(), Source.Trim(), StringComparison.OrdinalIgnoreCase));
    }
}

/// <summary>
/// Reads the newest-first listing rows that the ledger keeps beside each counter (<c>t|&lt;inverted day&gt;|&lt;file&gt;</c>):
/// one partition (an entity's articles) or several merged (the corpus's, spread over the totals shards). A page token
/// is the last RowKey served, so a page never shifts when files are ingested meanwhile: newer files land before it.
/// </summary>
public static class Listing
{
    /// <summary>How many listing rows one page may read while filtering by text, whatever it finds.</summary>
    public const int MaxRowsScannedPerPage = 2000;

    public static async Task<ListingPage> ReadAsync(
        TableClient table, IReadOnlyList<string> partitions, ListingFilter filter, int pageSize, string? next, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(partitions);
        ArgumentNullException.ThrowIfNull(filter);
        // Later days sort first: the latest day included bounds the range from below, the earliest from above.
        var lower = filter.To is { } to ? ContributionLedger.ListingRowKey(DayCounts.KeyOf(to), "")! : ContributionLedger.ListingRowPrefix;
        var upper = filter.From is { } from ? AfterDay(from) : ContributionLedger.ListingRowPrefix[..^1] + (char)(ContributionLedger.ListingRowPrefix[^1] + 1);
        var after = next is null ? null : DecodeToken(next);

        var items = new List<ListedArticle>(pageSize);
        var scanned = 0;
        string? last = null;
        var cursor = after;
        while (items.Count < pageSize && scanned < MaxRowsScannedPerPage)
        {
            // Each partition's next rows after the cursor, merged by RowKey: the newest first across partitions.
            var batch = Math.Min(1000, pageSize - items.Count + (filter.Text is null && filter.Source is null ? 0 : 50));
            var pages = await Task.WhenAll(partitions.Select(p => NextRowsAsync(table, p, lower, upper, cursor, batch, cancellationToken)));
            var merged = pages.SelectMany(p => p).OrderBy(r => r.RowKey, StringComparer.Ordinal).Take(batch).ToList();
            if (merged.Count == 0)
            {
                return new ListingPage(items, null);
            }

            foreach (var row in merged)
            {
                scanned++;
                last = row.RowKey;
                var item = ToItem(row);
                if (filter.Matches(item))
                {
                    items.Add(item);
                    if (items.Count == pageSize)
                    {
                        break;
                    }
                }
            }

            cursor = last;
            if (merged.Count < batch && items.Count < pageSize)
            {
                return new ListingPage(items, null);
            }
        }

        return new ListingPage(items, last is null ? null : EncodeToken(last));
    }

    /// <summary>Whether <paramref name="token"/> is one this listing issued.</summary>
    public static bool IsValidToken(string token)
    {
        ArgumentNullException.ThrowIfNull(token);
        return DecodeToken(token) is not null;
    }

    private static async Task<List<TableEntity>> NextRowsAsync(
        TableClient table, string partition, string lower, string upper, string? after, int count, CancellationToken cancellationToken)
    {
        var filter = after is null
            ? TableClient.CreateQueryFilter($"PartitionKey eq {partition} and RowKey ge {lower} and RowKey lt {upper}")
            : TableClient.CreateQueryFilter($"PartitionKey eq {partition} and RowKey gt {after} and RowKey ge {lower} and RowKey lt {upper}");
        var rows = new List<TableEntity>(count);
        await foreach (var page in table.QueryAsync<TableEntity>(filter, maxPerPage: count, cancellationToken: cancellationToken).AsPages(pageSizeHint: count))
        {
            rows.AddRange(page.Values);
            if (rows.Count >= count)
            {
                break;
            }
        }

        return rows;
    }

    // Every listing row of the day sorts before this key: the day's inverted number, then '}', which sorts after '|'.
    private static string AfterDay(DateOnly day) =>
        ContributionLedger.ListingRowKey(DayCounts.KeyOf(day), "")![..^1] + "}";

    private static ListedArticle ToItem(TableEntity row)
    {
        var articleKey = row.GetString(ContributionLedger.ListingArticleKeyProperty) ?? "";
        var day = row.GetString(ContributionLedger.ListingDayProperty);
        return new ListedArticle(
            row.GetString(ArticleRow.BlobName) ?? TableKey.Decode(articleKey),
            row.GetString(ArticleRow.Title),
            row.GetString(ArticleRow.Source),
            row.GetDateTimeOffset(ArticleRow.PublishedAt),
            day is { Length: 8 } && DateOnly.TryParseExact(day, "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed) ? parsed : null,
            row.GetInt32(ArticleRow.ArticleCount) ?? 1,
            row.GetInt32(ArticleRow.Words) ?? 0,
            row.GetInt64(EntityCounter.Mentions));
    }

    private const char TokenKind = 't';

    private static string EncodeToken(string rowKey) => PageToken.Encode(TokenKind, rowKey);

    private static string? DecodeToken(string token) =>
        PageToken.Decode(TokenKind, token) is { } rowKey && rowKey.StartsWith(ContributionLedger.ListingRowPrefix, StringComparison.Ordinal) ? rowKey : null;
}
