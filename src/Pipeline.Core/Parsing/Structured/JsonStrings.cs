using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Pipeline.Core.Parsing.Structured;

/// <summary>
/// Reads JSON string values. <see cref="JsonElement.GetString"/> throws on an escaped lone surrogate
/// (<c>"\ud800"</c>), which is valid JSON syntax; here such a surrogate becomes U+FFFD so one bad escape does not
/// cost the whole article.
/// </summary>
internal static class JsonStrings
{
    /// <summary>The value of a string element, or null for any other kind.</summary>
    public static string? Of(JsonElement value)
    {
        if (value.ValueKind != JsonValueKind.String)
        {
            return null;
        }

        try
        {
            return value.GetString();
        }
        catch (InvalidOperationException)
        {
            return Unescape(value.GetRawText());
        }
    }

    // The raw text is a valid JSON string literal, quotes included, so every escape is complete.
    private static string Unescape(string literal)
    {
        var text = new StringBuilder(literal.Length);
        for (var i = 1; i < literal.Length - 1; i++)
        {
            var c = literal[i];
            if (c != '\\')
            {
                text.Append(c);
                continue;
            }

            c = literal[++i];
            text.Append(c switch
            {
                'b' => '\b',
                'f' => '\f',
                'n' => '\n',
                'r' => '\r',
                't' => '\t',
                'u' => (char)int.Parse(literal.AsSpan(i + 1, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture),
                _ => c,
            });
            if (c == 'u')
            {
                i += 4;
            }
        }

        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(text[i]))
            {
                text[i] = '\uFFFD';
            }
        }

        return text.ToString();
    }
}
