using AngleSharp.Dom;

namespace Pipeline.Core.Parsing.Html;

/// <summary>
/// Finds the article text of a parsed page: boilerplate is removed, the container is looked for by name and by
/// Readability's scoring, and the better of the two is kept (trafilatura's comparison), falling back to the whole
/// cleaned page when neither holds enough text.
/// </summary>
internal static class MainContentExtractor
{
    /// <summary>Below this many characters an extraction is taken as a miss (trafilatura's minimum).</summary>
    private const int MinExtractedChars = 250;

    public static string Extract(IDocument document)
    {
        var root = document.Body ?? document.DocumentElement;
        if (root is null)
        {
            return string.Empty;
        }

        BoilerplateCleaner.Clean(root);

        var excluded = new HashSet<IElement>();
        var byName = string.Empty;
        foreach (var container in KnownContainers.Find(root))
        {
            excluded.Clear();
            ContentPruner.Prune(container, excluded);
            byName = HtmlText.Render(container, excluded);
            if (byName.Length >= MinExtractedChars)
            {
                break;
            }
        }

        var picked = ReadabilityScorer.Pick(root);
        excluded.Clear();
        foreach (var element in picked)
        {
            ContentPruner.Prune(element, excluded);
        }

        var byScore = string.Join("\n\n", picked.Select(e => HtmlText.Render(e, excluded)).Where(t => t.Length > 0));
        var best = Choose(byName, byScore);
        if (best.Length >= MinExtractedChars)
        {
            return best;
        }

        var whole = HtmlText.Render(root);
        return whole.Length > best.Length ? whole : best;
    }

    private static string Choose(string byName, string byScore)
    {
        if (byName.Length == 0)
        {
            return byScore;
        }

        if (byScore.Length == 0 || byName.Length > 2 * byScore.Length)
        {
            return byName;
        }

        return byScore.Length > 2 * byName.Length || byName.Length < MinExtractedChars ? byScore : byName;
    }
}
