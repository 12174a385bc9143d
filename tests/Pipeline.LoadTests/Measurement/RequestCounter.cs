using System.Collections.Concurrent;
using System.Text.Json;
using Azure.Core;
using Azure.Core.Pipeline;

namespace Pipeline.LoadTests.Measurement;

/// <summary>
/// Counts the storage requests an SDK client sends, by table (or blob) and operation, and the table rows its answers
/// carry (a point read's one row; a query's <c>value</c> array), by reading each JSON response body. The SDK buffers
/// response bodies, so reading them here costs a parse and no extra request.
/// </summary>
internal sealed class RequestCounter : HttpPipelinePolicy
{
    private readonly ConcurrentDictionary<string, int> _requests = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, int> _rows = new(StringComparer.Ordinal);
    private long _responseBytes;

    /// <summary>Whether to parse response bodies to count rows (a little CPU per request).</summary>
    public bool CountRows { get; init; }

    public void Reset()
    {
        _requests.Clear();
        _rows.Clear();
        Interlocked.Exchange(ref _responseBytes, 0);
    }

    public Dictionary<string, int> Requests => new(_requests, StringComparer.Ordinal);

    public Dictionary<string, int> Rows => new(_rows, StringComparer.Ordinal);

    public int TotalRequests => _requests.Values.Sum();

    public int TotalRows => _rows.Values.Sum();

    public long ResponseBytes => Interlocked.Read(ref _responseBytes);

    public override void Process(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
    {
        ProcessNext(message, pipeline);
        Record(message);
    }

    public override async ValueTask ProcessAsync(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
    {
        await ProcessNextAsync(message, pipeline).ConfigureAwait(false);
        Record(message);
    }

    /// <summary>
    /// The category of a request: the table it addresses (without the deployment's prefix) or <c>blob</c>, then the
    /// operation (<c>GET row</c> a point read, <c>GET query</c>, <c>POST batch</c> a transaction, <c>PUT</c>, <c>DELETE</c>, …).
    /// </summary>
    public static string Categorize(HttpMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var path = message.Request.Uri.Path;
        var method = message.Request.Method.ToString();
        var segment = path[(path.LastIndexOf('/') + 1)..];
        if (segment == "$batch")
        {
            return "table POST batch";
        }

        var paren = segment.IndexOf('(', StringComparison.Ordinal);
        var name = paren >= 0 ? segment[..paren] : segment;
        foreach (var table in (ReadOnlySpan<string>)["Entities", "Leaderboard", "Totals", "PersonNames", "Figures", "Articles", "Tables"])
        {
            if (name.EndsWith(table, StringComparison.Ordinal))
            {
                var operation = method != "GET" ? "" : segment.Contains("PartitionKey=", StringComparison.Ordinal) ? " row" : " query";
                return $"{table.ToLowerInvariant()} {method}{operation}";
            }
        }

        return "blob " + method;
    }

    private void Record(HttpMessage message)
    {
        var category = Categorize(message);
        _requests.AddOrUpdate(category, 1, (_, n) => n + 1);
        if (!CountRows || !message.HasResponse)
        {
            return;
        }

        var response = message.Response;
        var content = response.Content;
        Interlocked.Add(ref _responseBytes, content.ToMemory().Length);
        if (response.Status != 200 || content.ToMemory().Length == 0 || category.StartsWith("blob", StringComparison.Ordinal))
        {
            return;
        }

        try
        {
            using var document = JsonDocument.Parse(content.ToMemory());
            var rows = document.RootElement.ValueKind == JsonValueKind.Object && document.RootElement.TryGetProperty("value", out var value) && value.ValueKind == JsonValueKind.Array
                ? value.GetArrayLength()
                : document.RootElement.ValueKind == JsonValueKind.Object && document.RootElement.TryGetProperty("PartitionKey", out _) ? 1 : 0;
            if (rows > 0)
            {
                _rows.AddOrUpdate(category, rows, (_, n) => n + rows);
            }
        }
        catch (JsonException)
        {
            // A batch answer is multipart, not JSON: it returns no rows.
        }
    }
}
