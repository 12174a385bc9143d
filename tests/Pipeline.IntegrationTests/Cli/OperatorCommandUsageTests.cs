using Pipeline.IntegrationTests.Infrastructure;

namespace Pipeline.IntegrationTests.Cli;

/// <summary>What every operator verb promises whatever it does: help with examples, exit codes, one-line errors.</summary>
public sealed class OperatorCommandUsageTests
{
    [Theory]
    [InlineData("drop")]
    [InlineData("status")]
    [InlineData("summary")]
    [InlineData("reprocess")]
    [InlineData("verify")]
    public async Task Every_verb_has_help_with_examples_and_exit_codes(string verb)
    {
        var result = await PipelineCommand.RunAsync([verb, "--help"]);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Examples:", result.Output, StringComparison.Ordinal);
        Assert.Contains($"pipeline {verb}", result.Output, StringComparison.Ordinal);
        Assert.Contains("Exit codes:", result.Output, StringComparison.Ordinal);
        Assert.Contains("--connection", result.Output, StringComparison.Ordinal);
        Assert.Contains("--account-url", result.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("reprocess")]
    [InlineData("reprocess", "a.txt", "--all")]
    [InlineData("reprocess", "--failed", "--all")]
    [InlineData("status", "--state", "done")]
    [InlineData("status", "a.txt", "--state", "failed")]
    [InlineData("status", "--limit", "-1")]
    [InlineData("drop", "no-such-folder")]
    [InlineData("drop", "seeds/*.no-such-extension")]
    [InlineData("drop", "seeds", "--timeout", "soon")]
    [InlineData("drop", "seeds", "--parallel", "0")]
    [InlineData("summary", "--connection", "UseDevelopmentStorage=true", "--account", "acct")]
    [InlineData("summary", "--account-url", "http://acct.blob.core.windows.net")]
    [InlineData("verify", "--account-url", "https://example.com")]
    public async Task Usage_errors_exit_with_two_and_one_readable_line(params string[] arguments)
    {
        var result = await PipelineCommand.RunAsync(arguments);

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("pipeline: ", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Error, StringComparison.Ordinal);
        Assert.Equal("", result.Output);
    }

    [Theory]
    [InlineData("status")]
    [InlineData("summary")]
    [InlineData("reprocess", "--all")]
    [InlineData("verify")]
    public async Task Unreachable_storage_exits_with_three_and_one_line_and_verbose_adds_the_stack_trace(string verb, params string[] more)
    {
        string[] arguments = [verb, .. more, "--connection", Loopback.ClosedStorageConnectionString()];

        var result = await PipelineCommand.RunAsync(arguments);
        var verbose = await PipelineCommand.RunAsync([.. arguments, "--verbose"]);

        Assert.Equal((3, 3), (result.ExitCode, verbose.ExitCode));
        var line = Assert.Single(result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("pipeline: storage is unreachable", line, StringComparison.Ordinal);
        Assert.Contains("   at ", verbose.Error, StringComparison.Ordinal);
        Assert.Equal("", result.Output);
    }
}
