using Pipeline.Core.Model;

namespace Pipeline.Core.Tests;

public sealed class EntityTests
{
    private static readonly ArticleAnalyzer Analyzer = new();

    [Fact]
    public void Surname_folds_into_the_full_name_of_the_person()
    {
        var entities = Entities("President Donald Trump spoke on Friday. Later, Trump said more. Critics of Trump objected.");

        var trump = Assert.Single(entities, e => e.Key == "person:donald trump");
        Assert.Equal("Donald Trump", trump.Name);
        Assert.Equal(EntityType.Person, trump.Type);
        Assert.Equal(3, trump.Mentions);
        Assert.DoesNotContain(entities, e => e.Key.EndsWith(":trump", StringComparison.Ordinal));
    }

    [Fact]
    public void Title_is_stripped_and_first_offset_points_at_the_name()
    {
        const string text = "Officials said Sen. Lisa Murkowski would vote. Murkowski agreed.";
        var murkowski = Assert.Single(Entities(text), e => e.Key == "person:lisa murkowski");

        Assert.Equal(2, murkowski.Mentions);
        Assert.Equal(text.IndexOf("Lisa", StringComparison.Ordinal), murkowski.FirstOffset);
    }

    [Fact]
    public void Shared_surname_is_not_folded_by_guessing()
    {
        var entities = Entities("Joe Biden met Hunter Biden in Delaware. Officials said Biden was tired.");

        Assert.Contains(entities, e => e.Key == "person:joe biden" && e.Mentions == 1 && !e.IsBareName);
        Assert.Contains(entities, e => e.Key == "person:hunter biden" && e.Mentions == 1);
        Assert.Contains(entities, e => e.Key == "person:biden" && e.IsBareName);
    }

    [Fact]
    public void Well_known_acronym_folds_into_the_long_name()
    {
        var entities = Entities("Officials at Immigration and Customs Enforcement spoke. Later ICE said more, and ICE's director agreed.");

        var ice = Assert.Single(entities, e => e.Key == "organization:immigration and customs enforcement");
        Assert.Equal("Immigration and Customs Enforcement", ice.Name);
        Assert.Equal(3, ice.Mentions);
        Assert.DoesNotContain(entities, e => e.Key == "organization:ice");
    }

    [Theory]
    [InlineData("Officials in the U.S. spoke. The United States agreed, and US troops left.", 3)]
    [InlineData("The US-Mexico border is long. Officials in the United States and the U.S. Border Patrol spoke.", 2)]
    public void United_States_forms_fold_together(string text, int mentions)
    {
        var entities = Entities(text);

        var usa = Assert.Single(entities, e => e.Key == "location:united states");
        Assert.Equal("United States", usa.Name);
        Assert.Equal(mentions, usa.Mentions);
    }

    [Fact]
    public void Country_in_an_agency_name_belongs_to_the_agency()
    {
        var entities = Entities("Officials in the United States and the U.S. Border Patrol spoke. Border Patrol agents agreed.");

        var patrol = Assert.Single(entities, e => e.Type == EntityType.Organization);
        Assert.Equal("organization:u.s. border patrol", patrol.Key);
        Assert.Equal(["U.S. Border Patrol", "Border Patrol"], patrol.Spans.Select(s => s.Text));
    }

    [Fact]
    public void Acronym_defined_in_parentheses_folds_into_its_long_name()
    {
        var entities = Entities("Officials at the Migration Policy Institute (MPI) spoke. A study by MPI found more.");

        var mpi = Assert.Single(entities, e => e.Key == "organization:migration policy institute");
        Assert.Equal(3, mpi.Mentions);
        Assert.DoesNotContain(entities, e => e.Key == "organization:mpi");
    }

    [Fact]
    public void Acronym_defined_by_apposition_folds_into_its_long_name()
    {
        var entities = Entities("Officials said that NRC, the Nuclear Regulatory Commission, will act. Critics of NRC disagreed.");

        var nrc = Assert.Single(entities, e => e.Key == "organization:nuclear regulatory commission");
        Assert.Equal(3, nrc.Mentions);
    }

    [Fact]
    public void Description_after_an_acronym_is_not_a_definition()
    {
        var entities = Entities("Officials said ICE, the enforcement arm of DHS, would act.");

        Assert.Contains(entities, e => e.Key == "organization:immigration and customs enforcement");
        Assert.Contains(entities, e => e.Key == "organization:department of homeland security");
    }

    [Fact]
    public void Connectors_join_organization_names_but_not_lists()
    {
        var entities = Entities("Officials from the Department of Homeland Security visited New York and San Francisco with the Executive Office for Immigration Review.");

        Assert.Contains(entities, e => e.Key == "organization:department of homeland security");
        Assert.Contains(entities, e => e.Key == "organization:executive office for immigration review");
        Assert.Contains(entities, e => e.Key == "location:new york");
        Assert.Contains(entities, e => e.Key == "location:san francisco");
    }

    [Fact]
    public void Office_and_holder_are_separated()
    {
        var entities = Entities("Officials met then-Homeland Security Secretary Kirstjen Nielsen and acting head of ICE Mark Morgan.");

        Assert.Contains(entities, e => e.Key == "person:kirstjen nielsen");
        Assert.Contains(entities, e => e.Key == "person:mark morgan");
        Assert.Contains(entities, e => e.Key == "organization:department of homeland security");
        Assert.Contains(entities, e => e.Key == "organization:immigration and customs enforcement");
    }

    [Fact]
    public void Sentence_initial_words_months_and_weekdays_are_not_entities()
    {
        var entities = Entities("Officials met in March. On Friday the mayor spoke. Staffing limits remain. But Chicago objected.");

        var entity = Assert.Single(entities);
        Assert.Equal("location:chicago", entity.Key);
    }

    [Fact]
    public void Entities_are_sorted_by_mentions_then_first_offset()
    {
        var entities = Entities("Officials in Denver met officials from Houston. Houston officials and Denver officials and Houston police spoke.");

        Assert.Equal(["location:houston", "location:denver"], entities.Take(2).Select(e => e.Key));
    }

    [Fact]
    public void Ptb_seed_has_trump_and_ice_among_the_top_entities()
    {
        var top = Analyzer.Analyze(Seeds.Text(Seeds.Ptb)).Entities.Take(5).Select(e => e.Key).ToList();

        Assert.Equal("organization:immigration and customs enforcement", top[0]);
        Assert.Contains("person:donald trump", top);
        Assert.Contains("organization:department of homeland security", top);
    }

    [Theory]
    [InlineData(Seeds.Ptb)]
    [InlineData(Seeds.Scraped)]
    [InlineData(Seeds.Prose)]
    public void Trump_is_found_in_every_seed(string seed)
    {
        var entities = Analyzer.Analyze(Seeds.Text(seed)).Entities;

        var trump = Assert.Single(entities, e => e.Key == "person:donald trump");
        Assert.True(trump.Mentions >= 3, $"{trump.Mentions} mentions");
    }

    [Fact]
    public void Scraped_seed_entities_come_from_the_article_only()
    {
        var keys = Analyzer.Analyze(Seeds.Text(Seeds.Scraped)).Entities.Select(e => e.Key).ToList();

        Assert.Contains("organization:department of homeland security", keys);
        Assert.DoesNotContain("person:lisa murkowski", keys);
        Assert.DoesNotContain("person:derek chauvin", keys);
        Assert.DoesNotContain("person:john moore", keys);
    }

    [Fact]
    public void Analysis_is_the_same_from_many_threads()
    {
        var text = Seeds.Text(Seeds.Prose);
        var expected = Describe(Analyzer.Analyze(text).Entities);

        var results = new ArticleAnalysis[16];
        Parallel.For(0, results.Length, i => results[i] = Analyzer.Analyze(text));

        // Spans are a list, which record equality compares by reference, so entities are compared as text.
        Assert.All(results, r => Assert.Equal(expected, Describe(r.Entities)));
    }

    private static IReadOnlyList<ExtractedEntity> Entities(string text) => Analyzer.Analyze(text).Entities;

    private static List<string> Describe(IReadOnlyList<ExtractedEntity> entities) =>
        [.. entities.Select(e => $"{e with { Spans = [] }} {string.Join(' ', e.Spans)}")];
}
