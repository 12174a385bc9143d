using Pipeline.Core;
using Pipeline.Core.Model;

namespace Pipeline.Cli.Inspection;

/// <summary>What inspecting one input gave: its analysis, or the reason the file as a whole could not be read.</summary>
internal sealed record InspectionResult(string File, FileAnalysis? Analysis, ArticleError? Error)
{
    public bool Failed => Error is not null || Analysis is null || Analysis.ArticleCount == 0;
}
