using System.Text.Json.Serialization;

namespace Pipeline.Storage.Articles;

/// <summary>An entity as kept on the article row: enough to show it and to take its contribution back.</summary>
/// <param name="Articles">How many articles of the file mention it (a batch file holds many; rows written before batch files existed have none, meaning one).</param>
/// <param name="Aliases">Up to three other ways the articles wrote its name (a surname, an acronym), for showing; null when none.</param>
/// <param name="Days">The days of those articles in <see cref="Ledger.DayCounts"/> form; null on rows written before days were kept.</param>
public sealed record StoredEntity(
    [property: JsonPropertyName("k")] string Key,
    [property: JsonPropertyName("n")] string Name,
    [property: JsonPropertyName("t")] string Type,
    [property: JsonPropertyName("m")] int Mentions,
    [property: JsonPropertyName("a")] int Articles = 1,
    [property: JsonPropertyName("d"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Days = null,
    [property: JsonPropertyName("s"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<string>? Aliases = null);

[JsonSerializable(typeof(List<StoredEntity>))]
[JsonSerializable(typeof(StoredEntity))]
internal sealed partial class StoredEntityJsonContext : JsonSerializerContext;
