using System.IO.Compression;
using Pipeline.Core.Extraction.Tagging;

namespace Pipeline.Training;

/// <summary>Reads CoNLL-style files: <c>TOKEN&lt;TAB&gt;TAG</c> per line, a blank line after each sentence, optionally gzipped.</summary>
internal static class Conll
{
    public static List<TrainingSentence> Read(string path)
    {
        using var file = File.OpenRead(path);
        using Stream stream = path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase)
            ? new GZipStream(file, CompressionMode.Decompress)
            : file;
        using var reader = new StreamReader(stream);
        var sentences = new List<TrainingSentence>();
        var words = new List<string>();
        var tags = new List<EntityTag>();
        var lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (line.Length == 0 || line.StartsWith("-DOCSTART-", StringComparison.Ordinal))
            {
                Flush();
                continue;
            }

            var tab = line.LastIndexOfAny(['\t', ' ']);
            if (tab <= 0 || !EntityTags.TryParse(line.AsSpan(tab + 1), out var tag))
            {
                throw new InvalidDataException($"{path} line {lineNumber} is not 'TOKEN<TAB>TAG' with a BIO tag over PER, ORG, LOC, MISC, DATE");
            }

            // Other columns (POS, chunk) may sit between the token and the tag.
            var token = line.AsSpan(0, tab);
            var firstTab = token.IndexOfAny('\t', ' ');
            words.Add((firstTab < 0 ? token : token[..firstTab]).ToString());
            tags.Add(tag);
        }

        Flush();
        return sentences;

        void Flush()
        {
            if (words.Count > 0)
            {
                sentences.Add(new TrainingSentence(words.ToArray(), tags.ToArray()));
                words.Clear();
                tags.Clear();
            }
        }
    }
}
