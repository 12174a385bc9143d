using System.CommandLine;
using System.CommandLine.Parsing;
using Microsoft.Extensions.Configuration;
using Pipeline.Storage.Hosting;

namespace Pipeline.Cli.Commands;

/// <summary>
/// The storage connection of every verb: <c>--connection</c>, or <c>--account-url</c> / <c>--account</c> for
/// Microsoft Entra sign-in (DefaultAzureCredential) without keys, else configuration, else Azurite.
/// </summary>
public sealed class StorageSettings
{
    public Option<string?> Connection { get; } = ConnectionOption();

    public Option<string?> AccountUrl { get; } = new("--account-url")
    {
        Description = "The storage account's blob endpoint (https://ACCOUNT.blob.core.windows.net), signed in with DefaultAzureCredential (az login, environment, managed identity); the table endpoint is derived from it.",
        HelpName = "URL",
    };

    public Option<string?> Account { get; } = new("--account")
    {
        Description = "The storage account's name, for https://ACCOUNT.blob.core.windows.net and its table endpoint, signed in with DefaultAzureCredential.",
        HelpName = "NAME",
    };

    public static Option<string?> ConnectionOption() => new("--connection")
    {
        Description = "Storage connection string. Default: the ArticlesStorage or AzureWebJobsStorage setting (environment), else Azurite (UseDevelopmentStorage=true).",
        HelpName = "CS",
    };

    /// <summary>Adds the options to <paramref name="command"/>, with the check that at most one of them is given.</summary>
    public void AddTo(Command command)
    {
        ArgumentNullException.ThrowIfNull(command);
        command.Options.Add(Connection);
        command.Options.Add(AccountUrl);
        command.Options.Add(Account);
        AccountUrl.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<string?>() is { } url && !TryGetEndpoints(url, out _, out _))
            {
                result.AddError($"--account-url '{url}' is not a storage account's blob endpoint such as https://myaccount.blob.core.windows.net.");
            }
        });
        command.Validators.Add(result =>
        {
            var given = new Option[] { Connection, AccountUrl, Account }.Where(option => result.GetResult(option) is { Implicit: false }).ToList();
            if (given.Count > 1)
            {
                result.AddError($"Give only one of {string.Join(", ", given.Select(o => o.Name))}.");
            }
        });
    }

    /// <summary>Adds the connection the command line chose to <paramref name="configuration"/>.</summary>
    public void Apply(IConfigurationManager configuration, ParseResult parse)
    {
        ArgumentNullException.ThrowIfNull(parse);
        if (parse.GetValue(AccountUrl) is { } url && TryGetEndpoints(url, out var blob, out var table))
        {
            ApplyIdentity(configuration, blob, table);
        }
        else if (parse.GetValue(Account) is { } account)
        {
            ApplyIdentity(configuration, new Uri($"https://{account}.blob.core.windows.net"), new Uri($"https://{account}.table.core.windows.net"));
        }
        else
        {
            Apply(configuration, parse.GetValue(Connection));
        }
    }

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

    // The identity-based settings StorageConnection reads (as the function app's are written). The empty value hides
    // a connection string the environment may hold under the same name, so the command line wins.
    private static void ApplyIdentity(IConfigurationManager configuration, Uri blob, Uri table)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            [StorageConnection.DefaultName] = "",
            [StorageConnection.DefaultName + ":blobServiceUri"] = blob.ToString(),
            [StorageConnection.DefaultName + ":tableServiceUri"] = table.ToString(),
        });
    }

    /// <summary>The blob and table endpoints of an account, from its blob (or table) endpoint URL.</summary>
    public static bool TryGetEndpoints(string url, out Uri blob, out Uri table)
    {
        blob = table = null!;
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme != Uri.UriSchemeHttps)
        {
            return false;
        }

        var labels = uri.Host.Split('.');
        var service = Array.FindIndex(labels, label => label is "blob" or "table");
        if (service != 1)
        {
            return false;
        }

        string WithService(string name)
        {
            labels[service] = name;
            return new UriBuilder(uri.Scheme, string.Join('.', labels), uri.Port).Uri.ToString();
        }

        blob = new Uri(WithService("blob"));
        table = new Uri(WithService("table"));
        return true;
    }
}
