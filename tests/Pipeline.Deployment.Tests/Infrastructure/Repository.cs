namespace Pipeline.Deployment.Tests.Infrastructure;

/// <summary>Paths in the repository the tests run from (found by walking up to Pipeline.sln).</summary>
internal static class Repository
{
    public static DirectoryInfo Root { get; } = FindRoot();

    /// <summary>The build configuration the tests were built with (Debug or Release), read off the output path.</summary>
    public static string Configuration { get; } = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)).Parent!.Name;

    public static string PathOf(params string[] parts) => Path.Combine([Root.FullName, .. parts]);

    public static string Infra => PathOf("infra");

    /// <summary>The function app's build output, where the SDK writes the functions.metadata the host loads.</summary>
    public static string FunctionsOutput => PathOf("src", "Pipeline.Functions", "bin", Configuration, "net10.0");

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
