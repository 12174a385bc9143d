using AngleSharp.Dom;

namespace Pipeline.Core.Parsing.Html;

/// <summary>
/// Readability's conditional cleaning inside the chosen container: blocks that look like link lists, forms, image
/// strips or stray short lines are removed, unless they carry enough prose (ten or more commas) to be text.
/// </summary>
internal static class ContentPruner
{
    private const int ProseCommas = 10;

    private static readonly string[] ReadMorePhrases =
    [
        "read more", "read also", "also read", "see also", "related:", "more:", "lesen sie auch", "lesen sie hier",
        "lesen sie mehr", "lesen sie weiter", "mehr zum thema", "auch interessant", "schon gelesen", "weiterlesen",
        "das könnte sie auch interessieren", "lea más", "lea también", "lee también", "mira:", "puedes ver", "le puede interesar",
        "te puede interesar", "ver también", "czytaj też", "czytaj także", "zobacz też", "zobacz także", "lire aussi", "à lire aussi",
        "voir aussi", "leggi anche",
    ];
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

    /// <summary>
    /// Trafilatura's link density test: a short block that is nearly all link text ("Zurück nach oben", a row of
    /// tag links) is navigation, more readily so when it closes its container.
    /// </summary>
    private static bool IsShortLinkBlock(IElement element, TextStats stats)
    {
        var limit = element.LocalName switch
        {
            "p" => 30,
            "div" or "ul" or "ol" or "dl" or "section" => 100,
            _ => 0,
        };
        if (limit == 0)
        {
            return false;
        }

        var figures = stats.Of(element);
        var isLast = element.NextElementSibling is null;
        return figures.LinkChars > 0 && figures.Chars < (isLast ? limit * 2 : limit) && figures.LinkChars * 5 > figures.Chars * 4;
    }

    /// <summary>A paragraph that only points to another article ("Lesen Sie auch: …", "MIRA: …").</summary>
    private static bool IsReadMoreLine(IElement element, TextStats stats)
    {
        if (element.LocalName is not ("p" or "div" or "li" or "h2" or "h3" or "h4" or "strong") || stats.Chars(element) > 300)
        {
            return false;
        }

        var figures = stats.Of(element);
        if (figures.LinkChars * 2 < figures.Chars)
        {
            return false;
        }

        var text = HtmlText.Render(element).AsSpan().TrimStart();
        foreach (var phrase in ReadMorePhrases)
        {
            if (text.StartsWith(phrase, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    internal static bool IsJunk(IElement element, TextStats stats, int containerProse)
    {
        var tag = element.LocalName;
        if (IsShortLinkBlock(element, stats) || IsReadMoreLine(element, stats))
        {
            return true;
        }

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
