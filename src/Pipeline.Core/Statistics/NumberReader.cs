using System.Globalization;

namespace Pipeline.Core.Statistics;

/// <summary>A number read from one or more tokens: <c>256,085</c>, <c>4.5 billion</c>, <c>twenty-five</c>.</summary>
/// <param name="First">Index of the first token.</param>
/// <param name="Last">Index of the last token (the scale word when there is one).</param>
/// <param name="Value">The value, scale applied.</param>
/// <param name="Spelled">Whether it is written in words.</param>
/// <param name="Scaled">Whether a scale word (<c>million</c>) follows.</param>
internal readonly record struct ReadNumber(int First, int Last, double Value, bool Spelled, bool Scaled);

/// <summary>Reads numbers written in digits or in words, with an optional scale word.</summary>
internal static class NumberReader
{
    /// <summary>More digits than this is an identifier or garbage, not a figure anyone reads.</summary>
    public const int MaxDigits = 21;

    public static bool TryRead(TokenText text, int index, out ReadNumber number)
    {
        number = default;
        if (!text.InRange(index))
        {
            return false;
        }

        int last;
        double value;
        bool spelled;
        if (text.IsNumber(index))
        {
            if (!TryDigits(text.Span(index), out value))
            {
                return false;
            }

            last = index;
            spelled = false;
        }
        else if (text.IsWord(index) && TrySpelled(text, index, out value, out last))
        {
            spelled = true;
        }
        else
        {
            return false;
        }

        var scaled = false;
        if (text.IsWord(last + 1) && NumberWords.TryScale(text.Span(last + 1), out var scale))
        {
            value *= scale;
            last++;
            scaled = true;
        }

        number = new ReadNumber(index, last, value, spelled, scaled);
        return true;
    }

    /// <summary>Digits with well-formed thousands groups (<c>1,234,567</c>) and an optional decimal part.</summary>
    public static bool TryDigits(ReadOnlySpan<char> token, out double value)
    {
        value = 0;
        var point = token.IndexOf('.');
        var integer = point < 0 ? token : token[..point];
        var fraction = point < 0 ? [] : token[(point + 1)..];
        if (fraction.Contains('.') || fraction.Contains(','))
        {
            return false;
        }

        var digits = 0;
        var groupLength = 0;
        var sawComma = false;
        foreach (var c in integer)
        {
            if (c == ',')
            {
                if ((sawComma && groupLength != 3) || (!sawComma && groupLength is 0 or > 3))
                {
                    return false;
                }

                sawComma = true;
                groupLength = 0;
                continue;
            }

            digits++;
            groupLength++;
        }

        if ((sawComma && groupLength != 3) || digits + fraction.Length > MaxDigits)
        {
            return false;
        }

        Span<char> plain = stackalloc char[MaxDigits + 1];
        var length = 0;
        foreach (var c in token)
        {
            if (c != ',')
            {
                plain[length++] = c;
            }
        }

        return double.TryParse(plain[..length], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);
    }

    /// <summary>
    /// Reads <c>three</c>, <c>twenty-five</c>, <c>two hundred and fifty</c>, <c>three thousand four hundred</c>. Scale
    /// words after the last part are left to the caller, so "two million" reads like "2 million".
    /// </summary>
    private static bool TrySpelled(TokenText text, int index, out double value, out int last)
    {
        value = 0;
        last = index;
        if (!NumberWords.StartsNumber(text.Span(index)))
        {
            return false;
        }

        double total = 0;
        double current = 0;
        var i = index;
        var expectsPart = true;
        while (text.InRange(i) && i - index < 16)
        {
            var word = text.Span(i);
            if (!text.IsWord(i))
            {
                break;
            }

            if (expectsPart && NumberWords.TryTens(word, out var tens))
            {
                current += tens;
                last = i;
                if (text.IsSymbol(i + 1, '-') && text.Touch(i, i + 1) && text.Touch(i + 1, i + 2) && NumberWords.TryUnit(text.Span(i + 2), out var unitAfterTens) && unitAfterTens is > 0 and < 10)
                {
                    current += unitAfterTens;
                    last = i + 2;
                    i += 2;
                }

                expectsPart = false;
            }
            else if (expectsPart && NumberWords.TryUnit(word, out var unit))
            {
                current += unit;
                last = i;
                expectsPart = false;
            }
            else if (!expectsPart && NumberWords.IsHundred(word) && current is > 0 and < 100)
            {
                current *= 100;
                last = i;
                expectsPart = true;
                if (text.Is(i + 1, "and") && text.IsWord(i + 2) && NumberWords.StartsNumber(text.Span(i + 2)))
                {
                    i++;
                }
            }
            else if (!expectsPart && NumberWords.TryScale(word, out var scale) && text.IsWord(i + 1) && NumberWords.StartsNumber(text.Span(i + 1)))
            {
                // An inner scale ("three thousand four hundred"); a final one is the caller's.
                total += current * scale;
                current = 0;
                last = i;
                expectsPart = true;
            }
            else
            {
                break;
            }

            i++;
        }

        value = total + current;
        return true;
    }
}
