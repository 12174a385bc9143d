using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Azure.Storage.Queues;
using Microsoft.Extensions.Options;

namespace Pipeline.Storage.Hosting;

/// <summary>The container and tables of one pipeline deployment, and the creation of any that are missing.</summary>
public sealed class PipelineStorage
{
    public PipelineStorage(BlobServiceClient blobs, TableServiceClient tables, IOptions<PipelineStorageOptions> options, QueueServiceClient? queues = null)
    {
        ArgumentNullException.ThrowIfNull(blobs);
        ArgumentNullException.ThrowIfNull(tables);
        ArgumentNullException.ThrowIfNull(options);
        Options = options.Value;
        Names = new TableNames(Options.TablePrefix);
        Articles = blobs.GetBlobContainerClient(Options.ArticlesContainer);
        Results = blobs.GetBlobContainerClient(Options.ResultsContainer ?? Options.ArticlesContainer + "-results");
        ArticleTable = tables.GetTableClient(Names.Articles);
        EntityTable = tables.GetTableClient(Names.Entities);
        LeaderboardTable = tables.GetTableClient(Names.Leaderboard);
        TotalsTable = tables.GetTableClient(Names.Totals);
        PersonNameTable = tables.GetTableClient(Names.PersonNames);
        FigureTable = tables.GetTableClient(Names.Figures);
        ReprocessQueue = queues?.GetQueueClient(Options.ReprocessQueue);
    }

    /// <summary>Operators' reprocess requests (blob names as plain text); null where no queue service is configured.</summary>
    public QueueClient? ReprocessQueue { get; }

    public PipelineStorageOptions Options { get; }

    public TableNames Names { get; }

    /// <summary>The container operators drop article files into.</summary>
    public BlobContainerClient Articles { get; }

    /// <summary>Each file's full extraction results as JSON, one blob per file (<see cref="Articles.ResultBlobs"/>).</summary>
    public BlobContainerClient Results { get; }

    public TableClient ArticleTable { get; }

    public TableClient EntityTable { get; }

    public TableClient LeaderboardTable { get; }

    public TableClient TotalsTable { get; }

    public TableClient PersonNameTable { get; }

    public TableClient FigureTable { get; }

    public IEnumerable<TableClient> Tables => [ArticleTable, EntityTable, LeaderboardTable, TotalsTable, PersonNameTable, FigureTable];

    /// <summary>Creates the container and tables where they do not exist yet; safe to call from every instance.</summary>
    public async Task EnsureCreatedAsync(CancellationToken cancellationToken)
    {
        await Articles.CreateIfNotExistsAsync(cancellationToken: cancellationToken);
        await Results.CreateIfNotExistsAsync(cancellationToken: cancellationToken);
        if (ReprocessQueue is not null)
        {
            await ReprocessQueue.CreateIfNotExistsAsync(cancellationToken: cancellationToken);
        }

        foreach (var table in Tables)
        {
            await table.CreateIfNotExistsAsync(cancellationToken);
        }
    }
}
