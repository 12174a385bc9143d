using System.Diagnostics;
using System.Text;
using System.Text.Json;
using Pipeline.IntegrationTests.Infrastructure;

namespace Pipeline.IntegrationTests.Cli;

/// <summary><c>pipeline drop</c> as an operator runs it: a bulk drop followed to the end, and Ctrl+C.</summary>
public sealed class DropCommandTests
{
    private const int Generated = 500;

    [Fact]
    public async Task Seeds_and_500_generated_files_dropped_with_wait_are_all_processed_and_counted_once()
    {
        await using var storage = await IsolatedStorage.CreateAsync();
        var folder = Directory.CreateTempSubdirectory("pipeline-drop-");
        try
        {
            GeneratedArticles.Write(folder.CreateSubdirectory("generated"), Generated);
            await using var runtime = await LocalRuntime.StartAsync(storage);
            var total = Generated + Seeds.Names.Count;

            var drop = await CliAssert.JsonAsync(storage, 0, "drop", Repository.Seeds.FullName, folder.FullName, "--wait", "--timeout", "100s");

            Assert.Equal((total, total, 0, true), (drop.GetProperty("files").GetArrayLength(), drop.GetProperty("uploaded").GetInt32(), drop.GetProperty("unchanged").GetInt32(), drop.GetProperty("waited").GetBoolean()));
            Assert.Equal((total, 0, 0, 0), (drop.GetProperty("processed").GetInt32(), drop.GetProperty("failed").GetInt32(), drop.GetProperty("quarantined").GetInt32(), drop.GetProperty("pending").GetInt32()));
            var names = drop.GetProperty("files").EnumerateArray().Select(f => f.GetProperty("name").GetString()).ToList();
            Assert.Contains("generated/article-499.txt", names);
            Assert.Contains(Seeds.PtbCnn, names);
            Assert.All(drop.GetProperty("files").EnumerateArray(), f => Assert.Equal("processed", f.GetProperty("state").GetString()));

            var status = await CliAssert.JsonAsync(storage, 0, "status", "--limit", "0");
            Assert.False(status.GetProperty("more").GetBoolean());
            Assert.Equal(total, status.GetProperty("files").EnumerateArray().Count(f => f.GetProperty("state").GetString() == "processed"));
            var summary = await CliAssert.JsonAsync(storage, 0, "summary");
            Assert.Equal((total, 0L), (summary.GetProperty("articles").GetInt64(), summary.GetProperty("failedFiles").GetInt64()));
            Assert.Equal(total, (await runtime.GetSummaryAsync()).GetProperty("articles").GetInt64());

            // The same drop again: nothing is uploaded, so nothing is processed or counted twice.
            var again = await CliAssert.RunAsync(storage, 0, "drop", Repository.Seeds.FullName, folder.FullName);
            Assert.Contains($"Dropped {total} file(s)", again.Output, StringComparison.Ordinal);
            Assert.Contains($"0 uploaded, {total} unchanged.", again.Output, StringComparison.Ordinal);
            var text = await CliAssert.RunAsync(storage, 0, "summary");
            Assert.StartsWith($"{total} article(s), ", text.Output, StringComparison.Ordinal);
            var leader = summary.GetProperty("topEntities")[0];
            Assert.Matches($@"(?m)^\s*1\s+{System.Text.RegularExpressions.Regex.Escape(leader.GetProperty("name").GetString()!)}\s+{leader.GetProperty("type").GetString()}\s+{leader.GetProperty("articles").GetInt64():N0}\s", text.Output);
            Assert.Contains("Top sources", text.Output, StringComparison.Ordinal);
            Assert.DoesNotContain("\u001b[", text.Output, StringComparison.Ordinal);
            var listed = await CliAssert.RunAsync(storage, 0, "status", "--limit", "10");
            Assert.Contains("More files than --limit 10", listed.Output, StringComparison.Ordinal);
            Assert.Matches($@"(?m)^{Seeds.PtbCnn}\s+processed\s", listed.Output);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task Ctrl_c_while_waiting_stops_at_once_and_says_the_files_were_dropped()
    {
        // No pipeline runs here, so --wait would wait for the whole timeout.
        await using var storage = await IsolatedStorage.CreateAsync();
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in new[] { Path.Combine(Repository.OutputOf("Pipeline.Cli"), "pipeline.dll"), "drop", Repository.Seeds.FullName, "--wait" })
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in storage.Environment)
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start)!;
        var output = new StringBuilder();
        process.OutputDataReceived += (_, e) =>
        {
            lock (output)
            {
                output.AppendLine(e.Data);
            }
        };
        process.BeginOutputReadLine();
        var stderr = process.StandardError.ReadToEndAsync();
        await Eventually.ReturnsAsync(
            () => Task.FromResult(Read(output)),
            text => text.Contains("3 uploaded", StringComparison.Ordinal) || process.HasExited,
            "the drop reports its uploads and starts waiting");

        using (var interrupt = Process.Start("kill", ["-INT", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
        {
            await interrupt.WaitForExitAsync();
        }

        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await process.WaitForExitAsync(deadline.Token);
        Assert.Equal(130, process.ExitCode);
        Assert.Contains("Interrupted while waiting; the files were dropped", Read(output), StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", await stderr, StringComparison.Ordinal);
        var status = await CliAssert.JsonAsync(storage, 0, "status", "--state", "pending");
        Assert.Equal(Seeds.Names, status.GetProperty("files").EnumerateArray().Select(f => f.GetProperty("name").GetString()));
    }

    private static string Read(StringBuilder output)
    {
        lock (output)
        {
            return output.ToString();
        }
    }
}
