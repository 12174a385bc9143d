using AngleSharp.Dom;

namespace Pipeline.Core.Parsing.Html;

/// <summary>
/// Readability's conditional cleaning inside the chosen container: blocks that look like link lists, forms, image
/// strips or stray short lines are removed, unless they carry enough prose (ten or more commas) to be text.
/// </summary>
internal static class ContentPruner
{
    private const int ProseCommas = 10;
    private const int MinBlockChars = 25;
    private const int MinProseChars = 200;

    /// <summary>Adds the junk blocks under <paramref name="container"/> to <paramref name="excluded"/>; the page is left as it is.</summary>
    public static void Prune(IElement container, HashSet<IElement> excluded)
    {
        var stats = TextStats.Measure(container);
        var containerProse = stats.Of(container).ProseChars;
        var stack = new Stack<IElement>();
        for (var child = container.LastElementChild; child is not null; child = child.PreviousElementSibling)
        {
            stack.Push(child);
        }

        while (stack.Count > 0)
        {
            var element = stack.Pop();
            if (IsJunk(element, stats, containerProse))
            {
                excluded.Add(element);
                continue;
            }

            for (var child = element.LastElementChild; child is not null; child = child.PreviousElementSibling)
            {
                stack.Push(child);
            }
        }
    }

    internal static bool IsJunk(IElement element, TextStats stats, int containerProse)
    {
        var tag = element.LocalName;
        if (tag is "h1" or "h2" or "h3" or "h4" or "h5" or "h6")
        {
            return BoilerplatePatterns.ClassWeight(ElementNames.ClassAndId(element)) < 0;
        }

        if (tag is not ("div" or "section" or "ul" or "ol" or "table" or "form" or "fieldset" or "dl" or "span"))
        {
            return false;
        }

        var figures = stats.Of(element);
        if (containerProse > 0 && figures.ProseChars * 2 >= containerProse)
        {
            // It holds most of the article's running text, whatever its name.
            return false;
        }

        var weight = BoilerplatePatterns.ClassWeight(ElementNames.ClassAndId(element));
        if (weight < 0)
        {
            return true;
        }

        if (figures.Commas >= ProseCommas || figures.ProseChars >= MinProseChars)
        {
            return false;
        }

        var isList = tag is "ul" or "ol" || (figures.ListItems > 0 && figures.Paragraphs == 0);
        var linkDensity = stats.LinkDensity(element);
        if (isList)
        {
            return linkDensity > 0.5;
        }

        if (tag == "span")
        {
            return false;
        }

        return (figures.Images > 1 && figures.Paragraphs * 2 < figures.Images)
            || figures.ListItems > figures.Paragraphs + 100
            || (figures.Inputs > 0 && figures.Inputs > figures.Paragraphs / 3)
            || (figures.Chars < MinBlockChars && figures.Images is 0 or > 2 && figures.Chars > 0 && tag != "table")
            || (weight < 25 && linkDensity > 0.2)
            || (weight >= 25 && linkDensity > 0.5);
    }
}
