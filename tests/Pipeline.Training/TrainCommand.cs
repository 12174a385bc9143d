using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using Pipeline.Core.Extraction.Tagging;

namespace Pipeline.Training;

/// <summary><c>train-ner</c>: trains the tagger on the corpus's train split, scores each epoch on dev, writes the model.</summary>
internal static class TrainCommand
{
    public static int Run(Options options)
    {
        var data = options.Text("data", Repository.DefaultData);
        var epochs = options.Number("epochs", 10);
        var seed = options.Number("seed", 1);
        var bits = options.Number("bits", 17);
        var output = options.Text("out") ?? Repository.DefaultModelPath();
        var gazetteer = GazetteerFile.Read(options.Text("gazetteer") ?? GazetteerFile.DefaultPath());
        var clock = Stopwatch.StartNew();
        var train = Conll.Read(Path.Combine(data, "train.conll.gz"));
        var dev = Conll.Read(Path.Combine(data, "dev.conll.gz"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"read {train.Count} train and {dev.Count} dev sentences in {clock.Elapsed.TotalSeconds:0.0} s"));

        clock.Restart();
        var trainer = new TaggerTrainer(train, bits, gazetteer);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"features prepared ({1 << bits} rows, {gazetteer.Entries.Count} gazetteer words) in {clock.Elapsed.TotalSeconds:0.0} s"));
        var random = new Random(seed);
        TaggerWeights? weights = null;
        for (var epoch = 1; epoch <= epochs; epoch++)
        {
            clock.Restart();
            var (tokens, errors) = trainer.TrainEpoch(random);
            weights = trainer.Averaged();
            var score = Evaluation.OnTokens(new EntityTagger(weights, gazetteer), dev);
            Console.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"epoch {epoch,2}: train errors {100.0 * errors / tokens:0.00} % | dev {Report.Short(score.Scorer)} | {clock.Elapsed.TotalSeconds:0.0} s"));
        }

        if (weights is null)
        {
            throw new UsageException("--epochs must be at least 1");
        }

        using (var buffer = new MemoryStream())
        {
            TaggerModelFile.Write(weights, gazetteer, buffer);
            var directory = Path.GetDirectoryName(Path.GetFullPath(output));
            if (directory is not null)
            {
                Directory.CreateDirectory(directory);
            }

            File.WriteAllBytes(output, buffer.ToArray());
            Console.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"wrote {output}: {buffer.Length:N0} bytes, SHA-256 {Convert.ToHexStringLower(SHA256.HashData(buffer.ToArray()))}"));
        }

        return 0;
    }
}
