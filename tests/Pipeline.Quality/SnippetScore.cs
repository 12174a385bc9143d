using System.Text;

namespace Pipeline.Quality;

/// <summary>
/// The evaluation set's metric: each wanted snippet found in the output is a true positive (else a false negative),
/// each unwanted snippet found is a false positive (else a true negative); texts are compared with whitespace runs
/// collapsed to one space.
/// </summary>
internal readonly record struct SnippetScore(int TruePositives, int FalseNegatives, int FalsePositives, int TrueNegatives)
{
    public double Precision => Ratio(TruePositives, TruePositives + FalsePositives);

    public double Recall => Ratio(TruePositives, TruePositives + FalseNegatives);

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    public static SnippetScore operator +(SnippetScore a, SnippetScore b) => new(
        a.TruePositives + b.TruePositives,
        a.FalseNegatives + b.FalseNegatives,
        a.FalsePositives + b.FalsePositives,
        a.TrueNegatives + b.TrueNegatives);

    public static SnippetScore Of(string output, EvaluationPage page)
    {
        var text = NormalizeWhitespace(output);
        var found = page.GoldWith.Count(s => text.Contains(NormalizeWhitespace(s), StringComparison.Ordinal));
        var leaked = page.GoldWithout.Count(s => text.Contains(NormalizeWhitespace(s), StringComparison.Ordinal));
        return new SnippetScore(found, page.GoldWith.Count - found, leaked, page.GoldWithout.Count - leaked);
    }

    public static string NormalizeWhitespace(string text)
    {
        var builder = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                space = builder.Length > 0;
                continue;
            }

            if (space)
            {
                builder.Append(' ');
                space = false;
            }

            builder.Append(c);
        }

        return builder.ToString();
    }

    private static double Ratio(int part, int whole) => whole == 0 ? 0 : (double)part / whole;
}
