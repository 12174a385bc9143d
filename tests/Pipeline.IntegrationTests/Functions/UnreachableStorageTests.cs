using System.Diagnostics;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Pipeline.Api;
using Pipeline.Functions.Functions;
using Pipeline.IntegrationTests.Infrastructure;
using Pipeline.Storage.Hosting;

namespace Pipeline.IntegrationTests.Functions;

/// <summary>What callers see when storage cannot be reached: a clear answer, not a hang or a stack trace.</summary>
public sealed class UnreachableStorageTests
{
    [Fact]
    public async Task Health_answers_503_with_the_problem_when_storage_is_down()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { [StorageConnection.DefaultName] = Loopback.ClosedStorageConnectionString() })
            .Build();
        await using var services = new ServiceCollection()
            .AddLogging()
            .AddPipelineStorage(configuration)
            .AddPipelineApi(configuration)
            .AddSingleton<HttpApi>()
            .BuildServiceProvider();
        var context = new DefaultHttpContext();
        context.Response.Body = new MemoryStream();

        await services.GetRequiredService<HttpApi>().GetHealth(context.Request);

        Assert.Equal(StatusCodes.Status503ServiceUnavailable, context.Response.StatusCode);
        using var body = JsonDocument.Parse(((MemoryStream)context.Response.Body).ToArray());
        Assert.False(body.RootElement.GetProperty("storageReachable").GetBoolean());
        Assert.False(string.IsNullOrWhiteSpace(body.RootElement.GetProperty("problem").GetString()));
    }

    [Fact]
    public async Task Pipeline_drop_exits_3_with_one_readable_line_when_storage_is_down()
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[]
        {
            Path.Combine(Repository.OutputOf("Pipeline.Cli"), "pipeline.dll"), "drop", Seeds.PathOf(Seeds.CleanNbc),
            "--connection", Loopback.ClosedStorageConnectionString(),
        })
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);

        Assert.Equal(3, process.ExitCode);
        var message = (await stderr).Trim();
        Assert.StartsWith("pipeline: storage is unreachable", message, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", message, StringComparison.Ordinal);
        Assert.Equal("", (await stdout).Trim());
    }
}
