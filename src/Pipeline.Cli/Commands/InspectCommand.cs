using System.CommandLine;
using Pipeline.Cli.Inspection;
using Pipeline.Core;
using Pipeline.Core.Model;

namespace Pipeline.Cli.Commands;

/// <summary>
/// <c>pipeline inspect [--as FORMAT] [--json] PATH...</c>: parses and analyzes files exactly as ingestion would,
/// touching no storage, and prints what would be stored. Operators use it to see why a file came out as it did.
/// </summary>
public static class InspectCommand
{
    /// <summary>The <c>--as</c> values and the formats they force (<c>auto</c> detects).</summary>
    public static IReadOnlyDictionary<string, ArticleFormat?> Formats { get; } = new Dictionary<string, ArticleFormat?>(StringComparer.OrdinalIgnoreCase)
    {
        ["auto"] = null,
        ["text"] = ArticleFormat.Text,
        ["tokenized"] = ArticleFormat.Tokenized,
        ["scraped"] = ArticleFormat.Scraped,
        ["html"] = ArticleFormat.Html,
        ["json"] = ArticleFormat.Json,
        ["jsonl"] = ArticleFormat.JsonLines,
        ["rss"] = ArticleFormat.Rss,
        ["atom"] = ArticleFormat.Atom,
        ["markdown"] = ArticleFormat.Markdown,
    };

    public static Command Create()
    {
        var paths = new Argument<string[]>("path")
        {
            Description = "Files or folders (folders recursively), or - for standard input.",
            Arity = ArgumentArity.OneOrMore,
        };
        var format = new Option<string>("--as")
        {
            Description = "Read every input as this format instead of detecting it.",
            DefaultValueFactory = _ => "auto",
        };
        format.AcceptOnlyFromAmong([.. Formats.Keys]);
        var json = new Option<bool>("--json") { Description = "Write one JSON object per input file per line, for scripts." };
        var command = new Command("inspect", """
            Show what the pipeline would extract from files, without touching storage.

            Examples:
              pipeline inspect seeds/
              pipeline inspect --json seeds/000_f8b8f606e1205c8f.txt
              gunzip -c story.html.gz | pipeline inspect --as html -
            Exit codes: 0 every file yielded an article, 1 some file failed, 2 usage error.
            """)
        {
            paths, format, json,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var inputs = InspectionInputs.Expand(parse.GetValue(paths)!, out var missing);
            if (missing is not null)
            {
                await Console.Error.WriteLineAsync($"pipeline: '{missing}' does not exist.");
                return ExitCodes.Usage;
            }

            var inspector = new FileInspector(new ArticleAnalyzer(), Formats[parse.GetValue(format)!]);
            return await inspector.InspectAllAsync(inputs, parse.GetValue(json), cancellationToken);
        });
        return command;
    }
}
