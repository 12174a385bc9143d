using System.Diagnostics;
using System.Globalization;
using Pipeline.Core.Extraction.Tagging;
using Pipeline.Core.Text;

namespace Pipeline.Training;

/// <summary><c>speed-ner</c>: a rough breakdown of the tagging pass (ns per token, best of several runs) for tuning.</summary>
internal static class SpeedCommand
{
    public static int Run(Options options)
    {
        var input = options.Text("input") ?? throw new UsageException("speed-ner needs --input FILE");
        var text = File.ReadAllText(input);
        var tagger = EntityTagger.Default;
        using var tokens = new RangeBuffer();
        var sentences = new List<Range[]>();
        foreach (var sentence in SentenceSplitter.Split(text))
        {
            WordTokenizer.Tokenize(text, sentence, tokens);
            sentences.Add(tokens.Span.ToArray());
        }

        var count = sentences.Sum(s => s.Length);
        var tags = new EntityTag[4096];
        Measure("tokenize", count, () =>
        {
            foreach (var sentence in SentenceSplitter.Split(text))
            {
                WordTokenizer.Tokenize(text, sentence, tokens);
            }
        });
        Measure("hash words", count, () =>
        {
            ulong sink = 0;
            foreach (var sentence in sentences)
            {
                foreach (var range in sentence)
                {
                    sink += WordHashes.Of(text.AsSpan()[range]).Lower;
                }
            }

            GC.KeepAlive(sink);
        });
        Measure("tag (given tokens)", count, () =>
        {
            foreach (var sentence in sentences)
            {
                tagger.Tag(text, sentence, tags);
            }
        });
        return 0;
    }

    private static void Measure(string name, int tokens, Action action)
    {
        var best = double.MaxValue;
        for (var run = 0; run < 20; run++)
        {
            var clock = Stopwatch.StartNew();
            for (var i = 0; i < 10; i++)
            {
                action();
            }

            best = Math.Min(best, clock.Elapsed.TotalNanoseconds / 10 / tokens);
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name,-20} {best,8:0.0} ns/token"));
    }
}
