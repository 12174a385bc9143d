using System.Text;
using System.Text.Json;
using Pipeline.IntegrationTests.Infrastructure;

namespace Pipeline.IntegrationTests.Cli;

/// <summary><c>pipeline inspect</c> run as a process: what operators and the quality measurements read.</summary>
public sealed class InspectCommandTests
{
    [Fact]
    public async Task Json_output_is_one_object_per_file_with_entity_offsets_that_index_the_body()
    {
        var result = await PipelineCommand.RunAsync(["inspect", "--json", Repository.Seeds.FullName]);

        Assert.Equal(0, result.ExitCode);
        var lines = result.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(Directory.GetFiles(Repository.Seeds.FullName).Length, lines.Length);
        foreach (var line in lines)
        {
            using var file = JsonDocument.Parse(line);
            var root = file.RootElement;
            Assert.Equal(JsonValueKind.Null, root.GetProperty("error").ValueKind);
            var article = Assert.Single(root.GetProperty("articles").EnumerateArray());
            var body = article.GetProperty("body").GetString()!;
            Assert.False(string.IsNullOrWhiteSpace(article.GetProperty("title").GetString()));
            Assert.True(article.GetProperty("textStats").GetProperty("words").GetInt32() > 500);
            var entities = article.GetProperty("entities").EnumerateArray().ToList();
            Assert.NotEmpty(entities);
            foreach (var entity in entities)
            {
                var start = entity.GetProperty("start").GetInt32();
                var end = entity.GetProperty("end").GetInt32();
                Assert.Equal(entity.GetProperty("text").GetString(), body[start..end]);
            }
        }
    }

    [Fact]
    public async Task Forced_text_keeps_the_input_as_the_body_so_offsets_index_the_input()
    {
        var path = Path.Combine(Repository.Seeds.FullName, "000_f8b8f606e1205c8f.txt");
        var input = await File.ReadAllTextAsync(path);

        var result = await PipelineCommand.RunAsync(["inspect", "--json", "--as", "text", path]);

        Assert.Equal(0, result.ExitCode);
        using var file = JsonDocument.Parse(result.Output);
        var article = Assert.Single(file.RootElement.GetProperty("articles").EnumerateArray());
        Assert.Equal("text", file.RootElement.GetProperty("format").GetString());
        Assert.Equal(input, article.GetProperty("body").GetString());
        var first = article.GetProperty("entities").EnumerateArray().First();
        Assert.Equal(first.GetProperty("text").GetString(), input[first.GetProperty("start").GetInt32()..first.GetProperty("end").GetInt32()]);
    }

    [Fact]
    public async Task Standard_input_is_read_when_the_path_is_a_dash()
    {
        var html = "<html><head><title>Flood closes bridge - Example Times</title></head><body><article><h1>Flood closes bridge</h1>"
            + "<p>The river flooded the old bridge in Dresden on Monday, the city said.</p>"
            + "<p>Mayor Anna Schmidt asked residents to avoid the area until Friday.</p></article></body></html>";

        var result = await PipelineCommand.RunAsync(["inspect", "--json", "-"], Encoding.UTF8.GetBytes(html));

        Assert.Equal(0, result.ExitCode);
        using var file = JsonDocument.Parse(result.Output);
        Assert.Equal("-", file.RootElement.GetProperty("file").GetString());
        Assert.Equal("html", file.RootElement.GetProperty("format").GetString());
        var article = Assert.Single(file.RootElement.GetProperty("articles").EnumerateArray());
        Assert.Contains("Mayor Anna Schmidt", article.GetProperty("body").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_bad_file_is_reported_with_its_code_and_the_exit_code_says_something_failed()
    {
        var result = await PipelineCommand.RunAsync(["inspect", "--json", "-"], [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13]);

        Assert.Equal(1, result.ExitCode);
        using var file = JsonDocument.Parse(result.Output);
        Assert.Equal("binary", file.RootElement.GetProperty("error").GetProperty("code").GetString());
        Assert.Empty(file.RootElement.GetProperty("articles").EnumerateArray());
    }

    [Fact]
    public async Task Human_output_names_each_file_its_format_and_its_top_entities()
    {
        var result = await PipelineCommand.RunAsync(["inspect", Repository.Seeds.FullName]);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("000_f8b8f606e1205c8f.txt: tokenized, 1 article(s)", result.Output, StringComparison.Ordinal);
        Assert.Contains("001_4e0d7657024b0922.txt: scraped, 1 article(s)", result.Output, StringComparison.Ordinal);
        Assert.Contains("Donald Trump (person,", result.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("inspect", "--as", "pdf", "seeds")]
    [InlineData("inspect", "no-such-file.txt")]
    [InlineData("inspect")]
    public async Task Usage_errors_exit_with_two_and_one_readable_line(params string[] arguments)
    {
        var result = await PipelineCommand.RunAsync(arguments);

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("pipeline: ", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Error, StringComparison.Ordinal);
    }
}
