using System.CommandLine;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Pipeline.Storage.Hosting;

namespace Pipeline.Cli.Commands;

/// <summary>The storage services every verb but <c>run</c> and <c>inspect</c> works with, set up in one place.</summary>
public static class CliServices
{
    /// <summary>
    /// The pipeline's storage services on the connection the command line chose, with the environment's settings
    /// (table prefix, container, limits) as the function app would read them.
    /// </summary>
    public static ServiceProvider Create(ParseResult parse, StorageSettings storage)
    {
        ArgumentNullException.ThrowIfNull(storage);
        var configuration = new ConfigurationManager();
        configuration.AddEnvironmentVariables();
        storage.Apply(configuration, parse);
        // An operator at a terminal wants a dead storage account reported in seconds, not after the SDK's
        // default retries with exponential backoff.
        configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Pipeline:AzureClientDefaults:Retry:MaxRetries"] = "2",
            ["Pipeline:AzureClientDefaults:Retry:Delay"] = "00:00:00.250",
            ["Pipeline:AzureClientDefaults:Retry:NetworkTimeout"] = "00:00:30",
        });

        // No log providers: ingestion's own logs would interleave with the verb's output; its outcomes are printed instead.
        return new ServiceCollection().AddLogging().AddPipelineStorage(configuration).BuildServiceProvider();
    }
}
