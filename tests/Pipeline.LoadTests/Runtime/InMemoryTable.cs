using System.Diagnostics.CodeAnalysis;
using Azure;
using Azure.Core;
using Azure.Data.Tables;

namespace Pipeline.LoadTests.Runtime;

/// <summary>
/// A table held in memory, with just the operations the ledger, the leaderboard and the totals use (point reads, upserts,
/// deletes, entity-group transactions), so the production aggregate code can compute a large corpus's rows without a
/// round trip per step; <see cref="Scenarios.BulkState"/> then copies the rows to storage in batches.
/// </summary>
/// <remarks>
/// Rows whose RowKey starts with one of <paramref name="spillPrefixes"/> are handed to <paramref name="spill"/> instead of
/// being kept: each article is applied once, so its contribution and listing rows are never read back, and keeping
/// millions of them would only cost memory. One writer at a time: ETags are assigned but not checked.
/// </remarks>
internal sealed class InMemoryTable(string name, IReadOnlyList<string> spillPrefixes, Action<TableEntity> spill) : TableClient
{
    private readonly Dictionary<(string Partition, string Row), TableEntity> _rows = [];
    private long _version;

    public override string Name => name;

    public IEnumerable<TableEntity> Rows => _rows.Values;

    public int Count => _rows.Count;

    public override Task<NullableResponse<T>> GetEntityIfExistsAsync<T>(string partitionKey, string rowKey, IEnumerable<string>? select = null, CancellationToken cancellationToken = default)
    {
        NullableResponse<T> response = _rows.TryGetValue((partitionKey, rowKey), out var row)
            ? new Found<T>((T)(object)new TableEntity(row) { ETag = row.ETag })
            : new Missing<T>();
        return Task.FromResult(response);
    }

    public override Task<Response> UpsertEntityAsync<T>(T entity, TableUpdateMode mode = TableUpdateMode.Merge, CancellationToken cancellationToken = default)
    {
        Write(ToTableEntity(entity), mode == TableUpdateMode.Merge);
        return Task.FromResult<Response>(new EmptyResponse(204));
    }

    public override Task<Response> DeleteEntityAsync(string partitionKey, string rowKey, ETag ifMatch = default, CancellationToken cancellationToken = default)
    {
        if (!_rows.Remove((partitionKey, rowKey)))
        {
            throw new RequestFailedException(404, "The specified resource does not exist.", "ResourceNotFound", null);
        }

        return Task.FromResult<Response>(new EmptyResponse(204));
    }

    public override Task<Response<IReadOnlyList<Response>>> SubmitTransactionAsync(IEnumerable<TableTransactionAction> transactionActions, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(transactionActions);
        var responses = new List<Response>();
        foreach (var action in transactionActions)
        {
            var entity = ToTableEntity(action.Entity);
            switch (action.ActionType)
            {
                case TableTransactionActionType.Delete:
                    if (!_rows.Remove((entity.PartitionKey, entity.RowKey)) && !IsSpilled(entity.RowKey))
                    {
                        throw new InvalidOperationException($"transaction deletes a missing row {entity.PartitionKey}/{entity.RowKey}");
                    }

                    break;
                case TableTransactionActionType.UpdateMerge or TableTransactionActionType.UpsertMerge:
                    Write(entity, merge: true);
                    break;
                default:
                    Write(entity, merge: false);
                    break;
            }

            responses.Add(new EmptyResponse(204));
        }

        return Task.FromResult(Response.FromValue<IReadOnlyList<Response>>(responses, new EmptyResponse(202)));
    }

    private bool IsSpilled(string rowKey)
    {
        foreach (var prefix in spillPrefixes)
        {
            if (rowKey.StartsWith(prefix, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private void Write(TableEntity entity, bool merge)
    {
        var copy = new TableEntity(entity) { ETag = new ETag("W/\"mem" + (++_version) + "\"") };
        if (IsSpilled(entity.RowKey))
        {
            spill(copy);
            return;
        }

        if (merge && _rows.TryGetValue((entity.PartitionKey, entity.RowKey), out var existing))
        {
            foreach (var (key, value) in entity)
            {
                existing[key] = value;
            }

            existing.ETag = copy.ETag;
            return;
        }

        _rows[(entity.PartitionKey, entity.RowKey)] = copy;
    }

    private static TableEntity ToTableEntity(ITableEntity entity) =>
        entity as TableEntity ?? throw new NotSupportedException("only TableEntity rows are kept in memory");

    private sealed class Found<T>(T value) : NullableResponse<T>
    {
        public override bool HasValue => true;

        public override T Value => value;

        public override Response GetRawResponse() => new EmptyResponse(200);
    }

    private sealed class Missing<T> : NullableResponse<T>
    {
        public override bool HasValue => false;

        public override T? Value => default;

        public override Response GetRawResponse() => new EmptyResponse(404);
    }

    /// <summary>A response without headers or body, standing for what storage would have answered.</summary>
    private sealed class EmptyResponse(int status) : Response
    {
        public override int Status => status;

        public override string ReasonPhrase => "";

        public override Stream? ContentStream { get; set; }

        public override string ClientRequestId { get; set; } = "";

        public override void Dispose()
        {
        }

        protected override bool ContainsHeader(string name) => false;

        protected override IEnumerable<HttpHeader> EnumerateHeaders() => [];

        protected override bool TryGetHeader(string name, [NotNullWhen(true)] out string? value)
        {
            value = null;
            return false;
        }

        protected override bool TryGetHeaderValues(string name, [NotNullWhen(true)] out IEnumerable<string>? values)
        {
            values = null;
            return false;
        }
    }
}
