using AngleSharp.Dom;

namespace Pipeline.Core.Parsing.Html;

/// <summary>
/// Marks the junk inside a candidate container, leaving the page as it is: Readability's conditional cleaning
/// (blocks that look like link lists, forms, image strips or stray short lines, unless they carry enough running
/// text), trafilatura's short-link-block test, "read more" lines, date stamps, and the headings left dangling at
/// the end once the list they introduced is gone.
/// </summary>
internal static class ContentPruner
{
    private const int ProseCommas = 10;
    private const int MinProseChars = 200;
    private const int MinBlockChars = 25;
    private const int MaxReadMoreChars = 300;
    private const int MaxDateLineChars = 40;
    private const int MaxCreditLineChars = 150;
    private const int MaxTrailingTitles = 3;
    private const int MaxTrailingLabelChars = 80;

    private static readonly string[] CreditPrefixes =
    [
        "©", "(c) ", "copyright ", "foto:", "fotos:", "foto ©", "bild:", "bilder:", "bildquelle", "quelle:", "quellen:",
        "titelbild:", "beitragsbild", "photo:", "photos:", "photo credit", "photograph by", "image:", "image credit",
        "credit:", "credits:", "crédit", "crédito",
    ];

    private static readonly string[] ReadMorePhrases =
    [
        "read more", "read also", "also read", "see also", "related:", "more:", "lesen sie auch", "lesen sie hier",
        "lesen sie mehr", "lesen sie weiter", "mehr zum thema", "auch interessant", "schon gelesen", "weiterlesen",
        "das könnte sie auch interessieren", "lea más", "lea también", "lee también", "mira:", "puedes ver", "le puede interesar",
        "te puede interesar", "ver también", "czytaj też", "czytaj także", "zobacz też", "zobacz także", "lire aussi", "à lire aussi",
        "voir aussi", "leggi anche",
    ];

    /// <summary>
    /// Adds the junk blocks under <paramref name="container"/> to <paramref name="excluded"/>, which already holds the
    /// page's boilerplate; the page is left as it is.
    /// </summary>
    public static void Prune(IElement container, HashSet<IElement> excluded)
    {
        var stats = TextStats.Measure(container, excluded);
        var containerProse = stats.Of(container).ProseChars;
        var stack = new Stack<IElement>();
        DomChildren.PushElements(stack, container);

        while (stack.Count > 0)
        {
            var element = stack.Pop();
            if (excluded.Contains(element))
            {
                continue;
            }

            if (IsJunk(element, stats, containerProse))
            {
                excluded.Add(element);
                continue;
            }

            DomChildren.PushElements(stack, element);
        }

        ExcludeTrailingTitles(container, excluded);
    }

    /// <summary>
    /// Headings, and short lines ending in a colon, that close the container introduce what was pruned after them
    /// ("Das könnte Sie auch interessieren", "Weitere Informationen:"): without it they are furniture too.
    /// </summary>
    private static void ExcludeTrailingTitles(IElement container, HashSet<IElement> excluded)
    {
        for (var round = 0; round < MaxTrailingTitles; round++)
        {
            if (LastTextNode(container, excluded) is not { } last || TitleHolding(last, container) is not { } title)
            {
                return;
            }

            excluded.Add(title);
        }
    }

    private static IText? LastTextNode(IElement container, HashSet<IElement> excluded)
    {
        var stack = new Stack<INode>();
        stack.Push(container);
        while (stack.Count > 0)
        {
            var node = stack.Pop();
            if (node is IText text)
            {
                if (!string.IsNullOrWhiteSpace(text.Data))
                {
                    return text;
                }

                continue;
            }

            if (node is IElement element && (HtmlText.IsInvisible(element) || excluded.Contains(element)))
            {
                continue;
            }

            // Children pushed first to last, so the last child is looked at first.
            var children = node.ChildNodes;
            for (var i = 0; i < children.Length; i++)
            {
                stack.Push(children[i]);
            }
        }

        return null;
    }

    private static IElement? TitleHolding(IText text, IElement container)
    {
        IElement? block = null;
        for (var element = text.ParentElement; element is not null && element != container; element = element.ParentElement)
        {
            if (element.LocalName is "h1" or "h2" or "h3" or "h4" or "h5" or "h6")
            {
                return element;
            }

            if (block is null && HtmlText.IsBlock(element))
            {
                block = element;
            }
        }

        if (block is null || block.LocalName is "li" or "td" or "th" or "tr")
        {
            return null;
        }

        var line = HtmlText.Render(block).AsSpan().Trim();
        return line.Length is > 0 and <= MaxTrailingLabelChars && line[^1] == ':' ? block : null;
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
        var isLast = DomChildren.IsLastElement(element);
        return figures.LinkChars > 0 && figures.Chars < (isLast ? limit * 2 : limit) && figures.LinkChars * 5 > figures.Chars * 4;
    }

    /// <summary>A short line that is mostly a date or time stamp ("23.10.2018", "12.12.2022, 08:30 Uhr").</summary>
    private static bool IsDateLine(IElement element, TextStats stats)
    {
        if (element.LocalName is not ("p" or "div") || stats.Chars(element) is 0 or > MaxDateLineChars)
        {
            return false;
        }

        var text = HtmlText.Render(element);
        var digits = 0;
        var hasYear = false;
        for (var i = 0; i < text.Length; i++)
        {
            if (!char.IsAsciiDigit(text[i]))
            {
                continue;
            }

            digits++;
            hasYear |= i + 3 < text.Length && text[i] is '1' or '2' && text[i + 1] is '9' or '0' && char.IsAsciiDigit(text[i + 2])
                && char.IsAsciiDigit(text[i + 3]) && (i + 4 == text.Length || !char.IsAsciiDigit(text[i + 4])) && (i == 0 || !char.IsAsciiDigit(text[i - 1]));
        }

        return hasYear && digits * 4 >= stats.Chars(element);
    }

    /// <summary>A short line that credits a photo or claims copyright ("Foto: dpa", "© 2020 Example Media").</summary>
    private static bool IsCreditLine(IElement element, TextStats stats)
    {
        if (element.LocalName is not ("p" or "div" or "small" or "figcaption") || stats.Chars(element) is 0 or > MaxCreditLineChars)
        {
            return false;
        }

        var text = HtmlText.Render(element).AsSpan().TrimStart();
        foreach (var prefix in CreditPrefixes)
        {
            if (text.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A paragraph that only points to another article ("Lesen Sie auch: …", "MIRA: …").</summary>
    private static bool IsReadMoreLine(IElement element, TextStats stats)
    {
        if (element.LocalName is not ("p" or "div" or "li" or "h2" or "h3" or "h4" or "strong") || stats.Chars(element) > MaxReadMoreChars)
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

    /// <summary>Whether one element is junk; internal so that the quality tool can explain a page's losses.</summary>
    internal static bool IsJunk(IElement element, TextStats stats, int containerProse)
    {
        var tag = element.LocalName;
        if (IsShortLinkBlock(element, stats) || IsReadMoreLine(element, stats) || IsDateLine(element, stats) || IsCreditLine(element, stats))
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
