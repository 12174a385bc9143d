using Microsoft.Extensions.FileSystemGlobbing;
using Microsoft.Extensions.FileSystemGlobbing.Abstractions;
using Pipeline.Storage.Dropping;

namespace Pipeline.Cli.Dropping;

/// <summary>
/// The files a <c>drop</c> names and the blob names they get: a file its own name, a folder's files their paths
/// relative to the folder, a glob's matches their paths relative to the glob's folder part
/// (<c>'crawl/**/*.html'</c> drops <c>crawl/2024/a.html</c> as <c>2024/a.html</c>); <c>--prefix</c> goes in front.
/// </summary>
internal static class DropInputs
{
    private static readonly char[] Wildcards = ['*', '?'];

    /// <returns>The files in a stable order, or null with <paramref name="problem"/> saying which path is wrong.</returns>
    public static IReadOnlyList<LocalArticleFile>? Expand(IReadOnlyList<string> paths, string? prefix, out string? problem)
    {
        ArgumentNullException.ThrowIfNull(paths);
        problem = null;
        var files = new List<LocalArticleFile>();
        foreach (var path in paths)
        {
            if (path.IndexOfAny(Wildcards) >= 0)
            {
                var matches = Glob(path);
                if (matches.Count == 0)
                {
                    problem = $"'{path}' matches no file.";
                    return null;
                }

                files.AddRange(matches);
            }
            else if (Directory.Exists(path))
            {
                files.AddRange(LocalArticleFile.Expand([new DirectoryInfo(path)]));
            }
            else if (File.Exists(path))
            {
                files.Add(new LocalArticleFile(new FileInfo(path), Path.GetFileName(path)));
            }
            else
            {
                problem = $"'{Path.GetFullPath(path)}' does not exist.";
                return null;
            }
        }

        var named = Prefixed(files, prefix);
        var clash = named.GroupBy(f => f.BlobName, StringComparer.Ordinal)
            .Select(g => g.DistinctBy(f => f.File.FullName, StringComparer.Ordinal).Take(2).ToList())
            .FirstOrDefault(g => g.Count > 1);
        if (clash is not null)
        {
            problem = $"'{clash[0].File.FullName}' and '{clash[1].File.FullName}' would both be dropped as '{clash[0].BlobName}'.";
            return null;
        }

        return [.. named.DistinctBy(f => f.BlobName, StringComparer.Ordinal)];
    }

    private static List<LocalArticleFile> Glob(string path)
    {
        var segments = path.Replace(Path.DirectorySeparatorChar, '/').Split('/');
        var first = Array.FindIndex(segments, s => s.IndexOfAny(Wildcards) >= 0);
        var root = string.Join('/', segments[..first]);
        var directory = new DirectoryInfo(root.Length == 0 ? (path.StartsWith('/') ? "/" : ".") : root);
        if (!directory.Exists)
        {
            return [];
        }

        var matcher = new Matcher(StringComparison.Ordinal);
        matcher.AddInclude(string.Join('/', segments[first..]));
        return [.. matcher.Execute(new DirectoryInfoWrapper(directory)).Files
            .Select(match => new LocalArticleFile(new FileInfo(Path.Combine(directory.FullName, match.Path)), match.Path))
            .OrderBy(f => f.BlobName, StringComparer.Ordinal)];
    }

    private static List<LocalArticleFile> Prefixed(List<LocalArticleFile> files, string? prefix)
    {
        var folder = prefix?.Trim('/');
        return string.IsNullOrEmpty(folder) ? files : [.. files.Select(f => f with { BlobName = folder + "/" + f.BlobName })];
    }
}
