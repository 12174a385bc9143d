namespace Pipeline.Storage.Dropping;

/// <summary>A file on disk and the blob name it is dropped under.</summary>
public sealed record LocalArticleFile(FileInfo File, string BlobName)
{
    /// <summary>
    /// A file under its own name, every file below a directory under its path relative to that directory (with
    /// '/'), in a stable order, each blob name once (the first path that names it wins).
    /// </summary>
    public static IReadOnlyList<LocalArticleFile> Expand(IEnumerable<FileSystemInfo> paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var files = new List<LocalArticleFile>();
        foreach (var path in paths)
        {
            if (path is DirectoryInfo directory)
            {
                files.AddRange(directory.EnumerateFiles("*", SearchOption.AllDirectories)
                    .OrderBy(f => f.FullName, StringComparer.Ordinal)
                    .Select(file => new LocalArticleFile(file, RelativeName(directory, file))));
            }
            else if (path is FileInfo file)
            {
                files.Add(new LocalArticleFile(file, file.Name));
            }
        }

        return [.. files.DistinctBy(f => f.BlobName, StringComparer.Ordinal)];
    }

    /// <summary>The blob name of <paramref name="file"/> below <paramref name="root"/>: its relative path with '/'.</summary>
    public static string RelativeName(DirectoryInfo root, FileInfo file)
    {
        ArgumentNullException.ThrowIfNull(root);
        ArgumentNullException.ThrowIfNull(file);
        return Path.GetRelativePath(root.FullName, file.FullName).Replace(Path.DirectorySeparatorChar, '/');
    }
}
