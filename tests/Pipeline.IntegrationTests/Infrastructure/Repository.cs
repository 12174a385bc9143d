namespace Pipeline.IntegrationTests.Infrastructure;

/// <summary>Finds files of the repository from the test's output folder.</summary>
internal static class Repository
{
    public static DirectoryInfo Root { get; } = FindRoot();

    /// <summary>The build configuration the tests were built with (Debug or Release), read off the output path.</summary>
    public static string Configuration { get; } = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)).Parent!.Name;

    public static DirectoryInfo Seeds => new(Path.Combine(Root.FullName, "seeds"));

    public static string OutputOf(string project) =>
        Path.Combine(Root.FullName, "src", project, "bin", Configuration, "net10.0");

    private static DirectoryInfo FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Pipeline.sln")))
            {
                return dir;
            }
        }

        throw new InvalidOperationException("Could not find Pipeline.sln above " + AppContext.BaseDirectory);
    }
}
