using AngleSharp.Dom;

namespace Pipeline.Core.Parsing.Html;

/// <summary>
/// Finds the article text of a parsed page: boilerplate is removed, the container is looked for by name and by
/// Readability's scoring, each is widened with its related siblings and pruned, and the longer is kept (a variant of
/// trafilatura's comparison), falling back to the whole cleaned page when neither holds enough text.
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

        var boilerplate = BoilerplateFinder.Find(root);
        var readability = ReadabilityScorer.Score(root, boilerplate);
        var byName = string.Empty;
        foreach (var container in KnownContainers.Find(root, boilerplate))
        {
            byName = PrunedText(readability.WithRelatedSiblings(container), boilerplate);
            if (byName.Length >= MinExtractedChars)
            {
                break;
            }
        }

        var byScore = readability.Best is { } top ? PrunedText(readability.WithRelatedSiblings(top), boilerplate) : string.Empty;
        var best = Choose(byName, byScore);
        if (best.Length >= MinExtractedChars)
        {
            return best;
        }

        var whole = HtmlText.Render(root, boilerplate);
        return whole.Length > best.Length ? whole : best;
    }

    private static string PrunedText(List<IElement> blocks, HashSet<IElement> boilerplate)
    {
        var excluded = new HashSet<IElement>(boilerplate);
        foreach (var block in blocks)
        {
            ContentPruner.Prune(block, excluded);
        }

        return string.Join("\n\n", blocks.Select(block => HtmlText.Render(block, excluded)).Where(text => text.Length > 0));
    }

    /// <summary>
    /// Both candidates have been pruned the same way, so the longer one has kept more of the article; a named
    /// container too short to be one loses unless the scored pick is shorter still.
    /// </summary>
    private static string Choose(string byName, string byScore)
    {
        if (byScore.Length > byName.Length)
        {
            return byScore;
        }

        return byName.Length >= MinExtractedChars || byName.Length > 2 * byScore.Length ? byName : byScore;
    }
}
