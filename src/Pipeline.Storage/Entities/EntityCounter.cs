namespace Pipeline.Storage.Entities;

/// <summary>The names of the amounts and properties kept on an entity's counter row.</summary>
public static class EntityCounter
{
    public const string Articles = "Articles";
    public const string Mentions = "Mentions";
    public const string Name = "Name";
    public const string Type = "Type";
    public const string Key = "Key";
}
