using System.Text;
using Pipeline.Core.Extraction;

namespace Pipeline.Core.Tests.Entities;

/// <summary>
/// Shapes that would make a careless entity pass quadratic: one endless sentence of names, parentheses that never
/// close, titles everywhere, quotes everywhere. Each is a few hundred kilobytes, which a linear pass reads in well
/// under a second; the spans must still index the text.
/// </summary>
public sealed class HostileEntityInputTests
{
    public static TheoryData<string> Shapes => new()
    {
        Repeat("Paris London Berlin Tokyo Chicago Houston ", 8_000),
        Repeat("Aa (Bb ", 30_000),
        Repeat("Secretary Aaron Director Bob Sen. Carl ", 8_000),
        Repeat("\"Alpha Beta Gamma\" \u201CDelta ", 10_000),
        Repeat("Donald Trump. Trump Trump-era ICE DHS U.S.-Mexico ", 5_000),
        Repeat("TIJUANA, MEXICO - DECEMBER 02: John Moore/Getty Images\n", 5_000),
        Repeat("Rep. ", 50_000),
    };

    [Theory]
    [MemberData(nameof(Shapes))]
    public void Entity_pass_stays_linear_and_spans_index_the_text(string body)
    {
        var entities = EntityExtractor.Extract(body, body[..Math.Min(body.Length, 5_000)]);

        foreach (var entity in entities)
        {
            Assert.InRange(entity.Salience, 0.0, 1.0);
            Assert.All(entity.Spans, s => Assert.Equal(s.Text, body[s.Start..s.End]));
        }
    }

    private static string Repeat(string text, int times) => new StringBuilder(text.Length * times).Insert(0, text, times).ToString();
}
