using System.Text.Json;
using System.Text.RegularExpressions;
using Pipeline.Deployment.Tests.Infrastructure;

namespace Pipeline.Deployment.Tests;

/// <summary>The templates compile and lint clean, offline, with every finding an error.</summary>
public sealed partial class BicepLintTests
{
    [Fact]
    public void Main_template_compiles_without_warnings()
    {
        var build = Bicep.Build;

        Assert.True(build.ExitCode == 0, $"bicep build exited {build.ExitCode}:\n{build.Errors}");
        Assert.True(string.IsNullOrWhiteSpace(build.Errors), "bicep build reported:\n" + build.Errors);
        Assert.EndsWith("/subscriptionDeploymentTemplate.json#", Bicep.Template.GetProperty("$schema").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Lint_exits_zero_with_no_findings()
    {
        var lint = Bicep.Run(Repository.Infra, "lint", "main.bicep");

        Assert.True(lint.ExitCode == 0, $"bicep lint exited {lint.ExitCode}:\n{lint.Output}{lint.Errors}");
        Assert.True(string.IsNullOrWhiteSpace(lint.Output + lint.Errors), "bicep lint reported:\n" + lint.Output + lint.Errors);
    }

    [Fact]
    public void Lint_fails_on_a_finding()
    {
        // The same templates and bicepconfig.json with one unused parameter added: lint must exit non-zero,
        // or the clean run above proves nothing.
        var copy = Directory.CreateTempSubdirectory("pipeline-infra-");
        try
        {
            CopyDirectory(Repository.Infra, copy.FullName);
            File.AppendAllText(Path.Combine(copy.FullName, "main.bicep"), "\nparam notUsed string = 'x'\n");

            var lint = Bicep.Run(copy.FullName, "lint", "main.bicep");

            Assert.NotEqual(0, lint.ExitCode);
            Assert.Contains("Error no-unused-params", lint.Output + lint.Errors, StringComparison.Ordinal);
        }
        finally
        {
            copy.Delete(recursive: true);
        }
    }

    [Fact]
    public void Every_core_rule_is_an_error_but_the_two_that_depend_on_the_date_or_the_network()
    {
        using var config = JsonDocument.Parse(
            File.ReadAllText(Path.Combine(Repository.Infra, "bicepconfig.json")),
            new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip });
        var core = config.RootElement.GetProperty("analyzers").GetProperty("core");
        var levels = core.GetProperty("rules").EnumerateObject().ToDictionary(r => r.Name, r => r.Value.GetProperty("level").GetString());

        Assert.True(core.GetProperty("enabled").GetBoolean());
        Assert.True(levels.Count >= 40, $"only {levels.Count} rules are configured");
        string[] off = ["use-recent-api-versions", "use-recent-module-versions"];
        Assert.All(off, rule => Assert.Equal("off", levels[rule]));
        Assert.All(levels.Where(l => !off.Contains(l.Key)), l => Assert.True(l.Value == "error", $"{l.Key} is '{l.Value}'"));
    }

    [Fact]
    public void Modules_are_local_files_so_nothing_is_fetched_from_a_registry()
    {
        var modules = Directory.EnumerateFiles(Repository.Infra, "*.bicep", SearchOption.AllDirectories)
            .SelectMany(file => ModuleReference().Matches(File.ReadAllText(file)).Select(m => (file, path: m.Groups[1].Value)))
            .ToList();

        Assert.NotEmpty(modules);
        Assert.All(modules, m =>
        {
            Assert.DoesNotContain(':', m.path);
            Assert.True(File.Exists(Path.Combine(Path.GetDirectoryName(m.file)!, m.path)), $"{m.file}: module '{m.path}' is not a local file");
        });
    }

    private static void CopyDirectory(string from, string to)
    {
        foreach (var directory in Directory.EnumerateDirectories(from, "*", SearchOption.AllDirectories))
        {
            Directory.CreateDirectory(Path.Combine(to, Path.GetRelativePath(from, directory)));
        }

        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            File.Copy(file, Path.Combine(to, Path.GetRelativePath(from, file)));
        }
    }

    [GeneratedRegex(@"^\s*module\s+\w+\s+'([^']+)'", RegexOptions.Multiline)]
    private static partial Regex ModuleReference();
}
