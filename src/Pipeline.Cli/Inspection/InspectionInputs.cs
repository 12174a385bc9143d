namespace Pipeline.Cli.Inspection;

/// <summary>One input to inspect: a file, or standard input (<c>-</c>).</summary>
internal sealed record InspectionInput(string Name, FileInfo? File)
{
    public const string StandardInput = "-";

    public Stream Open() => File is null ? Console.OpenStandardInput() : File.OpenRead();
}

/// <summary>Turns the command line's paths into inputs: folders are walked recursively, in a stable order.</summary>
internal static class InspectionInputs
{
    public static List<InspectionInput> Expand(IEnumerable<string> paths, out string? missing)
    {
        missing = null;
        var inputs = new List<InspectionInput>();
        foreach (var path in paths)
        {
            if (path == InspectionInput.StandardInput)
            {
                inputs.Add(new InspectionInput(InspectionInput.StandardInput, null));
            }
            else if (Directory.Exists(path))
            {
                inputs.AddRange(Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories)
                    .Order(StringComparer.Ordinal)
                    .Select(f => new InspectionInput(f, new FileInfo(f))));
            }
            else if (File.Exists(path))
            {
                inputs.Add(new InspectionInput(path, new FileInfo(path)));
            }
            else
            {
                missing = path;
                return [];
            }
        }

        return inputs;
    }
}
