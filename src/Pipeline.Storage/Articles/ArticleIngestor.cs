using System.Globalization;
using System.Text.Json;
using Azure;
using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Microsoft.Extensions.Logging;
using Pipeline.Core;
using Pipeline.Core.Model;
using Pipeline.Storage.Entities;
using Pipeline.Storage.Hosting;
using Pipeline.Storage.Keys;
using Pipeline.Storage.Ledger;
using Pipeline.Storage.Summaries;

namespace Pipeline.Storage.Articles;

/// <summary>
/// Turns one blob into its Articles row and its contributions to the aggregates. The function app's blob
/// trigger and the local runtime's reconciler both call this, so both behave the same.
/// </summary>
/// <remarks>
/// Every step can be repeated: the article row is written last, so a run that dies half-way leaves the old
/// row in place and the next delivery redoes the work, while the ledger makes the counters it already moved
/// stay where they are.
/// </remarks>
public sealed partial class ArticleIngestor
{
    private readonly PipelineStorage _storage;
    private readonly ArticleAnalyzer _analyzer;
    private readonly ContributionLedger _entityCounters;
    private readonly Leaderboard _leaderboard;
    private readonly CorpusTotals _totals;
    private readonly TimeProvider _time;
    private readonly ILogger<ArticleIngestor> _logger;

    public ArticleIngestor(PipelineStorage storage, Aggregates aggregates, ArticleAnalyzer analyzer, TimeProvider time, ILogger<ArticleIngestor> logger)
    {
        ArgumentNullException.ThrowIfNull(aggregates);
        _storage = storage;
        _analyzer = analyzer;
        _time = time;
        _logger = logger;
        _entityCounters = aggregates.EntityCounters;
        _leaderboard = aggregates.Leaderboard;
        _totals = aggregates.Totals;
    }

    public async Task<IngestOutcome> IngestAsync(BlobClient blob, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(blob);
        var articleKey = TableKey.Encode(blob.Name);

        BlobProperties properties;
        try
        {
            properties = await blob.GetPropertiesAsync(cancellationToken: cancellationToken);
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            return await RemoveAsync(blob.Name, cancellationToken);
        }

        var version = BlobVersion.Of(properties.ETag);
        var existing = await GetArticleRowAsync(articleKey, cancellationToken);
        if (existing?.GetString(ArticleRow.BlobETag) is { } processed && BlobVersion.Normalize(processed) == version)
        {
            LogAlreadyDone(_logger, blob.Name, version);
            return IngestOutcome.AlreadyDone;
        }

        ArticleAnalysis? analysis = null;
        string? error = null;
        if (properties.ContentLength > _analyzer.Options.MaxInputBytes)
        {
            error = string.Create(
                CultureInfo.InvariantCulture,
                $"file is {properties.ContentLength} bytes; the limit is {_analyzer.Options.MaxInputBytes}");
        }
        else
        {
            try
            {
                var readOptions = new BlobOpenReadOptions(allowModifications: true)
                {
                    Conditions = new BlobRequestConditions { IfMatch = properties.ETag },
                };
                await using var content = await blob.OpenReadAsync(readOptions, cancellationToken);
                analysis = await _analyzer.AnalyzeAsync(content, cancellationToken);
            }
            catch (ArticleFormatException ex)
            {
                error = ex.Message;
            }
            catch (RequestFailedException ex) when (ex.Status == 412)
            {
                LogSuperseded(_logger, blob.Name, version);
                return IngestOutcome.Superseded;
            }
            catch (RequestFailedException ex) when (ex.Status == 404)
            {
                return await RemoveAsync(blob.Name, cancellationToken);
            }
        }

        var entities = analysis is null ? [] : ToStoredEntities(analysis.Entities);
        await ApplyEntitiesAsync(articleKey, version, entities, ReadEntities(existing), cancellationToken);
        var amounts = analysis is null
            ? new Dictionary<string, long> { [CorpusTotals.Failed] = 1 }
            : new Dictionary<string, long> { [CorpusTotals.Articles] = 1, [CorpusTotals.Words] = analysis.Figures.Words };
        await _totals.ApplyAsync(new Contribution(articleKey, version, amounts), cancellationToken);

        var row = new TableEntity(articleKey, ArticleRow.RowKey)
        {
            [ArticleRow.BlobName] = blob.Name,
            [ArticleRow.BlobETag] = version,
            [ArticleRow.ContentLength] = properties.ContentLength,
            [ArticleRow.Status] = analysis is null ? ArticleStatus.Failed : ArticleStatus.Processed,
            [ArticleRow.Error] = error,
            [ArticleRow.Attempts] = 1,
            [ArticleRow.ProcessedAt] = _time.GetUtcNow(),
            [ArticleRow.EntityCount] = entities.Count,
            [ArticleRow.EntitiesJson] = JsonSerializer.Serialize(entities, StoredEntityJsonContext.Default.ListStoredEntity),
        };
        if (analysis is not null)
        {
            row[ArticleRow.Title] = TableText.Clip(analysis.Document.Title);
            row[ArticleRow.Words] = analysis.Figures.Words;
            row[ArticleRow.Sentences] = analysis.Figures.Sentences;
            row[ArticleRow.Paragraphs] = analysis.Figures.Paragraphs;
            row[ArticleRow.Characters] = analysis.Figures.Characters;
        }

        await _storage.ArticleTable.UpsertEntityAsync(row, TableUpdateMode.Replace, cancellationToken);
        if (analysis is null)
        {
            LogFailed(_logger, blob.Name, error ?? "");
            return IngestOutcome.Failed;
        }

        LogProcessed(_logger, blob.Name, entities.Count, analysis.Figures.Words);
        return IngestOutcome.Processed;
    }

    /// <summary>Takes back everything a blob contributed and forgets it; used when the blob is deleted.</summary>
    public async Task<IngestOutcome> RemoveAsync(string blobName, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(blobName);
        var articleKey = TableKey.Encode(blobName);
        var existing = await GetArticleRowAsync(articleKey, cancellationToken);
        if (existing is null)
        {
            return IngestOutcome.Removed;
        }

        await ApplyEntitiesAsync(articleKey, version: "", [], ReadEntities(existing), cancellationToken);
        await _totals.RemoveAsync(articleKey, cancellationToken);
        await _storage.ArticleTable.DeleteEntityAsync(articleKey, ArticleRow.RowKey, existing.ETag, cancellationToken);
        LogRemoved(_logger, blobName);
        return IngestOutcome.Removed;
    }

    private async Task<TableEntity?> GetArticleRowAsync(string articleKey, CancellationToken cancellationToken)
    {
        var response = await _storage.ArticleTable.GetEntityIfExistsAsync<TableEntity>(articleKey, ArticleRow.RowKey, cancellationToken: cancellationToken);
        return response.HasValue ? response.Value : null;
    }

    private async Task ApplyEntitiesAsync(
        string articleKey,
        string version,
        IReadOnlyList<StoredEntity> current,
        IReadOnlyList<StoredEntity> previous,
        CancellationToken cancellationToken)
    {
        var currentKeys = current.Select(e => e.Key).ToHashSet(StringComparer.Ordinal);
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = 8, CancellationToken = cancellationToken };

        await Parallel.ForEachAsync(current, parallel, async (entity, ct) =>
        {
            var amounts = new Dictionary<string, long> { [EntityCounter.Articles] = 1, [EntityCounter.Mentions] = entity.Mentions };
            var display = new Dictionary<string, object>
            {
                [EntityCounter.Key] = entity.Key,
                [EntityCounter.Name] = entity.Name,
                [EntityCounter.Type] = entity.Type,
            };
            var state = await _entityCounters.ApplyAsync(TableKey.Encode(entity.Key), new Contribution(articleKey, version, amounts), display, ct);
            await _leaderboard.UpdateAsync(state, ct);
        });

        await Parallel.ForEachAsync(previous.Where(e => !currentKeys.Contains(e.Key)), parallel, async (entity, ct) =>
        {
            var state = await _entityCounters.RemoveAsync(TableKey.Encode(entity.Key), articleKey, ct);
            await _leaderboard.UpdateAsync(state, ct);
        });
    }

    /// <summary>
    /// The entities that feed the aggregates: the most mentioned first, as many as the options allow and as fit
    /// in one table property (the article row must remember them to take them back later).
    /// </summary>
    private List<StoredEntity> ToStoredEntities(IReadOnlyList<ExtractedEntity> entities)
    {
        var kept = new List<StoredEntity>();
        var budget = TableText.MaxPropertyChars - 2;
        foreach (var entity in entities.OrderByDescending(e => e.Mentions).ThenBy(e => e.FirstOffset))
        {
            if (kept.Count == _storage.Options.MaxEntitiesPerArticle)
            {
                break;
            }

            var stored = new StoredEntity(TableText.Clip(entity.Key, 300), TableText.Clip(entity.Name, 200), EntityTypeNames.Of(entity.Type), entity.Mentions);
            budget -= JsonSerializer.Serialize(stored, StoredEntityJsonContext.Default.StoredEntity).Length + 1;
            if (budget < 0)
            {
                break;
            }

            kept.Add(stored);
        }

        return kept;
    }

    private static List<StoredEntity> ReadEntities(TableEntity? row)
    {
        var json = row?.GetString(ArticleRow.EntitiesJson);
        return string.IsNullOrEmpty(json) ? [] : JsonSerializer.Deserialize(json, StoredEntityJsonContext.Default.ListStoredEntity) ?? [];
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Processed {BlobName}: {Entities} entities, {Words} words.")]
    private static partial void LogProcessed(ILogger logger, string blobName, int entities, int words);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Failed {BlobName}: {Reason}.")]
    private static partial void LogFailed(ILogger logger, string blobName, string reason);

    [LoggerMessage(Level = LogLevel.Debug, Message = "{BlobName} version {Version} was already processed.")]
    private static partial void LogAlreadyDone(ILogger logger, string blobName, string version);

    [LoggerMessage(Level = LogLevel.Information, Message = "{BlobName} changed while version {Version} was being read; the newer version wins.")]
    private static partial void LogSuperseded(ILogger logger, string blobName, string version);

    [LoggerMessage(Level = LogLevel.Information, Message = "Removed {BlobName} and its contribution.")]
    private static partial void LogRemoved(ILogger logger, string blobName);
}
