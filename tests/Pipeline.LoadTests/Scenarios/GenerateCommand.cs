using System.CommandLine;
using System.Text;
using Pipeline.LoadTests.Corpus;

namespace Pipeline.LoadTests.Scenarios;

/// <summary><c>generate --articles N --out DIR --seed S</c>: writes the corpus to a folder as plain-text files.</summary>
internal static class GenerateCommand
{
    public static Command Create()
    {
        var articles = new Option<int>("--articles") { Description = "How many articles.", DefaultValueFactory = _ => 100 };
        var output = new Option<DirectoryInfo>("--out") { Description = "The folder to write them to.", Required = true };
        var seed = new Option<int>("--seed") { Description = "The corpus seed; the same seed gives the same files.", DefaultValueFactory = _ => 1 };
        var command = new Command("generate", "Write N generated news articles (article-0000000.txt, ...) to a folder.") { articles, output, seed };
        command.SetAction(parse =>
        {
            var folder = parse.GetValue(output)!;
            folder.Create();
            var generator = new ArticleGenerator(parse.GetValue(seed));
            long bytes = 0;
            foreach (var article in generator.Generate(parse.GetValue(articles)))
            {
                var data = Encoding.UTF8.GetBytes(article.Text);
                bytes += data.Length;
                File.WriteAllBytes(Path.Combine(folder.FullName, article.Name), data);
            }

            Console.WriteLine($"Wrote {parse.GetValue(articles)} articles ({bytes / 1024.0 / 1024.0:F1} MiB) to {folder.FullName}.");
            return 0;
        });
        return command;
    }
}
