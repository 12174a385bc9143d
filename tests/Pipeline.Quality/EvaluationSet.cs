using System.Formats.Tar;
using System.IO.Compression;
using System.Text.Json;
using Pipeline.Core;
using Pipeline.Core.Decoding;

namespace Pipeline.Quality;

/// <summary>One page of the extraction evaluation set with its gold snippets.</summary>
internal sealed record EvaluationPage(string Id, string Url, int ByteCount, string Html, IReadOnlyList<string> GoldWith, IReadOnlyList<string> GoldWithout);

/// <summary>
/// Reads the extraction evaluation set (<c>manifest.json</c> plus <c>trafilatura-eval-html.tgz</c>) straight from
/// the archive, without unpacking it to disk.
/// </summary>
internal static class EvaluationSet
{
    public const string ManifestName = "manifest.json";
    public const string ArchiveName = "trafilatura-eval-html.tgz";

    public static bool Exists(string folder) =>
        File.Exists(Path.Combine(folder, ManifestName)) && File.Exists(Path.Combine(folder, ArchiveName));

    public static List<EvaluationPage> Load(string folder, int limit)
    {
        var manifest = ReadManifest(Path.Combine(folder, ManifestName));
        var byPath = new Dictionary<string, ManifestEntry>(StringComparer.Ordinal);
        foreach (var entry in manifest.Take(limit))
        {
            byPath[entry.HtmlPath] = entry;
        }

        var pages = new Dictionary<string, EvaluationPage>(StringComparer.Ordinal);
        using var file = File.OpenRead(Path.Combine(folder, ArchiveName));
        using var gzip = new GZipStream(file, CompressionMode.Decompress);
        using var tar = new TarReader(gzip);
        while (tar.GetNextEntry() is { } tarEntry)
        {
            if (tarEntry.DataStream is null || !byPath.TryGetValue(Normalize(tarEntry.Name), out var entry))
            {
                continue;
            }

            using var buffer = new MemoryStream();
            tarEntry.DataStream.CopyTo(buffer);
            var bytes = buffer.GetBuffer().AsSpan(0, (int)buffer.Length);
            pages[entry.HtmlPath] = new EvaluationPage(entry.Id, entry.Url, bytes.Length, Decode(bytes), entry.GoldWith, entry.GoldWithout);
        }

        // Manifest order, so that --limit N always means the same pages.
        return [.. byPath.Keys.Where(pages.ContainsKey).Select(path => pages[path])];
    }

    /// <summary>
    /// Decodes a page exactly as ingestion does (byte order marks, strict UTF-8, a declared charset, Windows-1252).
    /// A page the pipeline rejects as undecodable or binary yields no text, and so scores as a miss.
    /// </summary>
    private static string Decode(ReadOnlySpan<byte> bytes)
    {
        try
        {
            return ArticleTextDecoder.Decode(bytes).Text;
        }
        catch (ArticleFormatException)
        {
            return string.Empty;
        }
    }

    private static string Normalize(string name) => name.StartsWith("./", StringComparison.Ordinal) ? name[2..] : name;

    private static List<ManifestEntry> ReadManifest(string path)
    {
        using var stream = File.OpenRead(path);
        using var json = JsonDocument.Parse(stream);
        var entries = new List<ManifestEntry>();
        foreach (var item in json.RootElement.EnumerateArray())
        {
            entries.Add(new ManifestEntry(
                item.GetProperty("id").GetString()!,
                item.GetProperty("html_path").GetString()!,
                item.TryGetProperty("url", out var url) ? url.GetString() ?? string.Empty : string.Empty,
                Strings(item.GetProperty("gold_with")),
                Strings(item.GetProperty("gold_without"))));
        }

        return entries;
    }

    private static string[] Strings(JsonElement array) =>
        [.. array.EnumerateArray().Select(e => e.GetString()).OfType<string>()];

    private sealed record ManifestEntry(string Id, string HtmlPath, string Url, string[] GoldWith, string[] GoldWithout);
}
