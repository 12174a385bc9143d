using System.CommandLine;
using Microsoft.Extensions.Configuration;
using Pipeline.Storage.Hosting;

namespace Pipeline.Cli.Commands;

/// <summary>The storage connection of every verb: <c>--connection</c>, else configuration, else Azurite.</summary>
public static class StorageSettings
{
    public static Option<string?> ConnectionOption() => new("--connection")
    {
        Description = "Storage connection string. Default: the ArticlesStorage or AzureWebJobsStorage setting (environment), else Azurite (UseDevelopmentStorage=true).",
    };

    /// <summary>Adds the connection to <paramref name="configuration"/> where the command line or the defaults supply it.</summary>
    public static void Apply(IConfigurationManager configuration, string? connection)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var settings = new Dictionary<string, string?>();
        if (connection is not null)
        {
            settings[StorageConnection.DefaultName] = connection;
        }
        else if (!configuration.GetSection(StorageConnection.DefaultName).Exists()
            && !configuration.GetSection(StorageConnection.FallbackName).Exists())
        {
            settings[StorageConnection.DefaultName] = StorageConnection.DevelopmentStorage;
        }

        configuration.AddInMemoryCollection(settings);
    }
}
