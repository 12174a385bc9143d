using System.Text.Json;
using System.Text.RegularExpressions;
using Pipeline.Deployment.Tests.Infrastructure;

namespace Pipeline.Deployment.Tests;

/// <summary>The security properties of the compiled ARM template (infra/main.bicep and its modules).</summary>
public sealed partial class ArmSecurityTests
{
    private const string StorageScope = "[resourceId('Microsoft.Storage/storageAccounts', parameters('storageAccountName'))]";
    private const string AppInsightsScope = "[resourceId('Microsoft.Insights/components', parameters('applicationInsightsName'))]";

    // Built-in role definition ids.
    private const string StorageBlobDataOwner = "b7e6dc6d-f1e8-4753-8033-0f276bb0955b";
    private const string StorageBlobDataContributor = "ba92f5b4-2d11-453d-a403-e96b0029c9fe";
    private const string StorageTableDataContributor = "0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3";
    private const string StorageQueueDataContributor = "974c5e8b-45b9-4653-ba55-5f855dd0fb88";
    private const string StorageQueueDataMessageSender = "c6a89b2d-59bc-44d0-9896-0f6e12d7b80a";
    private const string MonitoringMetricsPublisher = "3913510d-42f4-4e42-8a64-420c390055eb";

    private static readonly string[] StorageRoles =
        [StorageBlobDataOwner, StorageBlobDataContributor, StorageTableDataContributor, StorageQueueDataContributor, StorageQueueDataMessageSender];

    private static readonly JsonElement Template = Bicep.Template;
    private static readonly IReadOnlyList<ArmResource> Resources = Arm.AllResources(Template);

    [Fact]
    public void Storage_account_is_https_only_tls12_without_public_blob_or_shared_key_access()
    {
        var storage = Assert.Single(Deployed("Microsoft.Storage/storageAccounts")).Properties;

        Assert.True(storage.GetProperty("supportsHttpsTrafficOnly").GetBoolean());
        Assert.Equal("TLS1_2", storage.GetProperty("minimumTlsVersion").GetString());
        Assert.False(storage.GetProperty("allowBlobPublicAccess").GetBoolean());
        Assert.False(storage.GetProperty("allowSharedKeyAccess").GetBoolean());
        Assert.True(storage.GetProperty("defaultToOAuthAuthentication").GetBoolean());
        Assert.All(Deployed("Microsoft.Storage/storageAccounts/blobServices/containers"),
            c => Assert.Equal("None", Arm.String(c.Body, "properties", "publicAccess")));
    }

    [Fact]
    public void No_app_setting_holds_a_key_or_a_connection_string()
    {
        var settings = AppSettings();

        Assert.NotEmpty(settings);
        Assert.All(settings, s =>
        {
            foreach (var secret in new[] { "AccountKey=", "SharedAccessSignature", "SharedAccessKey", "sig=", "listKeys(", "listAccountSas(", "listServiceSas(" })
            {
                Assert.DoesNotContain(secret, s.Value, StringComparison.OrdinalIgnoreCase);
            }
        });
        // A bare connection name holds a connection string; identity-based connections are sections (name__key).
        Assert.DoesNotContain(settings, s => s.Name is "AzureWebJobsStorage" or "ArticlesStorage");
        // Nor does any key reach the template at all, in settings, outputs or anywhere else.
        var text = Template.GetRawText();
        foreach (var call in new[] { "listKeys(", "listAccountSas(", "listServiceSas(", "AccountKey=" })
        {
            Assert.DoesNotContain(call, text, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public void Flex_consumption_refuses_settings_it_manages_itself()
    {
        var names = AppSettings().Select(s => s.Name).ToList();

        Assert.DoesNotContain("FUNCTIONS_WORKER_RUNTIME", names);
        Assert.DoesNotContain("FUNCTIONS_EXTENSION_VERSION", names);
        Assert.DoesNotContain("WEBSITE_RUN_FROM_PACKAGE", names);
        Assert.DoesNotContain("WEBSITE_CONTENTAZUREFILECONNECTIONSTRING", names);
    }

    [Fact]
    public void Every_role_assignment_is_a_data_role_scoped_to_the_storage_account_or_telemetry_scoped_to_app_insights()
    {
        var assignments = Deployed("Microsoft.Authorization/roleAssignments").ToList();

        Assert.True(assignments.Count >= 4, $"only {assignments.Count} role assignments");
        Assert.All(assignments, a =>
        {
            var roles = RolesOf(a);
            var scope = Arm.String(a.Body, "scope");
            Assert.NotEmpty(roles);
            if (roles.SetEquals([MonitoringMetricsPublisher]))
            {
                Assert.Equal(AppInsightsScope, scope);
                Assert.Equal(Arm.ModuleArgument(Template, "monitoring", "applicationInsightsName"), Arm.ModuleArgument(Template, a.Module, "applicationInsightsName"));
            }
            else
            {
                Assert.True(roles.IsSubsetOf(StorageRoles), $"{a} grants {string.Join(", ", roles)}");
                Assert.Equal(StorageScope, scope);
                // The account the module scopes to is the one the storage module creates.
                Assert.Equal(Arm.ModuleArgument(Template, "storage", "name"), Arm.ModuleArgument(Template, a.Module, "storageAccountName"));
            }
        });
    }

    [Fact]
    public void The_app_identity_gets_blob_owner_table_and_queue_contributor_and_the_telemetry_publisher_role()
    {
        var identityRoles = Deployed("Microsoft.Authorization/roleAssignments")
            .Where(a => Arm.String(a.Body, "properties", "principalId") == "[reference(resourceId('Microsoft.ManagedIdentity/userAssignedIdentities', parameters('identityName')), '2023-01-31').principalId]")
            .SelectMany(RolesOf)
            .ToHashSet();

        Assert.Equal(
            new HashSet<string> { StorageBlobDataOwner, StorageTableDataContributor, StorageQueueDataContributor, MonitoringMetricsPublisher },
            identityRoles);
        Assert.Equal(Arm.ModuleArgument(Template, "identity", "name"), Arm.ModuleArgument(Template, "roles", "identityName"));
    }

    [Fact]
    public void Function_app_runs_as_the_user_assigned_identity_and_pulls_its_package_with_it()
    {
        var app = Assert.Single(Deployed("Microsoft.Web/sites"));
        var identityId = "[resourceId('Microsoft.ManagedIdentity/userAssignedIdentities', parameters('identityName'))]";

        Assert.Equal("UserAssigned", Arm.String(app.Body, "identity", "type"));
        var assigned = Assert.Single(app.Body.GetProperty("identity").GetProperty("userAssignedIdentities").EnumerateObject());
        Assert.Equal($"[format('{{0}}', {identityId[1..^1]})]", assigned.Name);
        var storage = app.Properties.GetProperty("functionAppConfig").GetProperty("deployment").GetProperty("storage");
        Assert.Equal("UserAssignedIdentity", Arm.String(storage, "authentication", "type"));
        Assert.Equal(identityId, Arm.String(storage, "authentication", "userAssignedIdentityResourceId"));
        // The identity the app runs as is the one the roles were granted to.
        Assert.Equal(Arm.ModuleArgument(Template, "identity", "name"), Arm.ModuleArgument(Template, app.Module, "identityName"));
        // Every client id setting names that identity ('identity' is its symbol in the module).
        Assert.Equal("Microsoft.ManagedIdentity/userAssignedIdentities", Assert.Single(Arm.ResourcesOf(app.Template), r => r.Symbol == "identity").Body.GetProperty("type").GetString());
        Assert.All(AppSettings().Where(s => s.Name.EndsWith("__clientId", StringComparison.Ordinal)),
            s => Assert.Equal("[reference('identity').clientId]", s.Value));
        Assert.Equal("[format('ClientId={0};Authorization=AAD', reference('identity').clientId)]",
            AppSettings().Single(s => s.Name == "APPLICATIONINSIGHTS_AUTHENTICATION_STRING").Value);
    }

    [Fact]
    public void Function_app_is_https_only_flex_consumption_dotnet_isolated_10_without_basic_auth_publishing()
    {
        var app = Assert.Single(Deployed("Microsoft.Web/sites"));
        var plan = Assert.Single(Deployed("Microsoft.Web/serverfarms"));

        Assert.True(app.Properties.GetProperty("httpsOnly").GetBoolean());
        Assert.Equal("1.2", Arm.String(app.Properties, "siteConfig", "minTlsVersion"));
        Assert.Equal("functionapp,linux", Arm.String(app.Body, "kind"));
        Assert.Equal("dotnet-isolated", Arm.String(app.Properties, "functionAppConfig", "runtime", "name"));
        Assert.Equal("10.0", Arm.String(app.Properties, "functionAppConfig", "runtime", "version"));
        Assert.Equal("FC1", Arm.String(plan.Body, "sku", "name"));
        Assert.Equal("FlexConsumption", Arm.String(plan.Body, "sku", "tier"));
        var scm = Assert.Single(Deployed("Microsoft.Web/sites/basicPublishingCredentialsPolicies"));
        Assert.EndsWith("'scm')]", Arm.String(scm.Body, "name"), StringComparison.Ordinal);
        Assert.False(scm.Properties.GetProperty("allow").GetBoolean());
    }

    [Fact]
    public void Telemetry_accepts_entra_authentication_only()
    {
        var appInsights = Assert.Single(Deployed("Microsoft.Insights/components"));
        var workspace = Assert.Single(Deployed("Microsoft.OperationalInsights/workspaces"));

        Assert.True(appInsights.Properties.GetProperty("DisableLocalAuth").GetBoolean());
        Assert.Equal("[resourceId('Microsoft.OperationalInsights/workspaces', parameters('logAnalyticsName'))]", Arm.String(appInsights.Properties, "WorkspaceResourceId"));
        Assert.True(workspace.Properties.GetProperty("features").GetProperty("disableLocalAuth").GetBoolean());
    }

    [Fact]
    public void Blob_deletions_reach_the_queue_with_the_system_topics_own_identity()
    {
        var topic = Assert.Single(Deployed("Microsoft.EventGrid/systemTopics"));
        var subscription = Assert.Single(Deployed("Microsoft.EventGrid/systemTopics/eventSubscriptions"));

        Assert.Equal("Microsoft.Storage.StorageAccounts", Arm.String(topic.Properties, "topicType"));
        Assert.Equal("[resourceId('Microsoft.Storage/storageAccounts', parameters('storageAccountName'))]", Arm.String(topic.Properties, "source"));
        Assert.Equal(Arm.ModuleArgument(Template, "storage", "name"), Arm.ModuleArgument(Template, topic.Module, "storageAccountName"));
        Assert.Equal("SystemAssigned", Arm.String(topic.Body, "identity", "type"));

        var delivery = subscription.Properties.GetProperty("deliveryWithResourceIdentity");
        Assert.Equal("SystemAssigned", Arm.String(delivery, "identity", "type"));
        Assert.Equal("StorageQueue", Arm.String(delivery, "destination", "endpointType"));
        Assert.False(subscription.Properties.TryGetProperty("destination", out _), "a delivery without identity would need a key");
        Assert.Equal(["Microsoft.Storage.BlobDeleted"], subscription.Properties.GetProperty("filter").GetProperty("includedEventTypes").EnumerateArray().Select(e => e.GetString()));

        // The topic's identity may only add queue messages.
        var sender = Assert.Single(Deployed("Microsoft.Authorization/roleAssignments"), a => a.Module == topic.Module);
        Assert.Equal([StorageQueueDataMessageSender], RolesOf(sender));
        Assert.StartsWith($"[reference('{topic.Symbol}', ", Arm.String(sender.Body, "properties", "principalId"), StringComparison.Ordinal);
        Assert.EndsWith(").identity.principalId]", Arm.String(sender.Body, "properties", "principalId"), StringComparison.Ordinal);
    }

    private static IEnumerable<ArmResource> Deployed(string type) => Resources.Where(r => r.Type == type && !r.IsExisting);

    private static List<(string Name, string Value)> AppSettings()
    {
        var app = Assert.Single(Deployed("Microsoft.Web/sites"));
        var settings = Arm.Find(app.Properties, "siteConfig", "appSettings");
        Assert.True(settings is { ValueKind: JsonValueKind.Array }, "appSettings must be a literal array, so that it can be checked");
        return [.. settings.Value.EnumerateArray().Select(s => (s.GetProperty("name").GetString()!, s.GetProperty("value").GetString()!))];
    }

    /// <summary>
    /// The role definition ids an assignment can grant: GUID literals in its roleDefinitionId, and the values of
    /// the variables it names (a copy loop over several roles names them all).
    /// </summary>
    private static HashSet<string> RolesOf(ArmResource assignment)
    {
        var expression = Arm.String(assignment.Body, "properties", "roleDefinitionId") ?? "";
        var variables = assignment.Template.TryGetProperty("variables", out var v) ? v : default;
        var roles = Guid().Matches(expression).Select(m => m.Value).ToHashSet(StringComparer.OrdinalIgnoreCase);
        foreach (Match variable in VariableName().Matches(expression))
        {
            var value = variables.ValueKind == JsonValueKind.Object && variables.TryGetProperty(variable.Groups[1].Value, out var found) ? found.GetString() : null;
            Assert.True(value is not null && Guid().IsMatch(value), $"{assignment}: variable '{variable.Groups[1].Value}' is not a role id");
            roles.Add(value!);
        }

        return roles;
    }

    [GeneratedRegex("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")]
    private static partial Regex Guid();

    [GeneratedRegex(@"variables\('(\w+)'\)")]
    private static partial Regex VariableName();
}
