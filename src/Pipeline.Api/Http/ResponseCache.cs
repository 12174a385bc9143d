using System.Collections.Concurrent;
using Microsoft.Extensions.Options;
using Pipeline.Storage.Hosting;

namespace Pipeline.Api.Http;

/// <summary>
/// The bodies served by URL, kept while the corpus has not changed: a poller that asks again gets the same body, or
/// a 304, without it being built again. Whether the corpus changed is read from the totals shards' ETags (see
/// <see cref="Storage.Summaries.CorpusTotals.ReadStampAsync"/>), at most once per <see cref="Freshness"/>, so
/// between two checks every request is served from memory and a body is never older than that.
/// </summary>
public sealed class ResponseCache : IDisposable
{
    public const int MaxEntries = 2000;

    private readonly ConcurrentDictionary<string, CachedResponse> _entries = new(StringComparer.Ordinal);
    private readonly Aggregates _aggregates;
    private readonly TimeProvider _time;
    private readonly SemaphoreSlim _stampRead = new(1, 1);
    private (string Stamp, DateTimeOffset CheckedAt)? _stamp;

    public ResponseCache(Aggregates aggregates, TimeProvider time, IOptions<ApiOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _aggregates = aggregates;
        _time = time;
        Freshness = TimeSpan.FromMilliseconds(Math.Max(0, options.Value.FreshnessMilliseconds));
    }

    /// <summary>How long the corpus's change stamp is trusted before it is read again.</summary>
    public TimeSpan Freshness { get; }

    /// <summary>The corpus's current change stamp, read again once <see cref="Freshness"/> has passed.</summary>
    public async Task<string> StampAsync(CancellationToken cancellationToken)
    {
        if (_stamp is { } known && _time.GetUtcNow() - known.CheckedAt < Freshness)
        {
            return known.Stamp;
        }

        // One reader refreshes it; requests arriving meanwhile wait for that read rather than each doing their own.
        await _stampRead.WaitAsync(cancellationToken);
        try
        {
            if (_stamp is { } fresh && _time.GetUtcNow() - fresh.CheckedAt < Freshness)
            {
                return fresh.Stamp;
            }

            var checkedAt = _time.GetUtcNow();
            var stamp = await _aggregates.Totals.ReadStampAsync(cancellationToken);
            _stamp = (stamp, checkedAt);
            return stamp;
        }
        finally
        {
            _stampRead.Release();
        }
    }

    public void Dispose() => _stampRead.Dispose();

    public CachedResponse? Get(string key, string stamp)
    {
        ArgumentNullException.ThrowIfNull(key);
        return _entries.TryGetValue(key, out var cached) && cached.Stamp == stamp ? cached : null;
    }

    public void Set(string key, CachedResponse response)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(response);
        if (_entries.Count >= MaxEntries)
        {
            // Many distinct URLs (paged or filtered reads): forget them all rather than track recency on every hit.
            _entries.Clear();
        }

        _entries[key] = response;
    }
}

/// <summary>A body with its strong ETag and the corpus stamp it was built at.</summary>
public sealed record CachedResponse(byte[] Body, string ETag, string Stamp);
