using Azure;
using Azure.Data.Tables;
using Microsoft.Extensions.Logging;

namespace Pipeline.Storage.Ledger;

/// <summary>
/// Keeps counters exactly right while triggers deliver at least once.
/// </summary>
/// <remarks>
/// A counter lives in its own partition beside one contribution row per article. Applying a contribution
/// reads both rows, works out the difference from what that article contributed before, and commits the new
/// counter and the new contribution row in one entity-group transaction guarded by both ETags. So a repeated
/// delivery of the same version changes nothing, a new version replaces the old amounts, a removal takes them
/// back, and concurrent writers on a hot counter retry instead of losing an update.
/// </remarks>
public sealed partial class ContributionLedger
{
    public const string CounterRowKey = "~counter";
    public const string ContributionRowPrefix = "c|";
    public const string VersionProperty = "Version";

    /// <summary>The <see cref="DayCounts"/> of a contribution, and on the counter their sum.</summary>
    public const string DaysProperty = "Days";

    /// <summary>The counter's first and last day (or month, or year) with articles, as ISO 8601 dates.</summary>
    public const string FirstSeenProperty = "FirstSeen";
    public const string LastSeenProperty = "LastSeen";

    private const int MaxAttempts = 50;

    private readonly TableClient _table;
    private readonly ILogger _logger;

    public ContributionLedger(TableClient table, ILogger logger)
    {
        _table = table;
        _logger = logger;
    }

    public static string ContributionRowKey(string articleKey) => ContributionRowPrefix + articleKey;

    /// <summary>Prefix of the rows that list a partition's contributions newest first (by their latest day).</summary>
    public const string ListingRowPrefix = "t|";

    /// <summary>On a listing row: the contribution's article key and its latest day (<c>yyyyMMdd</c>).</summary>
    public const string ListingArticleKeyProperty = "ArticleKey";
    public const string ListingDayProperty = "Day";

    /// <summary>
    /// The listing row of a contribution whose days are <paramref name="days"/>: its latest day inverted, so that a
    /// range query over <see cref="ListingRowPrefix"/> returns the newest first; null for a contribution without days.
    /// </summary>
    public static string? ListingRowKey(string? days, string articleKey)
    {
        var last = DayCounts.Parse(days).Last;
        if (last is null)
        {
            return null;
        }

        var padded = last.PadRight(8, '0');
        var inverted = 99_999_999 - int.Parse(padded, System.Globalization.CultureInfo.InvariantCulture);
        return string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{ListingRowPrefix}{inverted:D8}|{articleKey}");
    }

    /// <summary>Adds or replaces <paramref name="contribution"/> in the counter of partition <paramref name="partitionKey"/>.</summary>
    /// <param name="counterProperties">Descriptive properties (a display name, a type) written onto the counter row.</param>
    public Task<CounterState> ApplyAsync(
        string partitionKey,
        Contribution contribution,
        IReadOnlyDictionary<string, object>? counterProperties,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(contribution);
        return ChangeAsync(partitionKey, contribution.ArticleKey, contribution, counterProperties, cancellationToken);
    }

    /// <summary>Takes back whatever the article contributed to the counter of partition <paramref name="partitionKey"/>.</summary>
    public Task<CounterState> RemoveAsync(string partitionKey, string articleKey, CancellationToken cancellationToken) =>
        ChangeAsync(partitionKey, articleKey, null, null, cancellationToken);

    private async Task<CounterState> ChangeAsync(
        string partitionKey,
        string articleKey,
        Contribution? contribution,
        IReadOnlyDictionary<string, object>? counterProperties,
        CancellationToken cancellationToken)
    {
        var contributionRowKey = ContributionRowKey(articleKey);
        var listingMissing = false;
        for (var attempt = 1; ; attempt++)
        {
            var counterTask = _table.GetEntityIfExistsAsync<TableEntity>(partitionKey, CounterRowKey, cancellationToken: cancellationToken);
            var previousTask = _table.GetEntityIfExistsAsync<TableEntity>(partitionKey, contributionRowKey, cancellationToken: cancellationToken);
            var counterRow = await counterTask;
            var previousRow = await previousTask;
            var counter = counterRow.HasValue ? counterRow.Value : null;
            var previous = previousRow.HasValue ? previousRow.Value : null;

            if (IsAlreadyInEffect(previous, contribution))
            {
                return new CounterState(counter, counter ?? new TableEntity(partitionKey, CounterRowKey), Changed: false);
            }

            var updated = counter is null ? new TableEntity(partitionKey, CounterRowKey) : new TableEntity(counter);
            AddAmounts(updated, previous, sign: -1);
            if (contribution is not null)
            {
                foreach (var (name, amount) in contribution.Amounts)
                {
                    updated[name] = (updated.GetInt64(name) ?? 0) + amount;
                }
            }

            MoveDays(updated, previous, contribution);
            if (counterProperties is not null)
            {
                foreach (var (name, value) in counterProperties)
                {
                    updated[name] = value;
                }
            }

            var actions = new List<TableTransactionAction>(4)
            {
                counter is null
                    ? new TableTransactionAction(TableTransactionActionType.Add, updated)
                    : new TableTransactionAction(TableTransactionActionType.UpdateReplace, updated, counter.ETag),
            };
            if (contribution is null)
            {
                actions.Add(new TableTransactionAction(TableTransactionActionType.Delete, previous!, previous!.ETag));
            }
            else
            {
                var row = ToRow(partitionKey, contributionRowKey, contribution);
                actions.Add(previous is null
                    ? new TableTransactionAction(TableTransactionActionType.Add, row)
                    : new TableTransactionAction(TableTransactionActionType.UpdateReplace, row, previous.ETag));
            }

            // The newest-first listing row moves with the contribution, in the same transaction.
            var staleListing = previous is null ? null : ListingRowKey(previous.GetString(DaysProperty), articleKey);
            var listing = contribution is null ? null : ListingRowKey(contribution.Days?.Format(), articleKey);
            var staleListingIndex = -1;
            if (staleListing is not null && staleListing != listing && !listingMissing)
            {
                staleListingIndex = actions.Count;
                actions.Add(new TableTransactionAction(TableTransactionActionType.Delete, new TableEntity(partitionKey, staleListing), ETag.All));
            }

            if (listing is not null)
            {
                actions.Add(new TableTransactionAction(TableTransactionActionType.UpsertReplace, ToListingRow(partitionKey, listing, contribution!)));
            }

            try
            {
                await _table.SubmitTransactionAsync(actions, cancellationToken);
                return new CounterState(counter, updated, Changed: true);
            }
            catch (TableTransactionFailedException ex) when (ex.Status == 404 && staleListingIndex >= 0 && ex.FailedTransactionActionIndex == staleListingIndex)
            {
                // The listing row to move was already gone (swept by a repair): move nothing, write the new one.
                listingMissing = true;
            }
            catch (TableTransactionFailedException ex) when (IsConcurrencyConflict(ex.Status) && attempt < MaxAttempts)
            {
                LogConflict(_logger, partitionKey, attempt);
                await Task.Delay(Backoff.Jittered(attempt), cancellationToken);
            }
        }
    }

    /// <summary>Reads the counter row of a partition, or null where nothing was ever counted there.</summary>
    /// <param name="select">The properties to read, where not all are needed (the day counts can be tens of kilobytes).</param>
    public async Task<TableEntity?> GetCounterAsync(string partitionKey, CancellationToken cancellationToken, IEnumerable<string>? select = null)
    {
        var response = await _table.GetEntityIfExistsAsync<TableEntity>(partitionKey, CounterRowKey, select, cancellationToken);
        return response.HasValue ? response.Value : null;
    }

    private static bool IsAlreadyInEffect(TableEntity? previous, Contribution? contribution) =>
        contribution is null
            ? previous is null
            : previous is not null && string.Equals(previous.GetString(VersionProperty), contribution.Version, StringComparison.Ordinal);

    private static void AddAmounts(TableEntity counter, TableEntity? contributionRow, int sign)
    {
        if (contributionRow is null)
        {
            return;
        }

        foreach (var (name, value) in contributionRow)
        {
            if (value is long amount && !IsSystemProperty(name))
            {
                counter[name] = (counter.GetInt64(name) ?? 0) + (sign * amount);
            }
        }
    }

    private static void MoveDays(TableEntity counter, TableEntity? previous, Contribution? contribution)
    {
        var before = previous?.GetString(DaysProperty);
        if (before is null && contribution?.Days is null)
        {
            return;
        }

        var days = DayCounts.Parse(counter.GetString(DaysProperty));
        days.Add(DayCounts.Parse(before), sign: -1);
        if (contribution?.Days is { } added)
        {
            days.Add(added, sign: 1);
        }

        counter[DaysProperty] = days.Format();
        counter[FirstSeenProperty] = DayCounts.ToIsoDate(days.First);
        counter[LastSeenProperty] = DayCounts.ToIsoDate(days.Last);
    }

    private static bool IsSystemProperty(string name) =>
        name is "PartitionKey" or "RowKey" or "Timestamp" or "odata.etag" or VersionProperty;

    private static TableEntity ToRow(string partitionKey, string rowKey, Contribution contribution)
    {
        var row = new TableEntity(partitionKey, rowKey) { [VersionProperty] = contribution.Version, [DaysProperty] = contribution.Days?.Format() };
        foreach (var (name, amount) in contribution.Amounts)
        {
            row[name] = amount;
        }

        return row;
    }

    private static TableEntity ToListingRow(string partitionKey, string rowKey, Contribution contribution)
    {
        var row = new TableEntity(partitionKey, rowKey)
        {
            [ListingArticleKeyProperty] = contribution.ArticleKey,
            [ListingDayProperty] = DayCounts.Parse(contribution.Days?.Format()).Last,
        };
        foreach (var (name, value) in contribution.Listing ?? new Dictionary<string, object>())
        {
            row[name] = value;
        }

        return row;
    }

    private static bool IsConcurrencyConflict(int status) => status is 409 or 412;

    [LoggerMessage(Level = LogLevel.Debug, Message = "Counter {PartitionKey} changed under us (attempt {Attempt}); retrying.")]
    private static partial void LogConflict(ILogger logger, string partitionKey, int attempt);
}
