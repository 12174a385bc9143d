namespace Pipeline.Training;

/// <summary>Default paths: the repository root is found by walking up to the folder that holds Pipeline.sln.</summary>
internal static class Repository
{
    public const string DefaultData = "/work/shared/data/ner";

    public static string DefaultModelPath() =>
        Path.Combine(Root(), "src", "Pipeline.Core", "Extraction", "Tagging", "EntityTagger.model");

    public static string Root()
    {
        foreach (var start in new[] { Environment.CurrentDirectory, AppContext.BaseDirectory })
        {
            for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
            {
                if (File.Exists(Path.Combine(directory.FullName, "Pipeline.sln")))
                {
                    return directory.FullName;
                }
            }
        }

        throw new UsageException("no Pipeline.sln above the current directory; pass --out");
    }
}
