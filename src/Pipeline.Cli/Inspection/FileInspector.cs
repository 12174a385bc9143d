using Pipeline.Cli.Commands;
using Pipeline.Core;
using Pipeline.Core.Model;
using Pipeline.Storage.Articles;

namespace Pipeline.Cli.Inspection;

/// <summary>
/// Analyzes many inputs in one process, several at a time, and prints the results in input order, so a crawl of
/// thousands of files costs no start-up per file and the output is as stable as the input.
/// </summary>
internal sealed class FileInspector(ArticleAnalyzer analyzer, ArticleFormat? format)
{
    public async Task<int> InspectAllAsync(IReadOnlyList<InspectionInput> inputs, bool json, CancellationToken cancellationToken)
    {
        var window = Math.Max(2, Environment.ProcessorCount * 2);
        var pending = new Queue<Task<InspectionResult>>();
        var failed = false;
        await using var stdout = Console.OpenStandardOutput();
        foreach (var input in inputs)
        {
            pending.Enqueue(Task.Run(() => InspectAsync(input, cancellationToken), cancellationToken));
            if (pending.Count >= window)
            {
                failed |= Print(await pending.Dequeue(), json, stdout);
            }
        }

        while (pending.Count > 0)
        {
            failed |= Print(await pending.Dequeue(), json, stdout);
        }

        return failed ? ExitCodes.FailuresFound : ExitCodes.Ok;
    }

    private async Task<InspectionResult> InspectAsync(InspectionInput input, CancellationToken cancellationToken)
    {
        try
        {
            await using var content = input.Open();
            var fileName = input.File?.Name;
            var analysis = await analyzer.AnalyzeFileAsync(content, fileName, format, cancellationToken);
            return new InspectionResult(input.Name, analysis, null);
        }
        catch (ArticleFormatException ex)
        {
            return new InspectionResult(input.Name, null, ex.ToError());
        }
        catch (IOException ex)
        {
            return new InspectionResult(input.Name, null, new ArticleError(ArticleErrorCode.Undecodable, "cannot read the file: " + ex.Message));
        }
        catch (UnauthorizedAccessException ex)
        {
            return new InspectionResult(input.Name, null, new ArticleError(ArticleErrorCode.Undecodable, "cannot read the file: " + ex.Message));
        }
    }

    private static bool Print(InspectionResult result, bool json, Stream stdout)
    {
        if (json)
        {
            AnalysisJsonWriter.Write(stdout, result.File, result.Analysis, result.Error);
        }
        else
        {
            InspectionTextWriter.Write(Console.Out, result);
            Console.Out.Flush();
        }

        return result.Failed;
    }
}
