using System.Text.Json.Serialization;

namespace Pipeline.Storage.Articles;

/// <summary>An entity as kept on the article row: enough to show it and to take its contribution back.</summary>
public sealed record StoredEntity(
    [property: JsonPropertyName("k")] string Key,
    [property: JsonPropertyName("n")] string Name,
    [property: JsonPropertyName("t")] string Type,
    [property: JsonPropertyName("m")] int Mentions);

[JsonSerializable(typeof(List<StoredEntity>))]
[JsonSerializable(typeof(StoredEntity))]
internal sealed partial class StoredEntityJsonContext : JsonSerializerContext;
