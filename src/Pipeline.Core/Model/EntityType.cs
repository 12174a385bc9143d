namespace Pipeline.Core.Model;

/// <summary>The kinds of named entity the pipeline recognizes.</summary>
public enum EntityType
{
    Person,
    Organization,
    Location,
    Misc,
}
