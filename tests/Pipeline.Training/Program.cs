namespace Pipeline.Training;

/// <summary>
/// Trains and evaluates the core's entity tagger. From the repository root:
/// <code>
/// dotnet run -c Release --project tests/Pipeline.Training -- train-ner [--data DIR] [--epochs N] [--seed N] [--bits N] [--gazetteer FILE] [--out FILE]
/// dotnet run -c Release --project tests/Pipeline.Training -- eval-ner [--data DIR] [--errors N] [--rules-errors] [--model FILE]
/// dotnet run -c Release --project tests/Pipeline.Training -- eval-ner --gold FILE [--errors N] [--model FILE]
/// dotnet run -c Release --project tests/Pipeline.Training -- eval-ner --gold FILE --pipeline [--errors N]
/// dotnet run -c Release --project tests/Pipeline.Training -- tag-ner --input FILE [--detokenize yes] [--rules yes] [--model FILE]
/// dotnet run -c Release --project tests/Pipeline.Training -- eval-stats [--gold FILE] [--errors N]
/// tests/Pipeline.Training/Gazetteers/build.sh   (runs build-gazetteer on freshly packed npm packages)
/// </code>
/// </summary>
public static class Program
{
    public static int Main(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        try
        {
            return args.Length == 0 ? Usage() : args[0] switch
            {
                "train-ner" => TrainCommand.Run(Options.Parse(args, 1, "data", "epochs", "seed", "bits", "gazetteer", "out")),
                "eval-ner" => EvalCommand.Run(Options.Parse(args, 1, "data", "errors", "model", "gold", "pipeline", "rules-errors")),
                "tag-ner" => TagCommand.Run(Options.Parse(args, 1, "input", "detokenize", "model", "rules")),
                "eval-stats" => Stats.StatsEvalCommand.Run(Options.Parse(args, 1, "gold", "errors")),
                "build-gazetteer" => GazetteerFile.Build(Options.Parse(args, 1, "packages", "out")),
                _ => Usage(),
            };
        }
        catch (UsageException error)
        {
            Console.Error.WriteLine($"usage error: {error.Message}");
            return 2;
        }
        catch (Exception error) when (error is IOException or InvalidDataException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine($"error: {error.Message}");
            return 1;
        }
    }

    private static int Usage()
    {
        Console.Error.WriteLine("commands: train-ner, eval-ner, tag-ner, eval-stats (see tests/Pipeline.Training/Program.cs)");
        return 2;
    }
}
