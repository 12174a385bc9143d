namespace Pipeline.Api;

/// <summary>How the API serves. Bound from the configuration section <c>Pipeline:Api</c>.</summary>
public sealed class ApiOptions
{
    public const string SectionName = "Pipeline:Api";

    /// <summary>
    /// How long, in milliseconds, the corpus's change stamp is trusted before it is read again: the most a cached
    /// body can lag behind ingestion. 0 checks it on every request.
    /// </summary>
    public int FreshnessMilliseconds { get; set; } = 1000;

    /// <summary>The key <c>pipeline run</c> requires (as <c>x-functions-key</c> or <c>code</c>); none when empty. Azure uses its own function keys.</summary>
    public string? Key { get; set; }
}
