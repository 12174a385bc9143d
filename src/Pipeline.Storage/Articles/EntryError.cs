using System.Text.Json.Serialization;

namespace Pipeline.Storage.Articles;

/// <summary>Why one entry of a batch file failed, as kept on the file's row.</summary>
public sealed record EntryError(
    [property: JsonPropertyName("i")] int Index,
    [property: JsonPropertyName("c")] string Code,
    [property: JsonPropertyName("m")] string Message);

[JsonSerializable(typeof(List<EntryError>))]
internal sealed partial class EntryErrorJsonContext : JsonSerializerContext;
