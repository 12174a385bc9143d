using Pipeline.Core.Model;

namespace Pipeline.Core.Tests.Entities;

/// <summary>
/// Issue 4's "done when" on the three seeds, analyzed as ingestion analyzes them (format detected, page furniture
/// cleaned): the people, organizations and places a careful reader lists, each one entity with its canonical key,
/// and nothing else.
/// </summary>
public sealed class SeedAcceptanceTests
{
    private const string Trump = "person:donald trump";
    private const string Ice = "organization:immigration and customs enforcement";
    private const string Dhs = "organization:department of homeland security";
    private const string UnitedStates = "location:united states";

    private static readonly ArticleAnalyzer Analyzer = new();

    public static TheoryData<string, string[]> ExpectedNames => new()
    {
        {
            Seeds.Ptb,
            [
                Ice, Dhs, Trump, UnitedStates, "person:mark morgan", "person:barack obama", "organization:cnn",
                "organization:congress", "location:chicago", "location:miami", "organization:justice department",
                "person:ron vitiello", "person:kirstjen nielsen", "person:kevin mcaleenan", "location:capitol hill",
                "location:mexico", "organization:executive office for immigration review", "location:atlanta",
                "location:baltimore", "location:denver", "location:houston", "location:los angeles", "location:new orleans",
                "location:new york", "location:san francisco", "person:lori lightfoot", "person:francis suarez",
                "location:orlando", "organization:customs and border protection", "organization:u.s. border patrol",
                "organization:white house", "organization:house democrats",
            ]
        },
        {
            Seeds.Scraped,
            [
                Dhs, Trump, UnitedStates, Ice, "organization:cnn", "person:barack obama", "person:stephen miller",
                "organization:white house", "person:kevin mcaleenan", "organization:executive office for immigration review",
                "person:kirstjen nielsen", "organization:customs and border protection", "location:atlanta",
                "location:baltimore", "location:chicago", "location:denver", "location:houston", "location:los angeles",
                "location:miami", "location:new orleans", "location:new york city", "location:san francisco",
            ]
        },
        {
            Seeds.Prose,
            [
                Trump, UnitedStates, Ice, Dhs, "person:kathleen bush-joseph", "organization:nbc news", "organization:congress",
                "person:andrea flores", "person:biden", "person:obama", "person:sue", "person:p.j. lechleitner",
                "location:mexico", "organization:migration policy institute", "organization:u.s. immigration policy project",
                "location:texas", "organization:immigration legal resource center", "person:rick su",
                "organization:university of north carolina", "organization:fwd.us", "organization:american civil liberties union",
                "organization:white house", "organization:senate", "organization:house of representatives",
                "organization:american immigration council", "person:tom homan", "location:central america",
                "location:venezuela", "location:cuba", "organization:supreme court",
            ]
        },
    };

    [Theory]
    [MemberData(nameof(ExpectedNames))]
    public async Task Every_person_organization_and_place_and_nothing_else(string seed, string[] expected)
    {
        var entities = await AnalyzeAsync(seed);

        var found = entities.Where(e => e.Type != EntityType.Misc).Select(e => e.Key).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(expected.Order(StringComparer.Ordinal), found);
    }

    [Theory]
    [InlineData(Seeds.Ptb)]
    [InlineData(Seeds.Scraped)]
    [InlineData(Seeds.Prose)]
    public async Task Trump_ICE_DHS_and_the_United_States_are_one_entity_each(string seed)
    {
        var entities = await AnalyzeAsync(seed);

        foreach (var (key, name, forms) in new (string, string, string[])[]
        {
            (Trump, "Donald Trump", ["Trump", "Donald Trump"]),
            (Ice, "Immigration and Customs Enforcement", ["ICE", "Immigration and Customs Enforcement"]),
            (Dhs, "Department of Homeland Security", ["DHS", "Department of Homeland Security", "Homeland Security"]),
            (UnitedStates, "United States", ["U.S.", "US", "United States"]),
        })
        {
            var entity = Assert.Single(entities, e => e.Key == key);
            Assert.Equal(name, entity.Name);
            Assert.All(entities.Where(e => e.Key != key), other => Assert.DoesNotContain(other.Spans, s => forms.Contains(s.Text)));
        }
    }

    [Fact]
    public async Task Each_form_of_the_main_names_folds_into_its_entity()
    {
        var ptb = await AnalyzeAsync(Seeds.Ptb);
        var prose = await AnalyzeAsync(Seeds.Prose);

        Assert.Equal(["Donald Trump", "Trump"], Forms(ptb, Trump));
        Assert.Equal(["ICE", "Immigration and Customs Enforcement", "U.S. Immigration and Customs Enforcement"], Forms(ptb, Ice));
        Assert.Equal(["DHS", "Department of Homeland Security", "Homeland Security"], Forms(ptb, Dhs));
        Assert.Equal(["US", "United States"], Forms(ptb, UnitedStates));
        Assert.Equal(["Mark Morgan", "Morgan"], Forms(ptb, "person:mark morgan"));
        Assert.Equal(["U.S.", "United States"], Forms(prose, UnitedStates));
    }

    [Theory]
    [InlineData(Seeds.Ptb)]
    [InlineData(Seeds.Scraped)]
    [InlineData(Seeds.Prose)]
    public async Task No_furniture_credit_or_date_is_an_entity(string seed)
    {
        var entities = await AnalyzeAsync(seed);

        string[] never = ["start execution", "now playing", "getty", "photo", "monday", "friday", "december", "january"];
        Assert.All(entities, e => Assert.DoesNotContain(never, word => e.Key.Contains(word, StringComparison.Ordinal)));
    }

    [Fact]
    public void The_scraped_page_read_whole_keeps_credits_furniture_and_party_tags_out()
    {
        // Forced to plain text, the page keeps its video captions, credit lines and caption datelines.
        var analysis = Analyzer.AnalyzeFile(Seeds.Text(Seeds.Scraped), Seeds.Scraped, ArticleFormat.Text);
        var entities = Assert.Single(analysis.Entries).Analysis!.Entities;

        Assert.DoesNotContain(entities, e => e.Key.Contains("getty", StringComparison.Ordinal) || e.Key.Contains("playing", StringComparison.Ordinal));
        Assert.DoesNotContain(entities, e => e.Key is "person:john moore" or "person:mario tama" or "person:evan vucci" or "organization:ap");
        Assert.DoesNotContain(entities, e => e.Spans.Any(s => s.Text.StartsWith("R-", StringComparison.Ordinal)));
        Assert.Contains(entities, e => e.Key == "person:lisa murkowski" && e.Title == "Sen.");
        Assert.Contains(entities, e => e.Key == "location:tijuana" && e.Spans.Any(s => s.Text == "TIJUANA"));
        Assert.Contains(entities, e => e.Key == "person:joe biden" && e.Spans.Any(s => s.Text == "Biden"));
    }

    [Fact]
    public async Task Salience_puts_the_story_subjects_first()
    {
        var prose = await AnalyzeAsync(Seeds.Prose);

        var top = prose.OrderByDescending(e => e.Salience).First();
        Assert.Equal(Trump, top.Key);
        Assert.True(prose.Single(e => e.Key == Ice).Salience > prose.Single(e => e.Key == "organization:supreme court").Salience);
    }

    private static async Task<IReadOnlyList<ExtractedEntity>> AnalyzeAsync(string seed)
    {
        await using var file = File.OpenRead(Seeds.Path(seed));
        var analysis = await Analyzer.AnalyzeFileAsync(file, seed);
        return Assert.Single(analysis.Entries).Analysis!.Entities;
    }

    private static List<string> Forms(IReadOnlyList<ExtractedEntity> entities, string key) =>
        [.. entities.Single(e => e.Key == key).Spans.Select(s => s.Text).Distinct().Order(StringComparer.Ordinal)];
}
