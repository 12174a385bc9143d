using System.Diagnostics;
using System.Reflection;
using System.Text.Json;

namespace Pipeline.Deployment.Tests.Infrastructure;

/// <summary>
/// Runs the Bicep CLI restored from the Azure.Bicep.CommandLine.linux-x64 package (its path is baked into this
/// assembly at build time). <c>build</c> and <c>lint</c> work offline: the templates use only local modules.
/// </summary>
internal static class Bicep
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(2);

    private static readonly Lazy<string> Executable = new(Locate);

    private static readonly Lazy<BicepRun> MainBuild = new(() => Run(Repository.Infra, "build", "main.bicep", "--stdout"));

    private static readonly Lazy<JsonElement> MainTemplate = new(() =>
    {
        var build = MainBuild.Value;
        Assert.True(build.ExitCode == 0, $"bicep build failed ({build.ExitCode}):\n{build.Errors}");
        using var document = JsonDocument.Parse(build.Output);
        return document.RootElement.Clone();
    });

    /// <summary><c>bicep build infra/main.bicep --stdout</c>, run once for all tests.</summary>
    public static BicepRun Build => MainBuild.Value;

    /// <summary>The compiled ARM template of infra/main.bicep.</summary>
    public static JsonElement Template => MainTemplate.Value;

    public static BicepRun Run(string workingDirectory, params string[] arguments)
    {
        var start = new ProcessStartInfo(Executable.Value)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start " + start.FileName);
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(Timeout))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"bicep {string.Join(' ', arguments)} took longer than {Timeout}.");
        }

        return new BicepRun(process.ExitCode, output.GetAwaiter().GetResult(), errors.GetAwaiter().GetResult());
    }

    private static string Locate()
    {
        var path = typeof(Bicep).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "BicepPath").Value;
        Assert.True(File.Exists(path), $"The Bicep CLI is missing at '{path}': restore tests/Pipeline.Deployment.Tests.");

        // NuGet does not keep the executable bit on every machine.
        if (!OperatingSystem.IsWindows())
        {
            var mode = File.GetUnixFileMode(path!);
            if (!mode.HasFlag(UnixFileMode.UserExecute))
            {
                File.SetUnixFileMode(path!, mode | UnixFileMode.UserExecute | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute);
            }
        }

        return path!;
    }
}

internal sealed record BicepRun(int ExitCode, string Output, string Errors);
