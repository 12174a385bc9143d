namespace Pipeline.Storage.Hosting;

/// <summary>Where the pipeline keeps its data. Bound from the configuration section <c>Pipeline:Storage</c>.</summary>
public sealed class PipelineStorageOptions
{
    public const string SectionName = "Pipeline:Storage";

    /// <summary>The blob container operators drop article files into.</summary>
    public string ArticlesContainer { get; set; } = "articles";

    /// <summary>
    /// The container that keeps each file's full extraction results as JSON (bodies, mentions, statistics, quotes),
    /// which do not fit table rows. Default: the articles container's name with <c>-results</c> appended.
    /// </summary>
    public string? ResultsContainer { get; set; }

    /// <summary>The queue of operators' reprocess requests (the function app's queue trigger reads the same name).</summary>
    public string ReprocessQueue { get; set; } = Reprocessing.ReprocessRequests.DefaultQueueName;

    /// <summary>
    /// Prepended to every table name, so that several deployments (or test runs) can share one account.
    /// Letters and digits only, starting with a letter, as table names require.
    /// </summary>
    public string TablePrefix { get; set; } = "";

    /// <summary>How many entities of one article feed the aggregates (the most mentioned first).</summary>
    public int MaxEntitiesPerArticle { get; set; } = 200;

    /// <summary>
    /// How many times processing one blob version may throw (a bug or a poison file, not a storage outage) before
    /// it is quarantined. Matches the Functions host's default poison threshold of five deliveries.
    /// </summary>
    public int MaxAttempts { get; set; } = 5;

    /// <summary>
    /// How many blobs one reconciler pass lists at most; the next pass resumes where it stopped, so a pass stays
    /// short however large the container grows.
    /// </summary>
    public int MaxBlobsPerPass { get; set; } = 5000;

    /// <summary>How many blobs the reconciler ingests at once.</summary>
    public int ReconcileParallelism { get; set; } = 8;

    /// <summary>The default of <see cref="FileLockLease"/>.</summary>
    public static readonly TimeSpan DefaultFileLockLease = TimeSpan.FromMinutes(2);

    /// <summary>
    /// How long a processor's lock on one file lasts before another may take it over, should its holder have died
    /// (a killed process never gives its lock back). Far longer than processing one file takes, so a live holder is
    /// never overtaken; lowering it only makes sense where files are known to be processed quickly (tests).
    /// </summary>
    public TimeSpan FileLockLease { get; set; } = DefaultFileLockLease;
}
