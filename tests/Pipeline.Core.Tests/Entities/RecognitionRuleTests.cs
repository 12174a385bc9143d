using Pipeline.Core.Extraction;
using Pipeline.Core.Model;

namespace Pipeline.Core.Tests.Entities;

/// <summary>The rules around the statistical tagger, each on a small hand-written text.</summary>
public sealed class RecognitionRuleTests
{
    [Fact]
    public void Photo_credits_and_player_furniture_are_never_entities()
    {
        const string body = """
            A boy is hoisted over the border fence in Tijuana, Mexico. (Photo by John Moore/Getty Images)
            John Moore/Getty Images
            Now playing
            02:19
            President Joe Biden speaks at the White House. (AP Photo/Evan Vucci)
            Evan Vucci/AP
            """;

        var entities = EntityExtractor.Extract(body);

        Assert.DoesNotContain(entities, e => e.Spans.Any(s => s.Text.Contains("Getty", StringComparison.Ordinal)));
        Assert.DoesNotContain(entities, e => e.Key.Contains("moore", StringComparison.Ordinal) || e.Key.Contains("vucci", StringComparison.Ordinal));
        Assert.DoesNotContain(entities, e => e.Key.Contains("playing", StringComparison.Ordinal) || e.Key.Contains("photo", StringComparison.Ordinal));
        Assert.Contains(entities, e => e.Key == "location:tijuana");
        Assert.Contains(entities, e => e.Key == "person:joe biden");
    }

    [Fact]
    public void Boilerplate_sentence_is_not_read()
    {
        var entities = EntityExtractor.Extract("Donald Trump spoke on Monday. Start execution.\nThe Senate met.");

        Assert.DoesNotContain(entities, e => e.Name.Contains("Start", StringComparison.Ordinal));
        Assert.Contains(entities, e => e.Key == "organization:senate");
    }

    [Fact]
    public void Party_tag_is_not_a_person_and_title_is_kept_apart()
    {
        const string body = "Sen. Lisa Murkowski (R-AK) speaks to reporters. Later Murkowski left.";

        var entities = EntityExtractor.Extract(body);

        var murkowski = Assert.Single(entities);
        Assert.Equal("person:lisa murkowski", murkowski.Key);
        Assert.Equal(2, murkowski.Mentions);
        Assert.Equal("Sen.", murkowski.Title);
        Assert.Equal(["Lisa Murkowski", "Murkowski"], murkowski.Spans.Select(s => s.Text));
    }

    [Theory]
    [InlineData("President Donald Trump spoke. Trump left.", "person:donald trump", "President")]
    [InlineData("Officials said Vice President Kamala Harris spoke.", "person:kamala harris", "Vice President")]
    [InlineData("It was acting Secretary Kevin McAleenan who spoke.", "person:kevin mcaleenan", "acting Secretary")]
    [InlineData("Outgoing ICE Director P.J. Lechleitner told reporters.", "person:p.j. lechleitner", "Director")]
    public void Titles_and_roles_stay_out_of_the_name(string body, string key, string title)
    {
        var entities = EntityExtractor.Extract(body);

        var person = Assert.Single(entities, e => e.Key == key);
        Assert.Equal(title, person.Title);
        Assert.DoesNotContain(person.Spans, s => s.Text.Contains(title, StringComparison.Ordinal));
    }

    [Fact]
    public void Office_holder_after_an_acronym_is_split_from_it()
    {
        var entities = EntityExtractor.Extract("\"We will act,\" acting head of ICE Mark Morgan told reporters. Morgan said more.");

        Assert.Contains(entities, e => e.Key == "organization:immigration and customs enforcement" && e.Mentions == 1);
        Assert.Contains(entities, e => e.Key == "person:mark morgan" && e.Mentions == 2);
    }

    [Fact]
    public void All_caps_caption_dateline_names_its_places()
    {
        const string body = "TIJUANA, MEXICO - DECEMBER 02: A boy is hoisted over the fence.\nST. PAUL, MN - NOVEMBER 6: Walter Mondale concedes.";

        var entities = EntityExtractor.Extract(body);

        Assert.Contains(entities, e => e.Key == "location:tijuana" && e.Spans[0].Text == "TIJUANA");
        Assert.Contains(entities, e => e.Key == "location:mexico");
        Assert.Contains(entities, e => e.Key == "location:st. paul");
        Assert.Contains(entities, e => e.Key == "location:minnesota" && e.Spans[0].Text == "MN");
        Assert.DoesNotContain(entities, e => e.Key.Contains("december", StringComparison.Ordinal) || e.Key.Contains("november", StringComparison.Ordinal));
    }

    [Fact]
    public void Washington_with_the_district_is_the_city()
    {
        var entities = EntityExtractor.Extract("Biden spoke at the White House in Washington, DC, on Friday.");

        var city = Assert.Single(entities, e => e.Type == EntityType.Location);
        Assert.Equal("location:washington, d.c.", city.Key);
        Assert.Equal(["Washington", "DC"], city.Spans.Select(s => s.Text));
    }

    [Fact]
    public void One_surface_form_gets_one_type_across_the_article()
    {
        const string body = "Andrea Flores said cities will resist. \"Cities are the front line,\" said Flores, a former adviser.";

        var entities = EntityExtractor.Extract(body);

        var flores = Assert.Single(entities);
        Assert.Equal("person:andrea flores", flores.Key);
        Assert.Equal(2, flores.Mentions);
    }

    [Fact]
    public void Person_context_decides_a_bare_name()
    {
        var entities = EntityExtractor.Extract("A lawyer for the Biden administration withdrew the policy. The Biden administration said more.");

        var biden = Assert.Single(entities);
        Assert.Equal("person:biden", biden.Key);
        Assert.True(biden.IsBareName);
    }

    [Fact]
    public void Untagged_repeats_and_hyphenated_heads_are_found_from_the_article()
    {
        const string body = "The late years of Barack Obama's presidency saw raids. Obama-era policies targeted families.";

        var obama = Assert.Single(EntityExtractor.Extract(body), e => e.Key == "person:barack obama");

        Assert.Equal(["Barack Obama", "Obama"], obama.Spans.Select(s => s.Text));
        Assert.Equal(body.IndexOf("Obama-era", StringComparison.Ordinal), obama.Spans[1].Start);
        Assert.False(obama.IsBareName);
    }

    [Fact]
    public void Parts_of_a_hyphenated_pair_of_places_are_two_places()
    {
        var entities = EntityExtractor.Extract("Migrants reached the U.S.-Mexico border.");

        Assert.Contains(entities, e => e.Key == "location:united states" && e.Spans.Single().Text == "U.S.");
        Assert.Contains(entities, e => e.Key == "location:mexico" && e.Spans.Single().Text == "Mexico");
    }

    [Fact]
    public void Known_agency_inside_a_title_is_found()
    {
        var entities = EntityExtractor.Extract("He met then-Homeland Security Secretary Kirstjen Nielsen in April.");

        var dhs = Assert.Single(entities, e => e.Key == "organization:department of homeland security");
        Assert.Equal("Homeland Security", dhs.Spans.Single().Text);
        Assert.Contains(entities, e => e.Key == "person:kirstjen nielsen" && e.Title == "Secretary");
    }

    [Fact]
    public void Names_the_tagger_cuts_are_joined()
    {
        const string body = "\"It is possible,\" said Rick Su, a law professor at the University of North Carolina. "
            + "The American Immigration Council, an advocacy group, agreed.";

        var entities = EntityExtractor.Extract(body);

        Assert.Contains(entities, e => e.Key == "organization:university of north carolina");
        Assert.Contains(entities, e => e.Key == "organization:american immigration council");
        Assert.DoesNotContain(entities, e => e.Key == "location:north carolina");
    }

    [Fact]
    public void A_known_agency_after_for_is_its_own_name()
    {
        var entities = EntityExtractor.Extract("It could hurt negotiations with Democrats for Immigration and Customs Enforcement funding.");

        Assert.Contains(entities, e => e.Key == "misc:democrats");
        Assert.Contains(entities, e => e.Key == "organization:immigration and customs enforcement");
    }

    [Fact]
    public void Dates_are_not_entities()
    {
        var entities = EntityExtractor.Extract("On Monday, December 2, 2018, the Senate met in Washington.");

        Assert.All(entities, e => Assert.DoesNotContain(e.Spans, s => s.Text.Contains("December", StringComparison.Ordinal) || s.Text == "Monday"));
        Assert.Contains(entities, e => e.Key == "organization:senate");
    }

    [Fact]
    public void Nationality_is_a_misc_entity()
    {
        var entities = EntityExtractor.Extract("Two Honduran children were rescued in the Rio Grande by Border Patrol agents.");

        Assert.Contains(entities, e => e.Key == "misc:honduran" && e.Type == EntityType.Misc);
        Assert.Contains(entities, e => e.Key == "location:rio grande");
    }

    [Fact]
    public void Quoted_title_of_a_hearing_holds_no_entities()
    {
        var entities = EntityExtractor.Extract("Sen. Ted Cruz spoke at a hearing on \"Constitutional and Common Sense Steps to Reduce Gun Violence\" on Tuesday.");

        var cruz = Assert.Single(entities);
        Assert.Equal("person:ted cruz", cruz.Key);
    }

    [Fact]
    public void Salience_ranks_the_subject_above_a_passing_mention()
    {
        const string body = "Donald Trump vowed mass deportations. Trump said ICE would act.\n\nTrump spoke again. Later, officials in Texas agreed.";

        var entities = EntityExtractor.Extract(body, "Trump vows mass deportations");

        var trump = Assert.Single(entities, e => e.Key == "person:donald trump");
        var texas = Assert.Single(entities, e => e.Key == "location:texas");
        Assert.InRange(trump.Salience, 0.9, 1.0);
        Assert.InRange(texas.Salience, 0.0, 0.5);
        Assert.All(entities, e => Assert.InRange(e.Salience, 0.0, 1.0));
    }

    [Fact]
    public void Web_name_is_an_organization()
    {
        var entities = EntityExtractor.Extract("She is vice president of policy at FWD.us, which advocates reform.");

        Assert.Contains(entities, e => e.Key == "organization:fwd.us");
    }
}
