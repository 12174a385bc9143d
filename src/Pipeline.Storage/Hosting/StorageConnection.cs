using Azure.Core;
using Azure.Data.Tables;
using Azure.Identity;
using Azure.Storage.Blobs;
using Azure.Storage.Queues;
using Microsoft.Extensions.Configuration;

namespace Pipeline.Storage.Hosting;

/// <summary>
/// Creates the storage clients from a named connection setting, following the Azure Functions conventions so
/// that the same settings serve the blob trigger and the app's own clients.
/// </summary>
/// <remarks>
/// The setting is either a connection string (<c>ArticlesStorage=UseDevelopmentStorage=true</c>) or a section
/// for identity-based access (<c>ArticlesStorage__accountName</c>, or <c>__blobServiceUri</c> and
/// <c>__tableServiceUri</c>, with <c>__credential=managedidentity</c> and <c>__clientId</c> for a user-assigned
/// identity). Where the named setting is absent, <c>AzureWebJobsStorage</c> is used.
/// </remarks>
public static class StorageConnection
{
    public const string DefaultName = "ArticlesStorage";
    public const string FallbackName = "AzureWebJobsStorage";
    public const string DevelopmentStorage = "UseDevelopmentStorage=true";

    public static BlobServiceClient CreateBlobServiceClient(IConfiguration configuration, BlobClientOptions? options = null, string name = DefaultName)
    {
        var endpoint = ResolveEndpoint(configuration, name, "blob");
        return endpoint.ConnectionString is { } connectionString
            ? new BlobServiceClient(connectionString, options)
            : new BlobServiceClient(endpoint.ServiceUri, endpoint.Credential, options);
    }

    public static QueueServiceClient CreateQueueServiceClient(IConfiguration configuration, QueueClientOptions? options = null, string name = DefaultName)
    {
        var endpoint = ResolveEndpoint(configuration, name, "queue");
        return endpoint.ConnectionString is { } connectionString
            ? new QueueServiceClient(connectionString, options)
            : new QueueServiceClient(endpoint.ServiceUri, endpoint.Credential, options);
    }

    public static TableServiceClient CreateTableServiceClient(IConfiguration configuration, TableClientOptions? options = null, string name = DefaultName)
    {
        var endpoint = ResolveEndpoint(configuration, name, "table");
        return endpoint.ConnectionString is { } connectionString
            ? new TableServiceClient(connectionString, options)
            : new TableServiceClient(endpoint.ServiceUri, endpoint.Credential, options);
    }

    private static Endpoint ResolveEndpoint(IConfiguration configuration, string name, string service)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var section = Resolve(configuration, name)
            ?? throw new InvalidOperationException(
                $"No storage connection is configured: set '{name}' or '{FallbackName}' (a connection string, or __accountName for identity-based access).");

        if (!string.IsNullOrWhiteSpace(section.Value))
        {
            return new Endpoint(section.Value, null, null);
        }

        var accountName = section["accountName"];
        var serviceUri = section[service + "ServiceUri"] ?? (accountName is null ? null : $"https://{accountName}.{service}.core.windows.net");
        if (serviceUri is null)
        {
            throw new InvalidOperationException(
                $"Storage connection '{section.Path}' needs a connection string, __accountName, or __{service}ServiceUri.");
        }

        return new Endpoint(null, new Uri(serviceUri), CreateCredential(section));
    }

    private sealed record Endpoint(string? ConnectionString, Uri? ServiceUri, TokenCredential? Credential);

    private static IConfigurationSection? Resolve(IConfiguration configuration, string name)
    {
        foreach (var candidate in new[] { name, FallbackName })
        {
            var section = configuration.GetSection(candidate);
            if (section.Exists())
            {
                return section;
            }
        }

        return null;
    }

    private static TokenCredential CreateCredential(IConfigurationSection section)
    {
        var clientId = section["clientId"];
        if (string.Equals(section["credential"], "managedidentity", StringComparison.OrdinalIgnoreCase))
        {
            return clientId is null
                ? new ManagedIdentityCredential(ManagedIdentityId.SystemAssigned)
                : new ManagedIdentityCredential(ManagedIdentityId.FromUserAssignedClientId(clientId));
        }

        return new DefaultAzureCredential(new DefaultAzureCredentialOptions { ManagedIdentityClientId = clientId });
    }
}
