using AngleSharp.Dom;

namespace Pipeline.Core.Parsing.Html;

/// <summary>
/// Text figures of every element under a root, measured in one pass: visible characters (whitespace not counted),
/// characters inside links, commas, running text (paragraphs that are mostly not links), and how many paragraphs,
/// list items, images, inputs and level-1 headings it holds.
/// </summary>
internal sealed class TextStats
{
    private readonly Dictionary<IElement, int> _index;
    private readonly Figures[] _figures;

    private TextStats(Dictionary<IElement, int> index, Figures[] figures)
    {
        _index = index;
        _figures = figures;
    }

    /// <summary>Measures <paramref name="root"/> and everything under it except the <paramref name="skipped"/> elements.</summary>
    public static TextStats Measure(IElement root, IReadOnlySet<IElement>? skipped = null)
    {
        var elements = new List<IElement>();
        var own = new List<Figures>();
        var index = new Dictionary<IElement, int>();
        var stack = new Stack<(INode Node, int Owner, bool InLink)>();
        stack.Push((root, -1, false));
        while (stack.Count > 0)
        {
            var (node, owner, inLink) = stack.Pop();
            if (node is IText text)
            {
                if (owner >= 0)
                {
                    var (chars, commas) = Count(text.Data);
                    var figures = own[owner];
                    figures.Chars += chars;
                    figures.Commas += commas;
                    figures.LinkChars += inLink ? chars : 0;
                    own[owner] = figures;
                }

                continue;
            }

            if (node is not IElement element)
            {
                continue;
            }

            if (skipped is not null && element != root && skipped.Contains(element))
            {
                continue;
            }

            if (HtmlText.IsInvisible(element))
            {
                if (owner >= 0 && element.LocalName is "input" or "textarea" or "select" or "button")
                {
                    var figures = own[owner];
                    figures.Inputs++;
                    own[owner] = figures;
                }

                continue;
            }

            var self = elements.Count;
            elements.Add(element);
            index[element] = self;
            own.Add(Figures.OfTag(element.LocalName));
            var childInLink = inLink || element.LocalName == "a";
            var children = element.ChildNodes;
            for (var i = children.Length - 1; i >= 0; i--)
            {
                stack.Push((children[i], self, childInLink));
            }
        }

        // Pre-order puts every element after its parent: walking backwards adds each subtree into its parent once.
        var totals = own.ToArray();
        for (var i = totals.Length - 1; i >= 0; i--)
        {
            if (elements[i].LocalName is "p" or "pre" or "blockquote" && totals[i].LinkChars * 2 < totals[i].Chars)
            {
                totals[i].ProseChars = totals[i].Chars;
            }

            if (i > 0 && elements[i].ParentElement is { } parent && index.TryGetValue(parent, out var p))
            {
                totals[p].Add(totals[i]);
            }
        }

        return new TextStats(index, totals);
    }

    public Figures Of(IElement element) => _index.TryGetValue(element, out var i) ? _figures[i] : default;

    public int Chars(IElement element) => Of(element).Chars;

    public double LinkDensity(IElement element)
    {
        var figures = Of(element);
        return figures.Chars == 0 ? 0 : Math.Min(1.0, (double)figures.LinkChars / figures.Chars);
    }

    public static (int Chars, int Commas) Count(string data)
    {
        var chars = 0;
        var commas = 0;
        foreach (var c in data)
        {
            if (!char.IsWhiteSpace(c))
            {
                chars++;
                commas += c is ',' or '،' or '，' ? 1 : 0;
            }
        }

        return (chars, commas);
    }

    /// <summary>Counts for one element and everything under it.</summary>
    internal struct Figures
    {
        public int Chars;
        public int LinkChars;
        public int Commas;
        public int Paragraphs;
        public int ListItems;
        public int Images;
        public int Inputs;
        public int Headlines;

        /// <summary>Characters in paragraphs that are mostly not links: running text rather than menus or teasers.</summary>
        public int ProseChars;

        public static Figures OfTag(string localName) => localName switch
        {
            "p" => new Figures { Paragraphs = 1 },
            "li" => new Figures { ListItems = 1 },
            "img" => new Figures { Images = 1 },
            "h1" => new Figures { Headlines = 1 },
            _ => default,
        };

        public void Add(Figures other)
        {
            Chars += other.Chars;
            LinkChars += other.LinkChars;
            Commas += other.Commas;
            Paragraphs += other.Paragraphs;
            ListItems += other.ListItems;
            Images += other.Images;
            Inputs += other.Inputs;
            Headlines += other.Headlines;
            ProseChars += other.ProseChars;
        }
    }
}
