using System.Diagnostics;

namespace Pipeline.IntegrationTests.Infrastructure;

/// <summary>Runs the built <c>pipeline</c> command as an operator would and captures what it prints.</summary>
internal static class PipelineCommand
{
    // A hang guard, not a speed assertion: a command that never exits fails the test instead of blocking the run.
    private static readonly TimeSpan Deadline = TimeSpan.FromMinutes(2);

    public static async Task<CommandResult> RunAsync(IEnumerable<string> arguments, byte[]? standardInput = null, IReadOnlyDictionary<string, string?>? environment = null)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            WorkingDirectory = Repository.Root.FullName,
        };
        start.ArgumentList.Add(Path.Combine(Repository.OutputOf("Pipeline.Cli"), "pipeline.dll"));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in environment ?? new Dictionary<string, string?>())
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (standardInput is not null)
        {
            await process.StandardInput.BaseStream.WriteAsync(standardInput);
        }

        process.StandardInput.Close();
        using var deadline = new CancellationTokenSource(Deadline);
        try
        {
            await process.WaitForExitAsync(deadline.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"pipeline {string.Join(' ', start.ArgumentList.Skip(1))} did not exit within {Deadline}.");
        }

        return new CommandResult(process.ExitCode, await stdout, await stderr);
    }
}

internal sealed record CommandResult(int ExitCode, string Output, string Error);
