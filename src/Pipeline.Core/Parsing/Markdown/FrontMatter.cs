using System.Text;

namespace Pipeline.Core.Parsing.Markdown;

/// <summary>
/// YAML front matter between <c>---</c> lines at the top of a Markdown file, read with a small parser for the
/// subset that article front matter uses: <c>key: value</c> (plain, <c>"double"</c> or <c>'single'</c> quoted),
/// <c>key: [a, b]</c>, <c>key:</c> followed by <c>- item</c> lines, one level of nested <c>key:</c> /
/// <c>  name: value</c> (read as <c>key.name</c>), and <c>|</c> / <c>&gt;</c> block scalars. Anchors, aliases and tags
/// are kept as literal text, never expanded; lines it does not understand are skipped.
/// </summary>
internal sealed class FrontMatter
{
    /// <summary>Front matter longer than this is not front matter: the file is read as Markdown from its first line.</summary>
    internal const int MaxChars = 64 * 1024;

    private const int MaxValuesPerKey = 100;

    private readonly Dictionary<string, List<string>> _values = new(StringComparer.OrdinalIgnoreCase);

    private FrontMatter()
    {
    }

    /// <summary>
    /// Splits <paramref name="markdown"/> into its front matter (null when it opens with none, or the block is never
    /// closed) and the offset where the Markdown body starts.
    /// </summary>
    public static (FrontMatter? Matter, int BodyStart) Split(string markdown)
    {
        var start = markdown.StartsWith('\uFEFF') ? 1 : 0;
        if (!IsDelimiter(LineAt(markdown, start, out var next), "---"))
        {
            return (null, start);
        }

        var lines = new List<string>();
        var limit = Math.Min(markdown.Length, start + MaxChars);
        for (var position = next; position < limit;)
        {
            var line = LineAt(markdown, position, out next);
            if (IsDelimiter(line, "---") || IsDelimiter(line, "..."))
            {
                var matter = new FrontMatter();
                matter.Read(lines);
                return (matter, next);
            }

            lines.Add(line.ToString());
            position = next;
        }

        return (null, start);
    }

    /// <summary>The first value of the first of <paramref name="keys"/> that has one.</summary>
    public string? Scalar(params ReadOnlySpan<string> keys)
    {
        foreach (var key in keys)
        {
            if (_values.TryGetValue(key, out var values) && values.Count > 0)
            {
                return values[0];
            }
        }

        return null;
    }

    /// <summary>All values of the first of <paramref name="keys"/> that has any.</summary>
    public IReadOnlyList<string> List(params ReadOnlySpan<string> keys)
    {
        foreach (var key in keys)
        {
            if (_values.TryGetValue(key, out var values) && values.Count > 0)
            {
                return values;
            }
        }

        return [];
    }

    private static ReadOnlySpan<char> LineAt(string text, int start, out int next)
    {
        var newline = text.IndexOf('\n', start);
        next = newline < 0 ? text.Length : newline + 1;
        var line = text.AsSpan(start, (newline < 0 ? text.Length : newline) - start);
        return line.TrimEnd('\r');
    }

    private static bool IsDelimiter(ReadOnlySpan<char> line, string delimiter) => line.TrimEnd().SequenceEqual(delimiter);

    private static int Indent(string line) => line.Length - line.TrimStart(' ').Length;

    private void Read(List<string> lines)
    {
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            if (Indent(line) > 0 || !TrySplitPair(line, out var key, out var rest))
            {
                continue; // A comment, a blank, a stray continuation, or not a pair: skipped.
            }

            if (rest.Length == 0)
            {
                i = ReadNested(lines, i + 1, key) - 1;
            }
            else if (rest is "|" or ">" or "|-" or ">-" or "|+" or ">+")
            {
                i = ReadBlockScalar(lines, i + 1, key, folded: rest[0] == '>') - 1;
            }
            else if (rest[0] == '[')
            {
                foreach (var item in FlowItems(rest))
                {
                    Add(key, item);
                }
            }
            else
            {
                Add(key, Scalar(rest));
            }
        }
    }

    // The indented lines under "key:": "- item" lines make a list, "name: value" lines a nested map.
    private int ReadNested(List<string> lines, int from, string key)
    {
        var i = from;
        for (; i < lines.Count; i++)
        {
            var line = lines[i];
            var trimmed = line.Trim();
            if (trimmed.Length == 0 || trimmed[0] == '#')
            {
                continue;
            }

            if (trimmed == "-" || trimmed.StartsWith("- ", StringComparison.Ordinal))
            {
                var item = trimmed[1..].Trim();

                // "- name: Jane Doe", the usual shape of a list of authors.
                Add(key, TrySplitPair(item, out var itemKey, out var itemValue) ? (itemKey == "name" ? Scalar(itemValue) : null) : Scalar(item));
            }
            else if (Indent(line) > 0 && TrySplitPair(trimmed, out var subKey, out var subValue))
            {
                Add(key + "." + subKey, Scalar(subValue));
            }
            else
            {
                break;
            }
        }

        return i;
    }

    private int ReadBlockScalar(List<string> lines, int from, string key, bool folded)
    {
        var text = new StringBuilder();
        var i = from;
        for (; i < lines.Count && (lines[i].Trim().Length == 0 || Indent(lines[i]) > 0); i++)
        {
            text.Append(lines[i].Trim()).Append(folded ? ' ' : '\n');
        }

        Add(key, text.ToString().Trim());
        return i;
    }

    private void Add(string key, string? value)
    {
        if (string.IsNullOrWhiteSpace(value) || value is "~" or "null" or "Null" or "NULL")
        {
            return;
        }

        if (!_values.TryGetValue(key, out var values))
        {
            values = [];
            _values.Add(key, values);
        }

        if (values.Count < MaxValuesPerKey)
        {
            values.Add(value);
        }
    }

    // "key: value" with a plain or quoted key; false for comments and for lines without ": ".
    private static bool TrySplitPair(string line, out string key, out string rest)
    {
        key = rest = string.Empty;
        if (line.Length == 0 || line[0] is '#' or '-')
        {
            return false;
        }

        var colon = line.IndexOf(':', StringComparison.Ordinal);
        while (colon >= 0 && colon + 1 < line.Length && line[colon + 1] != ' ' && line[colon + 1] != '\t')
        {
            colon = line.IndexOf(':', colon + 1);
        }

        if (colon <= 0)
        {
            return false;
        }

        key = line[..colon].Trim().Trim('"', '\'');
        rest = line[(colon + 1)..].Trim();
        return key.Length > 0;
    }

    // A plain scalar loses a trailing " # comment"; a quoted one is unquoted and unescaped.
    private static string? Scalar(string text)
    {
        if (text.Length == 0)
        {
            return null;
        }

        if (text[0] is '"' or '\'')
        {
            return Quoted(text, 0, out _);
        }

        var comment = text.IndexOf(" #", StringComparison.Ordinal);
        return (comment >= 0 ? text[..comment] : text).Trim();
    }

    // The content of the quoted string that starts at text[start]; end is the index after its closing quote.
    private static string Quoted(string text, int start, out int end)
    {
        var quote = text[start];
        var value = new StringBuilder();
        var i = start + 1;
        for (; i < text.Length; i++)
        {
            var c = text[i];
            if (c == quote)
            {
                if (quote == '\'' && i + 1 < text.Length && text[i + 1] == '\'')
                {
                    value.Append('\'');
                    i++;
                    continue;
                }

                break;
            }

            if (c == '\\' && quote == '"' && i + 1 < text.Length)
            {
                i++;
                value.Append(text[i] switch
                {
                    'n' => '\n',
                    't' => '\t',
                    _ => text[i],
                });
                continue;
            }

            value.Append(c);
        }

        end = Math.Min(i + 1, text.Length);
        return value.ToString();
    }

    // "[a, 'b, c', "d"]" → a | b, c | d.
    private static List<string> FlowItems(string text)
    {
        var items = new List<string>();
        var i = 1;
        while (i < text.Length)
        {
            while (i < text.Length && text[i] is ' ' or '\t')
            {
                i++;
            }

            if (i >= text.Length || text[i] == ']')
            {
                break;
            }

            if (text[i] is '"' or '\'')
            {
                items.Add(Quoted(text, i, out i));
                var comma = text.IndexOf(',', i);
                i = comma < 0 ? text.Length : comma + 1;
                continue;
            }

            var end = text.IndexOfAny([',', ']'], i);
            end = end < 0 ? text.Length : end;
            items.Add(text[i..end].Trim());
            i = end + 1;
            if (end < text.Length && text[end] == ']')
            {
                break;
            }
        }

        return items;
    }
}
