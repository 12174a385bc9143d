using System.Text.Encodings.Web;
using System.Text.Json;

namespace Pipeline.Cli.Output;

/// <summary>
/// The <c>--json</c> output of every verb: one document on standard output, camelCase, nulls written out, so that
/// every documented property is always there (docs/cli.md). Text outside ASCII is written as it is (names such as
/// Bergström), not escaped: the output goes to scripts and terminals, never into HTML.
/// </summary>
internal static class CliJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web) { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static void Write<T>(T value) => Console.Out.WriteLine(JsonSerializer.Serialize(value, Options));
}
