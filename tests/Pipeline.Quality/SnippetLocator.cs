using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Pipeline.Core.Parsing.Html;

namespace Pipeline.Quality;

/// <summary>
/// For reading failures: prints, for each gold snippet of one page, the chain of elements (tag, class, id) that
/// holds it in the raw page, so that one can see which container or cleaning rule lost or kept it.
/// </summary>
internal static class SnippetLocator
{
    public static void Explain(EvaluationPage page)
    {
        var parser = new HtmlParser(new HtmlParserOptions { IsScripting = false });
        using var document = parser.ParseDocument(page.Html);
        var texts = document.Body?.Descendants<IText>().ToList() ?? [];
        var stats = TextStats.Measure(document.Body!);
        foreach (var (kind, snippets) in new[] { ("with", page.GoldWith), ("without", page.GoldWithout) })
        {
            foreach (var snippet in snippets)
            {
                var probe = snippet.Length > 20 ? snippet[..20] : snippet;
                var holder = texts.FirstOrDefault(t => t.Data.Contains(probe, StringComparison.Ordinal));
                Console.WriteLine($"{kind}: {snippet}");
                for (var element = holder?.ParentElement; element is not null; element = element.ParentElement)
                {
                    var id = element.Id is { Length: > 0 } value ? "#" + value : string.Empty;
                    var role = element.GetAttribute("role") is { } r ? " role=" + r : string.Empty;
                    var classes = element.ClassName is { Length: > 0 } c ? "." + c.Replace(' ', '.') : string.Empty;
                    var flags = (BoilerplateFinder.IsBoilerplate(element, stats, stats.Of(document.Body!).ProseChars, stats.Chars(document.Body!), stats.Chars(document.Body!) - stats.Of(document.Body!).LinkChars) ? "[cleaned] " : string.Empty)
                        + (ContentPruner.IsJunk(element, stats, stats.Of(document.Body!).ProseChars) ? "[pruned] " : string.Empty);
                    Console.WriteLine($"    {flags}{stats.Chars(element)} {element.LocalName}{id}{(classes.Length > 120 ? classes[..120] : classes)}{role}");
                }
            }
        }
    }
}
