using System.Text;

namespace Pipeline.Core.Tests;

/// <summary>
/// The sample articles in the repository's <c>seeds/</c> folder, found by walking up from the test binaries to the
/// directory that holds both <c>seeds/</c> and <c>src/</c> (the repository root).
/// </summary>
public static class Seeds
{
    public const string Ptb = "000_f8b8f606e1205c8f.txt";
    public const string Scraped = "001_4e0d7657024b0922.txt";
    public const string Prose = "002_08ed150cadca3ac4.txt";

    private static readonly Lazy<string> Folder = new(Locate);

    public static string Path(string name) => System.IO.Path.Combine(Folder.Value, name);

    public static string Text(string name) => File.ReadAllText(Path(name), Encoding.UTF8);

    private static string Locate()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var seeds = System.IO.Path.Combine(directory.FullName, "seeds");
            if (Directory.Exists(seeds) && Directory.Exists(System.IO.Path.Combine(directory.FullName, "src")))
            {
                return seeds;
            }
        }

        throw new DirectoryNotFoundException($"No directory above {AppContext.BaseDirectory} holds both seeds/ and src/.");
    }
}
