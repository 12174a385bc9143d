using AngleSharp.Dom;

namespace Pipeline.Core.Parsing.Html;

/// <summary>
/// Finds the article's container by the names that content management systems give it (<c>entry-content</c>,
/// <c>article-body</c>, <c>itemprop=articleBody</c>, <c>&lt;article&gt;</c>, <c>#content</c>, <c>&lt;main&gt;</c>),
/// most specific rule first, as trafilatura's body expressions do.
/// </summary>
internal static class KnownContainers
{
    private const int RuleCount = 5;

    private static readonly string[] ArticleBodyClasses =
    [
        "post-text", "post_text", "post-body", "post-entry", "postentry", "post-content", "post_content", "postcontent",
        "post_inner_wrapper", "article-text", "articletext", "entry-content", "article-content", "article__content",
        "article-body", "article__body", "articlebody", "articlecontent", "page-content", "text-content", "body-text",
        "article__container", "art-content",
    ];

    private static readonly string[] ArticleBodyIds =
    [
        "entry-content", "article-content", "article__content", "article-body", "article__body", "articlebody",
        "articlecontent", "body-text", "art-content",
    ];

    private static readonly string[] StoryClasses =
    [
        "post-bodycopy", "storycontent", "story-content", "theme-content", "blog-content", "section-content",
        "single-content", "single-post", "main-column", "wpb_text_column", "story-body", "field-body", "fulltext",
    ];

    private static readonly string[] MainContentNames =
    [
        "content-main", "content_main", "content-body", "contentbody", "content__body", "main-content", "page-content",
    ];

    /// <summary>For each rule, most specific first, the first element in document order that it matches.</summary>
    public static List<IElement> Find(IElement root, IReadOnlySet<IElement> boilerplate)
    {
        var firsts = new IElement?[RuleCount];
        var found = 0;
        var stack = new Stack<IElement>();
        stack.Push(root);
        while (stack.Count > 0 && found < RuleCount)
        {
            var element = stack.Pop();
            if (boilerplate.Contains(element))
            {
                continue;
            }

            if (element.LocalName is "article" or "div" or "main" or "section")
            {
                var className = ElementNames.Bounded(element.GetAttribute("class")).ToString().ToLowerInvariant();
                var id = ElementNames.Bounded(element.GetAttribute("id")).ToString().ToLowerInvariant();
                for (var rule = 0; rule < RuleCount; rule++)
                {
                    if (firsts[rule] is null && Matches(element, rule, className, id))
                    {
                        firsts[rule] = element;
                        found++;
                    }
                }
            }

            DomChildren.PushElements(stack, element);
        }

        return [.. firsts.OfType<IElement>()];
    }

    private static bool Matches(IElement element, int rule, string className, string id)
    {
        var tag = element.LocalName;
        if (rule == 1)
        {
            return tag == "article";
        }

        var role = element.GetAttribute("role");
        return rule switch
        {
            0 => className is "post" or "entry" || ContainsAny(className, ArticleBodyClasses) || ContainsAny(id, ArticleBodyIds)
                || string.Equals(element.GetAttribute("itemprop"), "articleBody", StringComparison.OrdinalIgnoreCase),
            2 => ContainsAny(className, StoryClasses) || className is "postarea" or "art-postcontent" or "text" or "cell" or "story"
                || className.StartsWith("article ", StringComparison.Ordinal) || id.StartsWith("primary", StringComparison.Ordinal)
                || id is "article" or "story" || id.Contains("story-body", StringComparison.Ordinal)
                || string.Equals(role, "article", StringComparison.OrdinalIgnoreCase),
            3 => ContainsAny(className, MainContentNames) || ContainsAny(id, MainContentNames) || id == "content" || className == "content",
            4 => tag == "main" || className.StartsWith("main", StringComparison.Ordinal) || id.StartsWith("main", StringComparison.Ordinal)
                || (role?.StartsWith("main", StringComparison.OrdinalIgnoreCase) ?? false),
            _ => false,
        };
    }

    private static bool ContainsAny(string value, string[] fragments)
    {
        if (value.Length == 0)
        {
            return false;
        }

        foreach (var fragment in fragments)
        {
            if (value.Contains(fragment, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
