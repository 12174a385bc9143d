namespace Pipeline.Storage.Articles;

/// <summary>What one ingestion did.</summary>
public enum IngestOutcome
{
    /// <summary>The blob's current version was parsed and counted.</summary>
    Processed,

    /// <summary>The blob's current version could not be parsed; the reason is recorded.</summary>
    Failed,

    /// <summary>This version had already been processed; nothing changed.</summary>
    AlreadyDone,

    /// <summary>The blob is gone; its contribution was removed.</summary>
    Removed,

    /// <summary>Another processor held the file's lock for too long; nothing was done and the blob will be tried again.</summary>
    Busy,

    /// <summary>Processing threw; the attempt is recorded and the blob will be tried again.</summary>
    RetryLater,

    /// <summary>Processing this version has thrown too often; it is parked with its reason and not tried again.</summary>
    Quarantined,

    /// <summary>The blob changed while it was being read; the newer version will be ingested on its own event.</summary>
    Superseded,
}

/// <summary>What a trigger does with an outcome.</summary>
public static class IngestOutcomes
{
    /// <summary>
    /// Whether the delivery must come again: the file was held elsewhere or processing threw. Every trigger (blob,
    /// deletion and reprocess queues, the local listener) throws or keeps its message on these, so the host retries.
    /// </summary>
    public static bool NeedsRedelivery(this IngestOutcome outcome) => outcome is IngestOutcome.Busy or IngestOutcome.RetryLater;
}
