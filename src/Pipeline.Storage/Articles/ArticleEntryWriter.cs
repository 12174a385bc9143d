using Azure;
using Azure.Data.Tables;
using Pipeline.Core.Model;
using Pipeline.Storage.Ledger;

namespace Pipeline.Storage.Articles;

/// <summary>One article of a file, with its entities as stored after linking bare surnames to the corpus.</summary>
/// <param name="Day">The day it counts on in trends: its publication date, or the day its file was written.</param>
internal sealed record LinkedArticle(int Index, ArticleAnalysis Article, List<StoredEntity> Entities, DateOnly Day);

/// <summary>
/// Writes one row per article of a file into the file's partition, in transactions that keep Azure's limits
/// (≤ 100 operations, ≤ 4 MiB, one partition), and deletes the rows of articles a newer version no longer holds.
/// </summary>
internal sealed class ArticleEntryWriter(TableClient table, int maxEntitiesPerArticle)
{
    private const int MaxBatchOperations = 100;

    // Well under the 4 MiB transaction limit, leaving room for the request's envelope.
    private const int MaxBatchBytes = 3 * 1024 * 1024;
    private const int MaxEntitiesJsonChars = 8 * 1024;

    /// <param name="articles">The file's articles with their entities as linked to the corpus.</param>
    public async Task WriteAsync(string partitionKey, IReadOnlyList<LinkedArticle> articles, bool hadEntries, CancellationToken cancellationToken)
    {
        var rows = articles.Select(a => ToRow(partitionKey, a)).ToList();
        var keep = rows.Select(r => r.RowKey).ToHashSet(StringComparer.Ordinal);
        await SubmitAsync(rows.Select(r => new TableTransactionAction(TableTransactionActionType.UpsertReplace, r)), cancellationToken);
        if (hadEntries)
        {
            await DeleteAllExceptAsync(partitionKey, keep, cancellationToken);
        }
    }

    public Task DeleteAllAsync(string partitionKey, CancellationToken cancellationToken) =>
        DeleteAllExceptAsync(partitionKey, [], cancellationToken);

    private async Task DeleteAllExceptAsync(string partitionKey, HashSet<string> keep, CancellationToken cancellationToken)
    {
        var filter = TableClient.CreateQueryFilter(
            $"PartitionKey eq {partitionKey} and RowKey ge {ArticleEntryRow.RowKeyPrefix} and RowKey lt {ArticleEntryRow.RowKeyPrefix[..^1] + (char)(ArticleEntryRow.RowKeyPrefix[^1] + 1)}");
        var stale = new List<TableEntity>();
        await foreach (var row in table.QueryAsync<TableEntity>(filter, select: ["PartitionKey", "RowKey"], cancellationToken: cancellationToken))
        {
            if (!keep.Contains(row.RowKey))
            {
                stale.Add(row);
            }
        }

        await SubmitAsync(stale.Select(r => new TableTransactionAction(TableTransactionActionType.Delete, r, ETag.All)), cancellationToken);
    }

    private async Task SubmitAsync(IEnumerable<TableTransactionAction> actions, CancellationToken cancellationToken)
    {
        var batch = new List<TableTransactionAction>(MaxBatchOperations);
        var bytes = 0;
        foreach (var action in actions)
        {
            var size = EstimateBytes(action.Entity);
            if (batch.Count == MaxBatchOperations || (batch.Count > 0 && bytes + size > MaxBatchBytes))
            {
                await table.SubmitTransactionAsync(batch, cancellationToken);
                batch = new List<TableTransactionAction>(MaxBatchOperations);
                bytes = 0;
            }

            batch.Add(action);
            bytes += size;
        }

        if (batch.Count > 0)
        {
            await table.SubmitTransactionAsync(batch, cancellationToken);
        }
    }

    private TableEntity ToRow(string partitionKey, LinkedArticle linked)
    {
        var (index, article, linkedEntities, _) = linked;
        var document = article.Document;
        var entities = StoredEntities.Fit(linkedEntities, maxEntitiesPerArticle, MaxEntitiesJsonChars);
        return new TableEntity(partitionKey, ArticleEntryRow.RowKey(index))
        {
            [ArticleEntryRow.Index] = index,
            [ArticleEntryRow.Title] = TableText.Clip(document.Title),
            [ArticleEntryRow.Source] = document.Source is null ? null : TableText.Clip(document.Source, 200),
            [ArticleEntryRow.Url] = document.Url is null ? null : TableText.Clip(document.Url, 2048),
            [ArticleEntryRow.PublishedAt] = document.PublishedAt,
            [ArticleEntryRow.Day] = DayCounts.KeyOf(linked.Day),
            [ArticleEntryRow.Authors] = document.Authors.Count == 0 ? null : TableText.Clip(string.Join("; ", document.Authors)),
            [ArticleEntryRow.Dateline] = document.Dateline is null ? null : TableText.Clip(document.Dateline, 200),
            [ArticleEntryRow.Language] = document.Language,
            [ArticleEntryRow.Words] = article.Figures.Words,
            [ArticleEntryRow.Sentences] = article.Figures.Sentences,
            [ArticleEntryRow.Paragraphs] = article.Figures.Paragraphs,
            [ArticleEntryRow.Characters] = article.Figures.Characters,
            [ArticleEntryRow.EntityCount] = linkedEntities.Count,
            [ArticleEntryRow.EntitiesJson] = StoredEntities.ToJson(entities),
        };
    }

    // UTF-16 on the wire as JSON is at most ~2 bytes a char plus names and punctuation: a generous upper bound.
    private static int EstimateBytes(ITableEntity entity) =>
        entity is TableEntity row
            ? 256 + row.Sum(p => (p.Key.Length * 2) + 32 + (p.Value is string s ? s.Length * 6 : 32))
            : 1024;
}
