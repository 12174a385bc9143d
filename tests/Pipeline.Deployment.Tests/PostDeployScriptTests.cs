using System.Diagnostics;
using System.Text.RegularExpressions;
using Pipeline.Deployment.Tests.Infrastructure;

namespace Pipeline.Deployment.Tests;

/// <summary>
/// The post-deployment step that azd runs (azure.yaml) and the names it shares with the code and the templates:
/// a renamed function or output would only show on a real deployment, as an Event Grid subscription that never
/// fires or a script that stops on an unset variable.
/// </summary>
public sealed partial class PostDeployScriptTests
{
    private static readonly string ScriptPath = Repository.PathOf("infra", "scripts", "subscribe-blob-created.sh");
    private static readonly string Script = File.ReadAllText(ScriptPath);

    [Fact]
    public void The_webhook_calls_the_event_grid_blob_trigger_by_its_function_name()
    {
        var functionName = Assert.Single(FunctionNameAssignment().Matches(Script)).Groups[1].Value;

        Assert.Contains("functionName=Host.Functions.$function_name", Script, StringComparison.Ordinal);
        var trigger = FunctionMetadata.TriggerOf(functionName);
        Assert.Equal("blobTrigger", trigger.GetProperty("type").GetString());
        Assert.Equal("EventGrid", trigger.GetProperty("source").GetString());
        Assert.Contains("--query \"systemKeys.blobs_extension\"", Script, StringComparison.Ordinal);
        Assert.Contains("/runtime/webhooks/blobs?", Script, StringComparison.Ordinal);
    }

    [Fact]
    public void The_subscription_filters_created_blobs_of_the_articles_container_by_api()
    {
        Assert.Contains("--included-event-types Microsoft.Storage.BlobCreated", Script, StringComparison.Ordinal);
        Assert.Contains("--subject-begins-with \"/blobServices/default/containers/$ARTICLES_CONTAINER_NAME/blobs/\"", Script, StringComparison.Ordinal);
        Assert.Contains("--advanced-filter data.api StringIn PutBlob PutBlockList FlushWithClose", Script, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_environment_variable_the_script_reads_is_an_output_of_the_template()
    {
        var outputs = Bicep.Template.GetProperty("outputs").EnumerateObject().Select(o => o.Name).ToHashSet();
        var read = RequiredVariable().Matches(Script).Select(m => m.Groups[1].Value).ToList();

        Assert.NotEmpty(read);
        Assert.All(read, name => Assert.Contains(name, outputs));
        // Nothing else is read from the environment without a check.
        var used = UsedVariable().Matches(Script).Select(m => m.Groups[1].Value).Where(v => v.Any(char.IsUpper)).Distinct();
        Assert.All(used, name => Assert.Contains(name, read));
    }

    [Fact]
    public void Script_is_executable_bash_and_parses()
    {
        Assert.StartsWith("#!/usr/bin/env bash\n", Script, StringComparison.Ordinal);
        Assert.Contains("set -euo pipefail", Script, StringComparison.Ordinal);
        if (!OperatingSystem.IsWindows())
        {
            // azd runs a posix hook by its path, so the file itself must be executable.
            Assert.True(File.GetUnixFileMode(ScriptPath).HasFlag(UnixFileMode.UserExecute), $"{ScriptPath} is not executable");
        }

        var start = new ProcessStartInfo("bash") { RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add("-n");
        start.ArgumentList.Add(ScriptPath);
        using var bash = Process.Start(start)!;
        var errors = bash.StandardError.ReadToEnd();
        bash.WaitForExit();
        Assert.True(bash.ExitCode == 0, "bash -n: " + errors);
    }

    [Fact]
    public void Azd_deploys_the_function_project_to_the_tagged_app_and_runs_the_script_after_each_deploy()
    {
        var yaml = File.ReadAllText(Repository.PathOf("azure.yaml"));
        var service = Assert.Single(ServiceBlock().Matches(yaml));

        Assert.Equal("./src/Pipeline.Functions", service.Groups["project"].Value);
        Assert.True(File.Exists(Repository.PathOf("src", "Pipeline.Functions", "Pipeline.Functions.csproj")));
        Assert.Equal("dotnet", service.Groups["language"].Value);
        Assert.Equal("function", service.Groups["host"].Value);
        // azd finds the app by its azd-service-name tag.
        Assert.Equal(service.Groups["name"].Value, Arm.ModuleArgument(Bicep.Template, "functionApp", "azdServiceName"));
        Assert.Matches(@"postdeploy:\s*\n\s+posix:\s*\n\s+shell: sh\s*\n\s+run: \./infra/scripts/subscribe-blob-created\.sh\s*\n", yaml);

        var parameters = File.ReadAllText(Repository.PathOf("infra", "main.parameters.json"));
        Assert.Contains("\"${AZURE_ENV_NAME}\"", parameters, StringComparison.Ordinal);
        Assert.Contains("\"${AZURE_LOCATION}\"", parameters, StringComparison.Ordinal);
    }

    [GeneratedRegex(@"^function_name=(\w+)$", RegexOptions.Multiline)]
    private static partial Regex FunctionNameAssignment();

    [GeneratedRegex(@"^: ""\$\{(\w+):\?", RegexOptions.Multiline)]
    private static partial Regex RequiredVariable();

    [GeneratedRegex(@"\$\{?([A-Za-z_]\w*)")]
    private static partial Regex UsedVariable();

    [GeneratedRegex(@"^services:\s*\n  (?<name>[\w-]+):\s*\n    project: (?<project>\S+)\s*\n    language: (?<language>\w+)\s*\n    host: (?<host>\w+)\s*$", RegexOptions.Multiline)]
    private static partial Regex ServiceBlock();
}
