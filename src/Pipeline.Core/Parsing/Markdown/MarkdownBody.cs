using System.Text;
using Pipeline.Core.Parsing.Structured;

namespace Pipeline.Core.Parsing.Markdown;

/// <summary>
/// Collects rendered blocks into the body while picking the title: the front matter's (an opening heading that
/// repeats it is dropped), else the first level-1 heading, else an opening heading of any level; the heading chosen
/// is not part of the body. Blocks arrive one at a time, so only the opening block is held back.
/// </summary>
internal sealed class MarkdownBody(string? givenTitle)
{
    private readonly StringBuilder _rest = new();
    private (string Text, int HeadingLevel)? _first;
    private string? _laterH1;

    public void Add(string text, int headingLevel)
    {
        if (_first is null)
        {
            _first = (text, headingLevel);
        }
        else if (givenTitle is null && _laterH1 is null && headingLevel == 1 && _first.Value.HeadingLevel != 1)
        {
            _laterH1 = text;
        }
        else
        {
            (_rest.Length > 0 ? _rest.Append("\n\n") : _rest).Append(text);
        }
    }

    /// <summary>The title (null when the body's first sentence should serve) and the body (empty when there is none).</summary>
    public (string? Title, string Body) Finish()
    {
        if (_first is not { } first)
        {
            return (givenTitle, string.Empty);
        }

        var opening = first.Text.Replace('\n', ' ');
        var (title, keepFirst) = givenTitle switch
        {
            not null => (givenTitle, first.HeadingLevel == 0 || !string.Equals(FieldText.Line(opening), givenTitle, StringComparison.OrdinalIgnoreCase)),
            null when first.HeadingLevel == 1 => (opening, false),
            null when _laterH1 is not null => (_laterH1.Replace('\n', ' '), true),
            null when first.HeadingLevel > 0 => (opening, false),
            null => (null, true),
        };

        if (!keepFirst)
        {
            return (title, _rest.ToString());
        }

        return (title, _rest.Length == 0 ? first.Text : string.Concat(first.Text, "\n\n", _rest.ToString()));
    }
}
