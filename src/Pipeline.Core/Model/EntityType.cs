namespace Pipeline.Core.Model;

/// <summary>The kinds of named entity the pipeline recognizes.</summary>
public enum EntityType
{
    Person,
    Organization,

    /// <summary>Countries, states, cities, regions, geographic features and named buildings.</summary>
    Location,

    /// <summary>Nationalities and political or religious groups ("Honduran", "Democrats"), named events and operations.</summary>
    Misc,
}
