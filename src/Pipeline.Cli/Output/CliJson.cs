using System.Text.Json;

namespace Pipeline.Cli.Output;

/// <summary>
/// The <c>--json</c> output of every verb: one document on standard output, camelCase, nulls written out, so that
/// every documented property is always there (docs/cli.md).
/// </summary>
internal static class CliJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public static void Write<T>(T value) => Console.Out.WriteLine(JsonSerializer.Serialize(value, Options));
}
