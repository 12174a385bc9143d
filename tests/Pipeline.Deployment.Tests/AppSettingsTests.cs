using Pipeline.Deployment.Tests.Infrastructure;
using Pipeline.Functions;
using Pipeline.Functions.Functions;
using Pipeline.Storage.Hosting;
using Pipeline.Storage.Reprocessing;

namespace Pipeline.Deployment.Tests;

/// <summary>
/// The deployed app gets every setting it reads at run time, and the names the templates share with the code
/// (connections, container, queue, tables) are the code's own: taken from its constants and from the
/// functions.metadata the SDK wrote, not from copies.
/// </summary>
public sealed class AppSettingsTests
{
    private static readonly System.Text.Json.JsonElement Template = Bicep.Template;

    private static string Setting(string section, string key) => $"{section.Replace(":", "__", StringComparison.Ordinal)}__{key}";

    [Fact]
    public void Every_setting_the_app_reads_at_run_time_is_set()
    {
        var settings = Settings();

        string[] required =
        [
            // The Functions host's storage, identity-based.
            Setting(StorageConnection.FallbackName, "accountName"),
            Setting(StorageConnection.FallbackName, "credential"),
            Setting(StorageConnection.FallbackName, "clientId"),
            // The pipeline's connection: the blob and queue triggers and the app's Blob and Table clients.
            Setting(StorageConnection.DefaultName, "blobServiceUri"),
            Setting(StorageConnection.DefaultName, "queueServiceUri"),
            Setting(StorageConnection.DefaultName, "tableServiceUri"),
            Setting(StorageConnection.DefaultName, "credential"),
            Setting(StorageConnection.DefaultName, "clientId"),
            Setting(PipelineStorageOptions.SectionName, nameof(PipelineStorageOptions.ArticlesContainer)),
            Setting(PipelineStorageOptions.SectionName, nameof(PipelineStorageOptions.TablePrefix)),
            "APPLICATIONINSIGHTS_CONNECTION_STRING",
            TelemetryAuthentication.SettingName,
        ];

        Assert.All(required, name => Assert.True(settings.ContainsKey(name), $"{name} is not set"));
        Assert.Equal("managedidentity", settings[Setting(StorageConnection.FallbackName, "credential")]);
        Assert.Equal("managedidentity", settings[Setting(StorageConnection.DefaultName, "credential")]);
        Assert.Equal("[reference('storage').primaryEndpoints.queue]", settings[Setting(StorageConnection.DefaultName, "queueServiceUri")]);
        Assert.Equal("[reference('appInsights').ConnectionString]", settings["APPLICATIONINSIGHTS_CONNECTION_STRING"]);
    }

    [Fact]
    public void Every_trigger_connection_has_identity_based_settings_for_the_services_it_uses()
    {
        var settings = Settings();

        foreach (var (function, trigger) in FunctionMetadata.Triggers)
        {
            if (!trigger.TryGetProperty("connection", out var connection))
            {
                continue;
            }

            var name = connection.GetString()!;
            Assert.True(settings.ContainsKey(Setting(name, "credential")), $"{function}: {name} has no identity-based settings");
            // The blob trigger keeps its poison messages in a queue of the same account, hence queues for both.
            string[] services = trigger.GetProperty("type").GetString() == "blobTrigger" ? ["blob", "queue"] : ["queue"];
            Assert.All(services, service => Assert.True(
                settings.ContainsKey(Setting(name, service + "ServiceUri")) || settings.ContainsKey(Setting(name, "accountName")),
                $"{function}: {name} has no {service} endpoint"));
        }
    }

    [Fact]
    public void The_articles_container_is_the_one_the_blob_trigger_watches()
    {
        var triggerContainer = FunctionMetadata.TriggerOf("IngestArticle").GetProperty("path").GetString()!.Split('/')[0];
        var app = Assert.Single(Arm.AllResources(Template), r => r.Type == "Microsoft.Web/sites");

        Assert.Equal(triggerContainer, Arm.ResolveInModule(Template, app.Module, Settings()[Setting(PipelineStorageOptions.SectionName, nameof(PipelineStorageOptions.ArticlesContainer))]));
        Assert.Equal(triggerContainer, Arm.ResolveInMain(Template, Arm.ModuleArgument(Template, "storage", "articlesContainerName")));
        Assert.Equal(triggerContainer, Arm.ResolveInMain(Template, Arm.ModuleArgument(Template, "eventGrid", "articlesContainerName")));
        Assert.Equal(triggerContainer, Arm.ResolveInMain(Template, Template.GetProperty("outputs").GetProperty("ARTICLES_CONTAINER_NAME").GetProperty("value").GetString()!));
    }

    [Fact]
    public void The_deletions_queue_is_the_one_the_queue_trigger_reads()
    {
        var trigger = FunctionMetadata.TriggerOf(nameof(RemoveDeletedArticle));

        Assert.Equal("queueTrigger", trigger.GetProperty("type").GetString());
        Assert.Equal(RemoveDeletedArticle.QueueName, trigger.GetProperty("queueName").GetString());
        Assert.Equal(StorageConnection.DefaultName, trigger.GetProperty("connection").GetString());
        Assert.Equal(RemoveDeletedArticle.QueueName, Arm.ResolveInMain(Template, Arm.ModuleArgument(Template, "storage", "deletionsQueueName")));
        Assert.Equal(RemoveDeletedArticle.QueueName, Arm.ResolveInMain(Template, Arm.ModuleArgument(Template, "eventGrid", "deletionsQueueName")));
        var subscription = Assert.Single(Arm.AllResources(Template), r => r.Type == "Microsoft.EventGrid/systemTopics/eventSubscriptions");
        Assert.Equal(
            RemoveDeletedArticle.QueueName,
            Arm.ResolveInModule(Template, subscription.Module, Arm.String(subscription.Properties, "deliveryWithResourceIdentity", "destination", "properties", "queueName")!));
    }

    [Fact]
    public void The_reprocess_queue_is_the_one_the_queue_trigger_reads()
    {
        var trigger = FunctionMetadata.TriggerOf(nameof(ReprocessArticle));

        Assert.Equal("queueTrigger", trigger.GetProperty("type").GetString());
        Assert.Equal(ReprocessRequests.DefaultQueueName, trigger.GetProperty("queueName").GetString());
        Assert.Equal(StorageConnection.DefaultName, trigger.GetProperty("connection").GetString());
        Assert.Equal(ReprocessRequests.DefaultQueueName, Arm.ResolveInMain(Template, Arm.ModuleArgument(Template, "storage", "reprocessQueueName")));
    }

    [Fact]
    public void The_provisioned_tables_are_the_ones_the_app_uses()
    {
        var tables = Template.GetProperty("variables").GetProperty("productTables").EnumerateArray().Select(t => t.GetString() ?? "").ToHashSet();

        Assert.Equal(new TableNames("").All.ToHashSet(), tables);
        Assert.Equal("[parameters('tablePrefix')]", Settings()[Setting(PipelineStorageOptions.SectionName, nameof(PipelineStorageOptions.TablePrefix))]);
        // Every product table, each with the prefix.
        Assert.Contains("[format('{0}{1}', parameters('tablePrefix'), variables('productTables')[copyIndex('value')])]", Arm.ModuleArgument(Template, "storage", "tableNames"), StringComparison.Ordinal);
    }

    private static Dictionary<string, string> Settings()
    {
        var app = Assert.Single(Arm.AllResources(Template), r => r.Type == "Microsoft.Web/sites" && !r.IsExisting);
        return app.Properties.GetProperty("siteConfig").GetProperty("appSettings").EnumerateArray()
            .ToDictionary(s => s.GetProperty("name").GetString()!, s => s.GetProperty("value").GetString()!, StringComparer.Ordinal);
    }
}
