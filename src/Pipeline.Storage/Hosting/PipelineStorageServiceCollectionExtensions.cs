using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Azure.Storage.Queues;
using Microsoft.Extensions.Azure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Pipeline.Core;
using Pipeline.Storage.Articles;
using Pipeline.Storage.Reconciliation;
using Pipeline.Storage.Summaries;

namespace Pipeline.Storage.Hosting;

public static class PipelineStorageServiceCollectionExtensions
{
    /// <summary>
    /// Registers the storage clients (from the <see cref="StorageConnection"/> setting), the options bound from
    /// <see cref="PipelineStorageOptions.SectionName"/>, and the ingestion, summary and reconciliation services.
    /// </summary>
    public static IServiceCollection AddPipelineStorage(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<PipelineStorageOptions>().Bind(configuration.GetSection(PipelineStorageOptions.SectionName));
        services.AddAzureClients(clients =>
        {
            clients.AddClient<BlobServiceClient, BlobClientOptions>(options => StorageConnection.CreateBlobServiceClient(configuration, options));
            clients.AddClient<TableServiceClient, TableClientOptions>(options => StorageConnection.CreateTableServiceClient(configuration, options));
            clients.AddClient<QueueServiceClient, QueueClientOptions>(options =>
            {
                // Plain text, as the Functions host is configured to read it (host.json, extensions.queues.messageEncoding).
                options.MessageEncoding = QueueMessageEncoding.None;
                return StorageConnection.CreateQueueServiceClient(configuration, options);
            });
            clients.ConfigureDefaults(configuration.GetSection("Pipeline:AzureClientDefaults"));
        });
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton(new ArticleAnalyzer(AnalyzerLimits.Read(configuration)));
        services.AddSingleton<PipelineStorage>();
        services.AddSingleton<Aggregates>();
        services.AddSingleton<ArticleIngestor>();
        services.AddSingleton<SummaryReader>();
        services.AddSingleton<ResultBlobs>();
        services.AddSingleton<Queries.ArticleQueries>();
        services.AddSingleton<Queries.EntityQueries>();
        services.AddSingleton<Figures.LargestAmounts>();
        services.AddSingleton<BlobReconciler>();
        services.AddSingleton<Verification.AggregateVerifier>();
        services.AddSingleton<StorageHealthProbe>();
        services.AddSingleton<Dropping.ArticleDropper>();
        services.AddSingleton<Reprocessing.ReprocessRequests>();
        services.AddSingleton<Files.FileStatusReader>();
        return services;
    }
}
