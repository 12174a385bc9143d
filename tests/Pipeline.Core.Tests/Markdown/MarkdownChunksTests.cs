using System.Text;
using Pipeline.Core.Parsing.Markdown;

namespace Pipeline.Core.Tests.Markdown;

public sealed class MarkdownChunksTests
{
    [Fact]
    public void Short_text_is_one_piece()
    {
        Assert.Equal(["# T\n\nBody.\n"], MarkdownChunks.Split("# T\n\nBody.\n"));
    }

    [Fact]
    public void Long_text_is_cut_at_blank_lines_never_inside_a_fenced_code_block()
    {
        var text = new StringBuilder();
        while (text.Length < MarkdownChunks.TargetChars - 100)
        {
            text.Append("A paragraph of prose.\n\n");
        }

        // The fence opens before the target size and holds blank lines well past it.
        text.Append("```\ncode line\n\n");
        for (var i = 0; i < 500; i++)
        {
            text.Append("more code\n\n");
        }

        text.Append("```\n\nAfter the fence.\n\n");
        for (var i = 0; i < 3000; i++)
        {
            text.Append("A paragraph of prose.\n\n");
        }

        var pieces = MarkdownChunks.Split(text.ToString()).ToList();

        Assert.True(pieces.Count > 1);
        Assert.Equal(text.ToString(), string.Concat(pieces));
        var fenced = Assert.Single(pieces, piece => piece.Contains("```\ncode line", StringComparison.Ordinal));
        Assert.EndsWith("more code\n\n```\n\n", fenced, StringComparison.Ordinal);
        Assert.All(pieces.SkipLast(1), piece => Assert.EndsWith("\n\n", piece, StringComparison.Ordinal));
    }

    [Fact]
    public void A_long_run_without_blank_lines_is_cut_at_a_line_break_past_the_hard_limit()
    {
        var text = string.Concat(Enumerable.Repeat("word\n", MarkdownChunks.MaxChars / 2));

        var pieces = MarkdownChunks.Split(text).ToList();

        Assert.Equal(text, string.Concat(pieces));
        Assert.All(pieces.SkipLast(1), piece => Assert.InRange(piece.Length, MarkdownChunks.MaxChars, MarkdownChunks.MaxChars + "word\n".Length));
        Assert.All(pieces.SkipLast(1), piece => Assert.EndsWith("\n", piece, StringComparison.Ordinal));
    }

    [Fact]
    public void A_long_article_parses_to_the_same_paragraphs_whatever_the_pieces()
    {
        var paragraphs = Enumerable.Range(0, 8000).Select(i => $"Paragraph {i} with *emphasis* and a [link](https://example.com/{i}).").ToList();
        var markdown = "# Title\n\n" + string.Join("\n\n", paragraphs);

        var document = MarkdownArticleParser.Parse(markdown);

        Assert.True(markdown.Length > 4 * MarkdownChunks.TargetChars);
        Assert.Equal("Title", document.Title);
        Assert.Equal(string.Join("\n\n", Enumerable.Range(0, 8000).Select(i => $"Paragraph {i} with emphasis and a link.")), document.Body);
    }
}
