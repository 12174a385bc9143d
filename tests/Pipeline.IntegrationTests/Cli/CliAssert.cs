using System.Text.Json;
using Pipeline.IntegrationTests.Infrastructure;

namespace Pipeline.IntegrationTests.Cli;

/// <summary>Runs <c>pipeline</c> verbs against one isolated deployment and reads their output.</summary>
internal static class CliAssert
{
    /// <summary>Runs the verb and checks its exit code, showing what it printed when the code is not the one expected.</summary>
    public static async Task<CommandResult> RunAsync(IsolatedStorage storage, int expectedExitCode, params string[] arguments)
    {
        var result = await PipelineCommand.RunAsync(arguments, environment: storage.Environment);
        Assert.True(
            result.ExitCode == expectedExitCode,
            $"pipeline {string.Join(' ', arguments)} exited with {result.ExitCode}, not {expectedExitCode}.\nstdout:\n{result.Output}\nstderr:\n{result.Error}");
        return result;
    }

    /// <summary>Runs the verb with <c>--json</c> and parses the one document it prints.</summary>
    public static async Task<JsonElement> JsonAsync(IsolatedStorage storage, int expectedExitCode, params string[] arguments)
    {
        var result = await RunAsync(storage, expectedExitCode, [.. arguments, "--json"]);
        using var document = JsonDocument.Parse(result.Output);
        return document.RootElement.Clone();
    }
}
