namespace Pipeline.Core.Benchmarks;

/// <summary>Reads a seed article from the repository's <c>seeds/</c> folder, found by walking up from the binaries.</summary>
internal static class SeedText
{
    public static string Read(string name)
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var path = Path.Combine(directory.FullName, "seeds", name);
            if (File.Exists(path) && Directory.Exists(Path.Combine(directory.FullName, "src")))
            {
                return File.ReadAllText(path);
            }
        }

        throw new FileNotFoundException($"No seeds/{name} above {AppContext.BaseDirectory}.");
    }
}
