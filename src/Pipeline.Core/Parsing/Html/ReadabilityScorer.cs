using AngleSharp.Dom;

namespace Pipeline.Core.Parsing.Html;

/// <summary>
/// Readability's scoring of a cleaned page: every paragraph scores its parent fully and its further ancestors less,
/// scores are discounted by link density, and the best container climbs to a better-scoring parent. Any container
/// (this best one, or one found by name) can then be widened with the siblings that read as part of the same article.
/// </summary>
internal sealed class ReadabilityScorer
{
    private const int MinParagraphChars = 25;
    private const int AncestorLevels = 5;

    private readonly IElement _root;
    private readonly IReadOnlySet<IElement> _boilerplate;
    private readonly TextStats _stats;
    private readonly Dictionary<IElement, double> _scores;

    private ReadabilityScorer(IElement root, IReadOnlySet<IElement> boilerplate, TextStats stats, Dictionary<IElement, double> scores, IElement? best)
    {
        _root = root;
        _boilerplate = boilerplate;
        _stats = stats;
        _scores = scores;
        Best = best;
    }

    /// <summary>The best-scoring container, or null when the page has no paragraph at all.</summary>
    public IElement? Best { get; }

    public static ReadabilityScorer Score(IElement root, IReadOnlySet<IElement> boilerplate)
    {
        var stats = TextStats.Measure(root, boilerplate);
        var scores = new Dictionary<IElement, double>();
        var stack = new Stack<IElement>();
        stack.Push(root);
        while (stack.Count > 0)
        {
            var element = stack.Pop();
            if (boilerplate.Contains(element))
            {
                continue;
            }

            DomChildren.PushElements(stack, element);

            var chars = ParagraphChars(element, stats);
            if (chars < MinParagraphChars)
            {
                continue;
            }

            var score = 1.0 + Math.Min(stats.Of(element).Commas, 30) + Math.Min(chars / 100, 3);
            var ancestor = element.ParentElement;
            for (var level = 0; level < AncestorLevels && ancestor is not null; level++, ancestor = ancestor.ParentElement)
            {
                if (!scores.TryGetValue(ancestor, out var current))
                {
                    current = InitialScore(ancestor);
                }

                var divider = level switch { 0 => 1.0, 1 => 2.0, _ => level * 3.0 };
                scores[ancestor] = current + (score / divider);
                if (ancestor == root)
                {
                    break;
                }
            }
        }

        // Discounted into a new map rather than in place: a dictionary is not rewritten while it is enumerated.
        var discounted = new Dictionary<IElement, double>(scores.Count);
        IElement? top = null;
        var topScore = double.MinValue;
        foreach (var (element, score) in scores)
        {
            var adjusted = score * (1 - stats.LinkDensity(element));
            discounted[element] = adjusted;
            if (adjusted > topScore)
            {
                (top, topScore) = (element, adjusted);
            }
        }

        var best = top is null ? null : ClimbToBetterParent(top, topScore, discounted, root);
        return new ReadabilityScorer(root, boilerplate, stats, discounted, best);
    }

    /// <summary>Paragraph-like text that scores its ancestors: a paragraph, or a block's own loose text.</summary>
    private static int ParagraphChars(IElement element, TextStats stats)
    {
        switch (element.LocalName)
        {
            case "p" or "pre" or "td" or "blockquote":
                return stats.Chars(element);
            case "div" or "section" or "article" or "main":
                var own = 0;
                foreach (var child in element.ChildNodes)
                {
                    if (child is IText text)
                    {
                        own += TextStats.Count(text.Data).Chars;
                    }
                    else if (child is IElement inline && !HtmlText.IsBlock(inline) && inline.LocalName != "br")
                    {
                        own += stats.Chars(inline);
                    }
                }

                return own;
            default:
                return 0;
        }
    }

    private static double InitialScore(IElement element)
    {
        var score = element.LocalName switch
        {
            "div" or "article" or "main" or "section" => 5,
            "pre" or "td" or "blockquote" => 3,
            "address" or "ol" or "ul" or "dl" or "dd" or "dt" or "li" or "form" => -3,
            "h1" or "h2" or "h3" or "h4" or "h5" or "h6" or "th" => -5,
            _ => 0,
        };
        return score + BoilerplatePatterns.ClassWeight(ElementNames.ClassAndId(element));
    }

    private static IElement ClimbToBetterParent(IElement top, double topScore, Dictionary<IElement, double> scores, IElement root)
    {
        var lastScore = topScore;
        var threshold = topScore / 3;
        for (var parent = top.ParentElement; parent is not null && top != root; parent = parent.ParentElement)
        {
            if (scores.TryGetValue(parent, out var parentScore))
            {
                if (parentScore < threshold)
                {
                    break;
                }

                if (parentScore > lastScore)
                {
                    top = parent;
                    break;
                }

                lastScore = parentScore;
            }

            if (parent == root)
            {
                break;
            }
        }

        // A lone child says nothing its parent does not.
        while (top != root && top.ParentElement is { } only && only.ChildElementCount == 1 && only.LocalName != "body")
        {
            top = only;
        }

        return top;
    }

    /// <summary>
    /// <paramref name="top"/> with those of its siblings that score within a fifth of it or are link-poor paragraphs,
    /// in document order: a lead or a closing paragraph often sits next to the article's container, not in it.
    /// </summary>
    public List<IElement> WithRelatedSiblings(IElement top)
    {
        if (top == _root || top.ParentElement is not { } parent)
        {
            return [top];
        }

        var topScore = _scores.GetValueOrDefault(top);
        var threshold = Math.Max(10, topScore * 0.2);
        var topClass = top.GetAttribute("class");
        var picked = new List<IElement>();
        foreach (var sibling in DomChildren.Elements(parent))
        {
            if (sibling == top)
            {
                picked.Add(sibling);
                continue;
            }

            if (_boilerplate.Contains(sibling))
            {
                continue;
            }

            var bonus = !string.IsNullOrEmpty(topClass) && topClass == sibling.GetAttribute("class") ? topScore * 0.2 : 0;
            if (_scores.TryGetValue(sibling, out var score) && score + bonus >= threshold)
            {
                picked.Add(sibling);
            }
            else if (sibling.LocalName == "p")
            {
                var chars = _stats.Chars(sibling);
                var density = _stats.LinkDensity(sibling);
                if ((chars > 80 && density < 0.25) || (chars is > 0 and <= 80 && density == 0 && EndsSentence(HtmlText.Render(sibling, _boilerplate))))
                {
                    picked.Add(sibling);
                }
            }
        }

        return picked;
    }

    private static bool EndsSentence(string text)
    {
        var trimmed = text.AsSpan().TrimEnd();
        return trimmed.Length > 0 && trimmed[^1] is '.' or '!' or '?' or '"' or '“' or '”' or '«' or '»';
    }
}
