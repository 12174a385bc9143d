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
using Pipeline.Storage.Figures;
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
    private readonly ArticleEntryWriter _entries;
    private readonly PersonNameIndex _names;
    private readonly ResultBlobs _results;
    private readonly LargestAmounts _amounts;
    private readonly FileProcessingLock _lock;
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
        _entries = new ArticleEntryWriter(storage.ArticleTable, storage.Options.MaxEntitiesPerArticle);
        _names = new PersonNameIndex(storage);
        _results = new ResultBlobs(storage);
        _amounts = new LargestAmounts(storage);
        _lock = new FileProcessingLock(storage.ArticleTable, time, storage.Options.FileLockLease);
    }

    /// <summary>How long an ingestion waits for another processor of the same file before giving up with <see cref="IngestOutcome.Busy"/>.</summary>
    public static readonly TimeSpan LockWait = TimeSpan.FromSeconds(30);

    public async Task<IngestOutcome> IngestAsync(BlobClient blob, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(blob);
        await using var held = await _lock.TryAcquireAsync(TableKey.Encode(blob.Name), LockWait, cancellationToken);
        return held is null ? Busy(blob.Name) : await IngestLockedAsync(blob, cancellationToken);
    }

    /// <summary>
    /// Ingests the blob as every trigger should: a storage failure throws (the caller retries it, the file is not to
    /// blame), while anything else that processing throws is recorded against the blob's version and comes back as
    /// <see cref="IngestOutcome.RetryLater"/>, or <see cref="IngestOutcome.Quarantined"/> once it has happened
    /// <see cref="PipelineStorageOptions.MaxAttempts"/> times. The blob trigger and the reconciler both call this.
    /// </summary>
    public async Task<IngestOutcome> ProcessAsync(BlobClient blob, CancellationToken cancellationToken)
    {
        try
        {
            return await IngestAsync(blob, cancellationToken);
        }
        catch (Exception ex) when (!ex.IsStorageFailure() && ex is not OperationCanceledException)
        {
            return await RecordFailureAsync(blob, ex, cancellationToken);
        }
    }

    /// <summary>Takes back everything a blob contributed and forgets it; used when the blob is deleted.</summary>
    public async Task<IngestOutcome> RemoveAsync(string blobName, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(blobName);
        await using var held = await _lock.TryAcquireAsync(TableKey.Encode(blobName), LockWait, cancellationToken);
        return held is null ? Busy(blobName) : await RemoveLockedAsync(blobName, cancellationToken);
    }

    private IngestOutcome Busy(string blobName)
    {
        LogBusy(_logger, blobName);
        return IngestOutcome.Busy;
    }

    private async Task<IngestOutcome> IngestLockedAsync(BlobClient blob, CancellationToken cancellationToken)
    {
        var articleKey = TableKey.Encode(blob.Name);

        BlobProperties properties;
        try
        {
            properties = await blob.GetPropertiesAsync(cancellationToken: cancellationToken);
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            return await RemoveLockedAsync(blob.Name, cancellationToken);
        }

        var (existing, generation) = await GetRowAndGenerationAsync(articleKey, cancellationToken);
        var version = BlobVersion.WithGeneration(BlobVersion.Of(properties.ETag), generation);
        if (existing is not null && ArticleRow.SettledVersion(existing) == version)
        {
            LogAlreadyDone(_logger, blob.Name, version);
            return existing.GetString(ArticleRow.Status) == ArticleStatus.Quarantined ? IngestOutcome.Quarantined : IngestOutcome.AlreadyDone;
        }

        FileAnalysis? analysis = null;
        ArticleError? error = null;
        if (properties.ContentLength > _analyzer.Options.MaxFileBytes)
        {
            // Rejected by its size without reading it; what a gzip file expands to is checked while reading.
            error = new ArticleError(ArticleErrorCode.TooLarge, string.Create(
                CultureInfo.InvariantCulture,
                $"file is {properties.ContentLength} bytes; the limit is {_analyzer.Options.MaxFileBytes}"));
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
                analysis = await _analyzer.AnalyzeFileAsync(content, blob.Name, format: null, cancellationToken);
            }
            catch (ArticleFormatException ex)
            {
                error = ex.ToError();
            }
            catch (RequestFailedException ex) when (ex.Status == 412)
            {
                LogSuperseded(_logger, blob.Name, version);
                return IngestOutcome.Superseded;
            }
            catch (RequestFailedException ex) when (ex.Status == 404)
            {
                return await RemoveLockedAsync(blob.Name, cancellationToken);
            }
        }

        var articles = analysis?.Entries.Where(e => e.Analysis is not null).Select(e => e.Analysis!).ToList() ?? [];
        var linked = await LinkAsync(analysis, properties.LastModified, cancellationToken);
        var entryErrors = analysis?.Entries.Where(e => e.Error is not null).ToList() ?? [];
        if (analysis is not null && articles.Count == 0)
        {
            // A batch file none of whose entries could be read has failed as a whole; its first reason says why.
            var first = entryErrors.FirstOrDefault()?.Error;
            error = first is null
                ? new ArticleError(ArticleErrorCode.NoArticleText, "file holds no articles")
                : new ArticleError(first.Code, entryErrors.Count == 1 ? first.Message : string.Create(
                    CultureInfo.InvariantCulture, $"none of its {entryErrors.Count} entries could be read; the first: {first.Message}"));
        }

        var failed = error is not null;
        // Sources first: a file names few, and they must be remembered whatever the entity limit keeps.
        List<StoredEntity> sources = failed ? [] : [.. StoredEntities.SourcesOf(linked)];
        List<StoredEntity> entities = failed
            ? []
            : [.. sources, .. StoredEntities.OfFile(linked.Select(a => a.Entities), _storage.Options.MaxEntitiesPerArticle, TableText.MaxPropertyChars - StoredEntities.ToJson(sources).Length)];
        // Say what this run is about to count before counting it: should the run die half-way and the blob change
        // again, the next run takes back these as well as what the row says was counted.
        var previous = Contributed(existing);
        var figures = failed ? [] : LargestAmounts.RowsOf(articleKey, blob.Name, linked);
        var figureKeys = figures.Select(f => new FigureKey(f.PartitionKey, f.RowKey)).ToList();
        if (entities.Count > 0 || figures.Count > 0)
        {
            var pending = new TableEntity(articleKey, ArticleRow.RowKey)
            {
                [ArticleRow.BlobName] = blob.Name,
                [ArticleRow.PendingEntitiesJson] = StoredEntities.ToJson(entities),
                [ArticleRow.PendingFigureKeysJson] = LargestAmounts.ToJson(figureKeys),
            };
            await _storage.ArticleTable.UpsertEntityAsync(pending, TableUpdateMode.Merge, cancellationToken);
        }

        await _amounts.ReplaceAsync(figures, RankedFigures(existing), cancellationToken);

        var listing = failed ? null : ListingOf(blob.Name, linked);
        await ApplyEntitiesAsync(articleKey, version, entities, previous, listing, cancellationToken);
        var amounts = failed
            ? new Dictionary<string, long> { [CorpusTotals.Failed] = 1 }
            : new Dictionary<string, long> { [CorpusTotals.Articles] = articles.Count, [CorpusTotals.Words] = articles.Sum(a => (long)a.Figures.Words) };
        await _totals.ApplyAsync(new Contribution(articleKey, version, amounts, failed ? null : DayCounts.Parse(StoredEntities.DaysOf(linked)), listing), cancellationToken);

        var hadEntries = existing?.GetInt32(ArticleRow.ArticleCount) is > 0;
        if (analysis is not null && !failed)
        {
            await _entries.WriteAsync(articleKey, linked, hadEntries, cancellationToken);
        }
        else if (hadEntries)
        {
            await _entries.DeleteAllAsync(articleKey, cancellationToken);
        }

        await _results.WriteAsync(blob.Name, analysis, error, cancellationToken);
        var lead = articles.FirstOrDefault();
        var words = articles.Sum(a => a.Figures.Words);
        var row = new TableEntity(articleKey, ArticleRow.RowKey)
        {
            [ArticleRow.BlobName] = blob.Name,
            [ArticleRow.BlobETag] = version,
            [ArticleRow.ContentLength] = properties.ContentLength,
            [ArticleRow.Format] = analysis is null ? null : ArticleFormats.Name(analysis.Format),
            [ArticleRow.Status] = failed ? ArticleStatus.Failed : ArticleStatus.Processed,
            [ArticleRow.Error] = error?.Message,
            [ArticleRow.ErrorCode] = error is null ? null : ArticleFormats.Name(error.Code),
            [ArticleRow.Attempts] = 1 + (existing?.GetString(ArticleRow.FailedVersion) == version ? existing.GetInt32(ArticleRow.FailedAttempts) ?? 0 : 0),
            [ArticleRow.ProcessedAt] = _time.GetUtcNow(),
            [ArticleRow.ArticleCount] = articles.Count,
            [ArticleRow.FailedEntries] = entryErrors.Count,
            [ArticleRow.EntryErrorsJson] = entryErrors.Count == 0 ? null : EntryErrorsJson(entryErrors),
            [ArticleRow.EntityCount] = entities.Count - sources.Count,
            [ArticleRow.EntitiesJson] = StoredEntities.ToJson(entities),
            [ArticleRow.FigureKeysJson] = figureKeys.Count == 0 ? null : LargestAmounts.ToJson(figureKeys),
        };
        if (lead is not null)
        {
            row[ArticleRow.Title] = TableText.Clip(lead.Document.Title);
            row[ArticleRow.Source] = lead.Document.Source is null ? null : TableText.Clip(lead.Document.Source, 200);
            row[ArticleRow.PublishedAt] = lead.Document.PublishedAt;
            row[ArticleRow.Words] = words;
            row[ArticleRow.Sentences] = articles.Sum(a => a.Figures.Sentences);
            row[ArticleRow.Paragraphs] = articles.Sum(a => a.Figures.Paragraphs);
            row[ArticleRow.Characters] = articles.Sum(a => a.Figures.Characters);
        }

        await _storage.ArticleTable.UpsertEntityAsync(row, TableUpdateMode.Replace, cancellationToken);
        if (failed)
        {
            LogFailed(_logger, blob.Name, error!.Message);
            return IngestOutcome.Failed;
        }

        LogProcessed(_logger, blob.Name, articles.Count, entities.Count - sources.Count, words);
        return IngestOutcome.Processed;
    }

    /// <summary>
    /// Records that processing a blob threw something other than a storage failure (a bug, or input that breaks a
    /// parser in a way nobody foresaw), so that the file's fate is visible; after
    /// <see cref="PipelineStorageOptions.MaxAttempts"/> attempts on the same version it is quarantined and not
    /// retried. Only the failure fields are merged into the row: what an earlier version contributed stays recorded,
    /// so it can still be taken back.
    /// </summary>
    public async Task<IngestOutcome> RecordFailureAsync(BlobClient blob, Exception failure, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(blob);
        ArgumentNullException.ThrowIfNull(failure);
        var articleKey = TableKey.Encode(blob.Name);
        var blobVersion = BlobVersion.Of((await blob.GetPropertiesAsync(cancellationToken: cancellationToken)).Value.ETag);
        var (existing, generation) = await GetRowAndGenerationAsync(articleKey, cancellationToken);
        var version = BlobVersion.WithGeneration(blobVersion, generation);
        var attempts = 1 + (existing?.GetString(ArticleRow.FailedVersion) == version ? existing.GetInt32(ArticleRow.FailedAttempts) ?? 0 : 0);
        var quarantined = attempts >= _storage.Options.MaxAttempts;
        var update = new TableEntity(articleKey, ArticleRow.RowKey)
        {
            [ArticleRow.BlobName] = blob.Name,
            [ArticleRow.Status] = quarantined ? ArticleStatus.Quarantined : ArticleStatus.Failed,
            [ArticleRow.Error] = TableText.Clip(failure.Message),
            [ArticleRow.FailedVersion] = version,
            [ArticleRow.FailedAttempts] = attempts,
            [ArticleRow.Attempts] = attempts,
            [ArticleRow.LastFailedAt] = _time.GetUtcNow(),
            [ArticleRow.LastFailure] = TableText.Clip(failure.GetType().Name + ": " + failure.Message),
        };

        // Guarded by the row's ETag: two instances failing at once must not both count as one attempt.
        if (existing is null)
        {
            await _storage.ArticleTable.AddEntityAsync(update, cancellationToken);
        }
        else
        {
            await _storage.ArticleTable.UpdateEntityAsync(update, existing.ETag, TableUpdateMode.Merge, cancellationToken);
        }

        LogAttemptFailed(_logger, blob.Name, version, attempts, failure);
        return quarantined ? IngestOutcome.Quarantined : IngestOutcome.RetryLater;
    }

    /// <summary>Each article's entities as stored, with bare surnames linked to the full names the corpus knows.</summary>
    private async Task<List<LinkedArticle>> LinkAsync(FileAnalysis? analysis, DateTimeOffset written, CancellationToken cancellationToken)
    {
        var articles = analysis?.Entries
            .Where(e => e.Analysis is not null)
            .Select(e =>
            {
                var day = TrendDay.Of(e.Analysis!.Document.PublishedAt, written);
                return new LinkedArticle(e.Index, e.Analysis!, StoredEntities.Of(e.Analysis!.Entities, day), day);
            })
            .ToList() ?? [];
        if (articles.Count == 0)
        {
            return articles;
        }

        var links = await _names.LinkAsync(articles.SelectMany(a => a.Entities), cancellationToken);
        return [.. articles.Select(a => a with { Entities = StoredEntities.Link(a.Entities, links) })];
    }

    private async Task<IngestOutcome> RemoveLockedAsync(string blobName, CancellationToken cancellationToken)
    {
        var articleKey = TableKey.Encode(blobName);
        var existing = await GetArticleRowAsync(articleKey, cancellationToken);
        if (existing is null)
        {
            await _storage.ArticleTable.DeleteEntityAsync(articleKey, ArticleRow.ReprocessRowKey, ETag.All, cancellationToken);
            return IngestOutcome.Removed;
        }

        await ApplyEntitiesAsync(articleKey, version: "", [], Contributed(existing), listing: null, cancellationToken);
        await _totals.RemoveAsync(articleKey, cancellationToken);
        await _amounts.ReplaceAsync([], RankedFigures(existing), cancellationToken);
        await _entries.DeleteAllAsync(articleKey, cancellationToken);
        await _results.DeleteAsync(blobName, cancellationToken);
        await _storage.ArticleTable.DeleteEntityAsync(articleKey, ArticleRow.ReprocessRowKey, ETag.All, cancellationToken);
        await _storage.ArticleTable.DeleteEntityAsync(articleKey, ArticleRow.RowKey, existing.ETag, cancellationToken);
        LogRemoved(_logger, blobName);
        return IngestOutcome.Removed;
    }

    /// <summary>
    /// Asks for a file to be processed again although its blob has not changed (the extraction improved, or a
    /// quarantined file was fixed elsewhere): raises its generation, so the next processing, by whichever trigger,
    /// records a new version that replaces every contribution of the last, and counts its attempts afresh.
    /// </summary>
    /// <returns>The generation asked for.</returns>
    public async Task<int> RequestReprocessAsync(string blobName, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(blobName);
        blobName = Files.FileStatusReader.CanonicalName(blobName);
        var articleKey = TableKey.Encode(blobName);
        for (var attempt = 1; ; attempt++)
        {
            var response = await _storage.ArticleTable.GetEntityIfExistsAsync<TableEntity>(articleKey, ArticleRow.ReprocessRowKey, cancellationToken: cancellationToken);
            var current = response.HasValue ? response.Value : null;
            var generation = (current?.GetInt32(ArticleRow.Generation) ?? 0) + 1;
            var row = new TableEntity(articleKey, ArticleRow.ReprocessRowKey) { [ArticleRow.Generation] = generation, [ArticleRow.BlobName] = blobName };
            try
            {
                if (current is not null)
                {
                    await _storage.ArticleTable.UpdateEntityAsync(row, current.ETag, TableUpdateMode.Replace, cancellationToken);
                }
                else
                {
                    await _storage.ArticleTable.AddEntityAsync(row, cancellationToken);
                }

                LogReprocessRequested(_logger, blobName, generation);
                return generation;
            }
            catch (RequestFailedException ex) when (ex.Status is 409 or 412 && attempt < 20)
            {
                // Two requests at once: one wins, the other asks again on top of it.
                await Task.Delay(Backoff.Jittered(attempt), cancellationToken);
            }
        }
    }

    private async Task<TableEntity?> GetArticleRowAsync(string articleKey, CancellationToken cancellationToken)
    {
        var response = await _storage.ArticleTable.GetEntityIfExistsAsync<TableEntity>(articleKey, ArticleRow.RowKey, cancellationToken: cancellationToken);
        return response.HasValue ? response.Value : null;
    }

    private async Task<(TableEntity? Row, int Generation)> GetRowAndGenerationAsync(string articleKey, CancellationToken cancellationToken)
    {
        var rowTask = GetArticleRowAsync(articleKey, cancellationToken);
        var reprocess = await _storage.ArticleTable.GetEntityIfExistsAsync<TableEntity>(
            articleKey, ArticleRow.ReprocessRowKey, [ArticleRow.Generation], cancellationToken);
        var request = reprocess.HasValue ? reprocess.Value : null;
        return (await rowTask, request?.GetInt32(ArticleRow.Generation) ?? 0);
    }

    private async Task ApplyEntitiesAsync(
        string articleKey,
        string version,
        IReadOnlyList<StoredEntity> current,
        IReadOnlyList<StoredEntity> previous,
        Dictionary<string, object>? listing,
        CancellationToken cancellationToken)
    {
        var currentKeys = current.Select(e => e.Key).ToHashSet(StringComparer.Ordinal);
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = 8, CancellationToken = cancellationToken };

        await Parallel.ForEachAsync(current, parallel, async (entity, ct) =>
        {
            var amounts = new Dictionary<string, long> { [EntityCounter.Articles] = entity.Articles, [EntityCounter.Mentions] = entity.Mentions };
            var display = new Dictionary<string, object>
            {
                [EntityCounter.Key] = entity.Key,
                [EntityCounter.Name] = entity.Name,
                [EntityCounter.Type] = entity.Type,
            };
            var entityListing = listing is null ? null : new Dictionary<string, object>(listing) { [EntityCounter.Mentions] = (long)entity.Mentions };
            var contribution = new Contribution(articleKey, version, amounts, DayCounts.Parse(entity.Days), entityListing);
            var state = await _entityCounters.ApplyAsync(TableKey.Encode(entity.Key), contribution, display, ct);
            await _leaderboard.UpdateAsync(state, ct);
        });

        await Parallel.ForEachAsync(previous.Where(e => !currentKeys.Contains(e.Key)), parallel, async (entity, ct) =>
        {
            var state = await _entityCounters.RemoveAsync(TableKey.Encode(entity.Key), articleKey, ct);
            await _leaderboard.UpdateAsync(state, ct);
        });
    }

    /// <summary>What the newest-first listings (of the corpus, of an entity) show of a file, so a page needs no other reads.</summary>
    internal static Dictionary<string, object> ListingOf(string blobName, List<LinkedArticle> linked)
    {
        var listing = new Dictionary<string, object>
        {
            [ArticleRow.BlobName] = TableText.Clip(blobName, 2048),
            [ArticleRow.ArticleCount] = linked.Count,
            [ArticleRow.Words] = linked.Sum(a => a.Article.Figures.Words),
        };
        if (linked.FirstOrDefault() is { } lead)
        {
            listing[ArticleRow.Title] = TableText.Clip(lead.Article.Document.Title, 300);
            if (lead.Article.Document.Source is { } source)
            {
                listing[ArticleRow.Source] = TableText.Clip(source, 200);
            }

            if (lead.Article.Document.PublishedAt is { } published)
            {
                listing[ArticleRow.PublishedAt] = published;
            }
        }

        return listing;
    }

    /// <summary>
    /// What the file may have contributed: what its row says was counted, and what a run that died before writing
    /// the row was about to count.
    /// </summary>
    private static List<StoredEntity> Contributed(TableEntity? row) =>
        [.. StoredEntities.FromJson(row?.GetString(ArticleRow.EntitiesJson))
            .Concat(StoredEntities.FromJson(row?.GetString(ArticleRow.PendingEntitiesJson)))
            .DistinctBy(e => e.Key)];

    /// <summary>The figure rows the file may have ranked: those its row records, and those a run that died was about to rank.</summary>
    private static List<FigureKey> RankedFigures(TableEntity? row) =>
        [.. LargestAmounts.FromJson(row?.GetString(ArticleRow.FigureKeysJson)).Concat(LargestAmounts.FromJson(row?.GetString(ArticleRow.PendingFigureKeysJson)))];

    // The reasons of the first failed entries, as many as fit in one property; the count is kept beside it.
    private static string EntryErrorsJson(List<ArticleEntry> failed)
    {
        var kept = new List<EntryError>();
        var budget = TableText.MaxPropertyChars - 2;
        foreach (var entry in failed)
        {
            var error = new EntryError(entry.Index, ArticleFormats.Name(entry.Error!.Code), TableText.Clip(entry.Error.Message, 500));
            budget -= error.Message.Length + 64;
            if (budget < 0)
            {
                break;
            }

            kept.Add(error);
        }

        return JsonSerializer.Serialize(kept, EntryErrorJsonContext.Default.ListEntryError);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Processed {BlobName}: {Articles} article(s), {Entities} entities, {Words} words.")]
    private static partial void LogProcessed(ILogger logger, string blobName, int articles, int entities, int words);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Failed {BlobName}: {Reason}.")]
    private static partial void LogFailed(ILogger logger, string blobName, string reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "Processing {BlobName} version {Version} threw (attempt {Attempts}).")]
    private static partial void LogAttemptFailed(ILogger logger, string blobName, string version, int attempts, Exception exception);

    [LoggerMessage(Level = LogLevel.Information, Message = "{BlobName} is being processed elsewhere; it will be tried again.")]
    private static partial void LogBusy(ILogger logger, string blobName);

    [LoggerMessage(Level = LogLevel.Debug, Message = "{BlobName} version {Version} was already processed or quarantined.")]
    private static partial void LogAlreadyDone(ILogger logger, string blobName, string version);

    [LoggerMessage(Level = LogLevel.Information, Message = "{BlobName} changed while version {Version} was being read; the newer version wins.")]
    private static partial void LogSuperseded(ILogger logger, string blobName, string version);

    [LoggerMessage(Level = LogLevel.Information, Message = "Reprocessing of {BlobName} asked for (generation {Generation}).")]
    private static partial void LogReprocessRequested(ILogger logger, string blobName, int generation);

    [LoggerMessage(Level = LogLevel.Information, Message = "Removed {BlobName} and its contribution.")]
    private static partial void LogRemoved(ILogger logger, string blobName);
}
