using Pipeline.Storage.Articles;
using Pipeline.Storage.Entities;
using Pipeline.Storage.Files;
using Pipeline.Storage.Hosting;
using Pipeline.Storage.Keys;
using Pipeline.Storage.Summaries;

namespace Pipeline.Storage.Queries;

/// <summary>What <c>GET /api/articles</c> may ask for.</summary>
/// <param name="Entity">An entity key (<c>person:anna schmidt</c>): only files that mention it.</param>
public sealed record ArticleQuery(string? Entity, ListingFilter Filter, int PageSize, string? Next);

/// <summary>One file with its fate and, once processed, its full extraction results (the JSON of <see cref="AnalysisJsonWriter"/>).</summary>
public sealed record ArticleDetail(FileStatus Status, BinaryData? Results);

/// <summary>
/// Articles newest first, from the listings the ledger keeps: the corpus's (merged over the totals shards), a
/// source's or an entity's, so a page costs a few range queries whatever the corpus size.
/// </summary>
public sealed class ArticleQueries(PipelineStorage storage, ResultBlobs results, FileStatusReader files)
{
    public Task<ListingPage> ListAsync(ArticleQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var filter = query.Filter;
        if (query.Entity is { } entity)
        {
            return Listing.ReadAsync(storage.EntityTable, [TableKey.Encode(entity)], filter, query.PageSize, query.Next, cancellationToken);
        }

        if (filter.Source is { } source)
        {
            // A source is counted like an entity, so it has its own listing; the filter stays to match its spelling.
            var key = EntityTypeNames.Source + ":" + source.Trim().ToLowerInvariant();
            return Listing.ReadAsync(storage.EntityTable, [TableKey.Encode(key)], filter, query.PageSize, query.Next, cancellationToken);
        }

        return Listing.ReadAsync(storage.TotalsTable, CorpusTotals.Shards, filter, query.PageSize, query.Next, cancellationToken);
    }

    /// <summary>The file named <paramref name="blobName"/>, or null when neither the container nor the pipeline knows it.</summary>
    public async Task<ArticleDetail?> GetAsync(string blobName, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(blobName);
        var statusTask = files.GetAsync(blobName, cancellationToken);
        var resultsTask = results.ReadAsync(blobName, cancellationToken);
        var status = await statusTask;
        var content = await resultsTask;
        return status is null ? null : new ArticleDetail(status, content);
    }
}
