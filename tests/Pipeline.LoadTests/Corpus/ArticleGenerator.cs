using System.Globalization;
using System.Text;

namespace Pipeline.LoadTests.Corpus;

/// <summary>One generated article: its file name and text, and what the generator put in it.</summary>
/// <param name="People">Full names of the people it names (each first mentioned in full, then by surname).</param>
/// <param name="Source">The outlet its dateline or byline names, as the parser normalizes it; null when it names none.</param>
internal sealed record GeneratedArticle(
    int Index,
    string Name,
    string Text,
    string Title,
    string? Source,
    DateOnly? PublishedOn,
    IReadOnlyList<string> People,
    IReadOnlyList<string> Organizations,
    IReadOnlyList<string> Places);

/// <summary>
/// Writes real-looking plain-text news articles from sentence templates whose slots are filled with people,
/// organizations, places, money amounts, percentages and dates. Every list is drawn from by a Zipf law, so some
/// entities are in many articles and most in few; publishers and publication dates (over four months) are spread
/// the same way. Deterministic: article <c>i</c> of seed <c>s</c> is the same text whatever the number asked for.
/// </summary>
/// <remarks>
/// Shape: a title line, a blank line, sometimes a byline (<c>By NAME</c> or <c>By NAME, OUTLET</c>), usually a
/// <c>Published Month d, yyyy</c> line, then paragraphs of two to four sentences, the first often opening with a
/// dateline (<c>CITY (Source) —</c>); 300 to 900 words.
/// </remarks>
internal sealed class ArticleGenerator
{
    public const int MinWords = 300;
    public const int MaxWords = 900;

    /// <summary>The first publication day; articles spread over <see cref="DaySpan"/> days from it.</summary>
    public static readonly DateOnly FirstDay = new(2025, 1, 6);
    public const int DaySpan = 120;

    private const double EntityExponent = 1.1;

    private static readonly Person[] People = BuildPeople();
    private static readonly Zipf PersonZipf = new(People.Length, EntityExponent);
    private static readonly Zipf OrganizationZipf = new(CorpusLists.Organizations.Length, EntityExponent);
    private static readonly Zipf PlaceZipf = new(CorpusLists.Places.Length, EntityExponent);
    private static readonly Zipf OutletZipf = new(CorpusLists.Outlets.Length, 1.0);
    private static readonly Zipf TopicZipf = new(CorpusLists.Topics.Length, 0.8);

    private readonly int _seed;

    public ArticleGenerator(int seed) => _seed = seed;

    /// <summary>How many distinct people the corpus can name.</summary>
    public static int PersonCount => People.Length;

    public static string NameOf(int index) => string.Create(CultureInfo.InvariantCulture, $"article-{index:D7}.txt");

    public IEnumerable<GeneratedArticle> Generate(int count, int firstIndex = 0)
    {
        for (var i = firstIndex; i < firstIndex + count; i++)
        {
            yield return Article(i);
        }
    }

    public GeneratedArticle Article(int index)
    {
        var random = new Random(unchecked((_seed * 1_000_003) + index));
        var cast = new Cast(random);
        var outlet = CorpusLists.Outlets[OutletZipf.Sample(random)];
        var published = random.NextDouble() < 0.85 ? FirstDay.AddDays(random.Next(DaySpan)) : (DateOnly?)null;
        var targetWords = random.Next(MinWords, MaxWords + 1);

        var text = new StringBuilder(targetWords * 7);
        var title = Capitalize(Fill(Templates.Titles[random.Next(Templates.Titles.Length)], cast, random, titleCase: true));
        text.Append(title).Append("\n\n");

        // Where the source shows: a wire dateline, a byline with the outlet, or nowhere.
        var placement = random.NextDouble();
        var dateline = placement < 0.6;
        var bylineOutlet = !dateline && placement < 0.8;
        string? source = dateline || bylineOutlet ? outlet : null;
        if (bylineOutlet || random.NextDouble() < 0.5)
        {
            var reporter = CorpusLists.Reporters[random.Next(CorpusLists.Reporters.Length)];
            text.Append("By ").Append(reporter);
            if (bylineOutlet)
            {
                text.Append(", ").Append(outlet);
            }

            text.Append("\n\n");
        }

        if (published is { } day)
        {
            text.Append("Published ").Append(day.ToString("MMMM d, yyyy", CultureInfo.InvariantCulture)).Append("\n\n");
        }

        // Templates are dealt from a shuffled deck, so an article does not repeat a sentence until it has used them all.
        var deck = new Queue<string>();
        var words = 0;
        var first = true;
        while (words < targetWords)
        {
            var paragraph = new StringBuilder();
            var sentences = random.Next(2, 5);
            for (var s = 0; s < sentences; s++)
            {
                if (deck.Count == 0)
                {
                    foreach (var template in Templates.Sentences.OrderBy(_ => random.Next()))
                    {
                        deck.Enqueue(template);
                    }
                }

                var sentence = Capitalize(Fill(deck.Dequeue(), cast, random, titleCase: false));
                if (paragraph.Length > 0)
                {
                    paragraph.Append(' ');
                }

                paragraph.Append(sentence);
                words += CountWords(sentence);
            }

            if (first && dateline)
            {
                var city = CorpusLists.DatelineCities[random.Next(CorpusLists.DatelineCities.Length)];
                paragraph.Insert(0, city + " (" + CorpusLists.DatelineForm(outlet) + ") \u2014 ");
            }

            first = false;
            text.Append(paragraph).Append("\n\n");
        }

        return new GeneratedArticle(
            index,
            NameOf(index),
            text.ToString().TrimEnd() + "\n",
            title,
            source,
            published,
            [.. cast.PeopleNamed.Select(p => p.FullName)],
            [.. cast.OrganizationsNamed],
            [.. cast.PlacesNamed]);
    }

    private static string Fill(string template, Cast cast, Random random, bool titleCase)
    {
        var result = new StringBuilder(template.Length * 2);
        var position = 0;
        while (position < template.Length)
        {
            var open = template.IndexOf('{', position);
            if (open < 0)
            {
                result.Append(template, position, template.Length - position);
                break;
            }

            result.Append(template, position, open - position);
            var close = template.IndexOf('}', open);
            var slot = template[(open + 1)..close];
            result.Append(Slot(slot, cast, random, titleCase));
            position = close + 1;
        }

        return result.ToString();
    }

    private static string Slot(string slot, Cast cast, Random random, bool titleCase) => slot switch
    {
        "P" => cast.MentionPerson(0, random, titleCase),
        "P2" => cast.MentionPerson(1, random, titleCase),
        "O" => cast.Organization(0, random),
        "O2" => cast.Organization(1, random),
        "L" => cast.Place(0, random),
        "L2" => cast.Place(1, random),
        "M" => Money(random),
        "PCT" => Percent(random),
        "N" => Count(random),
        "SMALL" => random.Next(2, 12).ToString(CultureInfo.InvariantCulture),
        "YEAR" => random.Next(2008, 2024).ToString(CultureInfo.InvariantCulture),
        "DAY" => CorpusLists.Weekdays[random.Next(CorpusLists.Weekdays.Length)],
        "MONTH" => CorpusLists.Months[random.Next(CorpusLists.Months.Length)],
        "DATE" => CorpusLists.Months[random.Next(CorpusLists.Months.Length)] + " " + random.Next(1, 29).ToString(CultureInfo.InvariantCulture),
        "TOPIC" => CorpusLists.Topics[TopicZipf.Sample(random)],
        "OUTLET" => CorpusLists.Outlets[OutletZipf.Sample(random)],
        _ => throw new InvalidOperationException("unknown slot {" + slot + "}"),
    };

    private static string Money(Random random)
    {
        var currency = random.NextDouble() switch { < 0.7 => "$", < 0.85 => "\u20ac", _ => "\u00a3" };
        return random.Next(3) == 0
            ? string.Create(CultureInfo.InvariantCulture, $"{currency}{random.Next(1, 40)}.{random.Next(1, 10)} billion")
            : string.Create(CultureInfo.InvariantCulture, $"{currency}{random.Next(2, 900)} million");
    }

    private static string Percent(Random random) => random.Next(2) == 0
        ? string.Create(CultureInfo.InvariantCulture, $"{random.Next(1, 30)}.{random.Next(0, 10)}%")
        : string.Create(CultureInfo.InvariantCulture, $"{random.Next(2, 60)} percent");

    private static string Count(Random random) => random.Next(4) switch
    {
        0 => random.Next(20, 999).ToString(CultureInfo.InvariantCulture),
        1 => random.Next(1000, 99_999).ToString("N0", CultureInfo.InvariantCulture),
        _ => random.Next(2, 90).ToString("N0", CultureInfo.InvariantCulture) + ",000",
    };

    private static string Capitalize(string text) =>
        text.Length > 0 && char.IsLower(text[0]) ? char.ToUpperInvariant(text[0]) + text[1..] : text;

    private static int CountWords(string text) => text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;

    private static Person[] BuildPeople()
    {
        // Every first and last name pairing, in a fixed shuffled order: the same 600 people for every corpus seed.
        var pairs = new List<(string First, string Last)>();
        foreach (var first in CorpusLists.FirstNames)
        {
            foreach (var last in CorpusLists.LastNames)
            {
                pairs.Add((first, last));
            }
        }

        var order = new Random(20_251_130);
        var shuffled = pairs.OrderBy(_ => order.Next()).Take(600).ToList();
        return [.. shuffled.Select((p, i) => new Person(p.First + " " + p.Last, p.Last, i % 3 == 0 ? CorpusLists.Titles[i / 3 % CorpusLists.Titles.Length] : null))];
    }

    private sealed record Person(string FullName, string Surname, string? Title);

    /// <summary>
    /// The people, organizations and places one article is about: most slots are filled from them, some with a fresh
    /// draw, so articles overlap as news does. A person is named in full (with any title) first, by surname after.
    /// </summary>
    private sealed class Cast
    {
        private readonly List<Person> _people = [];
        private readonly List<string> _organizations = [];
        private readonly List<string> _places = [];
        private readonly HashSet<string> _introduced = new(StringComparer.Ordinal);
        private readonly HashSet<string> _surnamesInUse = new(StringComparer.Ordinal);

        public Cast(Random random)
        {
            var people = random.Next(3, 7);
            while (_people.Count < people)
            {
                var candidate = People[PersonZipf.Sample(random)];
                // Two people of one surname in an article would make "Alvarez said" ambiguous; news copy avoids it too.
                if (_surnamesInUse.Add(candidate.Surname))
                {
                    _people.Add(candidate);
                }
            }

            AddDistinct(_organizations, random.Next(2, 5), () => CorpusLists.Organizations[OrganizationZipf.Sample(random)]);
            AddDistinct(_places, random.Next(2, 5), () => CorpusLists.Places[PlaceZipf.Sample(random)]);
        }

        public List<Person> PeopleNamed { get; } = [];

        public List<string> OrganizationsNamed { get; } = [];

        public List<string> PlacesNamed { get; } = [];

        public string MentionPerson(int slot, Random random, bool titleCase)
        {
            var person = Pick(_people, slot, random);
            if (random.NextDouble() < 0.2)
            {
                var extra = People[PersonZipf.Sample(random)];
                if (!_surnamesInUse.Contains(extra.Surname) && _surnamesInUse.Add(extra.Surname))
                {
                    _people.Add(extra);
                    person = extra;
                }
            }

            if (!PeopleNamed.Contains(person))
            {
                PeopleNamed.Add(person);
            }

            if (_introduced.Add(person.FullName) || titleCase)
            {
                return person.Title is { } title && !titleCase ? title + " " + person.FullName : person.FullName;
            }

            return person.Surname;
        }

        public string Organization(int slot, Random random) =>
            Name(_organizations, OrganizationsNamed, CorpusLists.Organizations, OrganizationZipf, slot, random, ref _sentenceOrganization);

        public string Place(int slot, Random random) =>
            Name(_places, PlacesNamed, CorpusLists.Places, PlaceZipf, slot, random, ref _sentencePlace);

        private string? _sentenceOrganization;
        private string? _sentencePlace;

        // A cast member or now and then a fresh draw; the second slot of a sentence ("{O} and {O2}") is never the first's.
        private static string Name(List<string> members, List<string> named, string[] all, Zipf zipf, int slot, Random random, ref string? firstOfSentence)
        {
            var name = random.NextDouble() < 0.25 ? all[zipf.Sample(random)] : Pick(members, slot, random);
            for (var attempt = 0; slot > 0 && name == firstOfSentence && attempt < 20; attempt++)
            {
                name = all[zipf.Sample(random)];
            }

            if (slot == 0)
            {
                firstOfSentence = name;
            }

            if (!named.Contains(name))
            {
                named.Add(name);
            }

            return name;
        }

        // The slot-th member where the template names two different ones; otherwise any, the first most often.
        // (never the second for the first slot, so "{P} met {P2}" names two people).
        private static T Pick<T>(List<T> members, int slot, Random random)
        {
            if (slot > 0 && members.Count > slot)
            {
                return members[slot];
            }

            var index = random.NextDouble() < 0.5 ? 0 : random.Next(members.Count);
            return members[index == 1 ? 0 : index];
        }

        private static void AddDistinct(List<string> into, int count, Func<string> draw)
        {
            for (var attempts = 0; into.Count < count && attempts < 50; attempts++)
            {
                var next = draw();
                if (!into.Contains(next))
                {
                    into.Add(next);
                }
            }
        }
    }
}
