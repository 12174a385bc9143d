namespace Pipeline.Core.Text;

/// <summary>
/// Tells the language of a text from what is cheap and reliable on news: the writing system first (Han with kana
/// is Japanese, Hangul Korean, Hebrew, Greek, Arabic with its Persian and Urdu letters, Cyrillic with its Ukrainian,
/// Belarusian, Serbian, Macedonian and Bulgarian letters, Thai, Devanagari …), and for Latin script the share of
/// each language's function words ("the", "der", "och", "että"), which are short, frequent and distinctive enough
/// that a paragraph decides. Function words are looked up by span in one frozen table, so nothing is allocated
/// per word. Only the head of a text is read (<see cref="MaxScannedChars"/> characters), and function words are
/// counted only until one language leads clearly, which on article text takes a paragraph or two, so the cost stays
/// flat however long the article.
/// </summary>
internal static class LanguageDetector
{
    /// <summary>Text shorter than this in letters is too little to tell.</summary>
    internal const int MinLetters = 12;

    internal const int MaxScannedChars = 32_768;

    // Checked every this many words: the leader is clear once it has this score and twice the runner-up's.
    private const int DecisionInterval = 100;
    private const int DecisiveScore = 200;

    private const int MinWords = 3;
    // Two function words of two or more letters (scored 2 each), or the equivalent in one-letter words.
    private const int MinFunctionWordScore = 4;
    private const int MaxFunctionWordLength = 12;

    /// <summary>ISO 639-1 code of the text's language, or null when it cannot be told.</summary>
    public static string? Detect(ReadOnlySpan<char> text)
    {
        if (text.Length > MaxScannedChars)
        {
            text = text[..MaxScannedChars];
        }

        var scripts = ScriptCounts.Count(text);
        if (scripts.Letters < MinLetters)
        {
            return null;
        }

        return scripts.Dominant switch
        {
            Script.Latin => DetectLatin(text),
            Script.Cyrillic => scripts.CyrillicLanguage(),
            Script.Arabic => scripts.ArabicLanguage(),
            Script.Cjk => scripts.CjkLanguage(),
            Script.Hangul => "ko",
            Script.Greek => "el",
            Script.Hebrew => "he",
            Script.Thai => "th",
            Script.Devanagari => "hi",
            Script.Bengali => "bn",
            Script.Tamil => "ta",
            Script.Georgian => "ka",
            Script.Armenian => "hy",
            _ => null,
        };
    }

    private static bool IsDecided(ReadOnlySpan<int> hits)
    {
        int best = 0, second = 0;
        foreach (var score in hits)
        {
            if (score > best)
            {
                (best, second) = (score, best);
            }
            else if (score > second)
            {
                second = score;
            }
        }

        return best >= DecisiveScore && best >= 2 * second;
    }

    private static string? DetectLatin(ReadOnlySpan<char> text)
    {
        Span<int> hits = stackalloc int[FunctionWords.Languages.Length];
        Span<int> letterHits = stackalloc int[FunctionWords.Languages.Length];
        Span<char> lower = stackalloc char[MaxFunctionWordLength];
        var words = 0;
        var position = 0;
        while (position < text.Length)
        {
            if (words % DecisionInterval == 0 && words > 0 && IsDecided(hits))
            {
                break;
            }

            while (position < text.Length && !char.IsLetter(text[position]))
            {
                position++;
            }

            var start = position;
            while (position < text.Length && char.IsLetter(text[position]))
            {
                position++;
            }

            var length = position - start;
            if (length == 0)
            {
                break;
            }

            words++;

            // One-letter words ("a", "i", "w", "y") are frequent in several languages, and as initials, grades and
            // codes in tables, so only lower-case ones count, at half weight, and never for more than the longer
            // words do.
            if (length > MaxFunctionWordLength || (length == 1 && !char.IsLower(text[start])))
            {
                continue;
            }

            for (var i = 0; i < length; i++)
            {
                var c = text[start + i];
                lower[i] = char.IsAsciiLetterUpper(c) ? (char)(c | 0x20) : char.IsAscii(c) ? c : char.ToLowerInvariant(c);
            }

            var languages = FunctionWords.Lookup(lower[..length]);
            var counts = length == 1 ? letterHits : hits;
            var weight = length == 1 ? 1 : 2;
            for (var bit = 0; languages != 0; bit++, languages >>= 1)
            {
                counts[bit] += (languages & 1) * weight;
            }
        }

        if (words < MinWords)
        {
            return null;
        }

        for (var i = 0; i < hits.Length; i++)
        {
            hits[i] += Math.Min(letterHits[i], hits[i]);
        }

        var best = -1;
        var tied = false;
        for (var i = 0; i < hits.Length; i++)
        {
            if (best < 0 || hits[i] > hits[best])
            {
                (best, tied) = (i, false);
            }
            else if (hits[i] == hits[best])
            {
                tied = true;
            }
        }

        if (tied)
        {
            best = FunctionWords.BreakTie(text, hits);
        }

        return best >= 0 && hits[best] >= MinFunctionWordScore ? FunctionWords.Languages[best] : null;
    }
}

/// <summary>The writing systems the detector tells apart.</summary>
internal enum Script
{
    None,
    Latin,
    Cyrillic,
    Greek,
    Arabic,
    Hebrew,
    Cjk,
    Hangul,
    Thai,
    Devanagari,
    Bengali,
    Tamil,
    Georgian,
    Armenian,
}

/// <summary>Letter counts per writing system, plus the letters that tell languages of one script apart.</summary>
internal ref struct ScriptCounts
{
    private const int ScriptCount = (int)Script.Armenian + 1;

    private int kana;
    private int han;
    private int ukrainian;
    private int belarusian;
    private int serbian;
    private int macedonian;
    private int russian;
    private int hardSign;
    private int persian;
    private int urdu;
    private int arabicOnly;

    public int Letters { get; private set; }

    public Script Dominant { get; private set; }

    public static ScriptCounts Count(ReadOnlySpan<char> text)
    {
        var counts = default(ScriptCounts);
        Span<int> perScript = stackalloc int[ScriptCount];
        foreach (var c in text)
        {
            if (!char.IsLetter(c))
            {
                continue;
            }

            counts.Letters++;
            var script = counts.Classify(c);
            perScript[(int)script]++;
        }

        var dominant = Script.None;
        for (var i = 1; i < ScriptCount; i++)
        {
            if (perScript[i] > perScript[(int)dominant])
            {
                dominant = (Script)i;
            }
        }

        // Japanese writes with Han and kana together; the kana, not the Han share, is what says Japanese.
        if (perScript[(int)Script.Cjk] > 0 && dominant is Script.Latin or Script.Cjk && perScript[(int)Script.Cjk] * 2 >= perScript[(int)Script.Latin])
        {
            dominant = Script.Cjk;
        }

        counts.Dominant = dominant;
        return counts;
    }

    public readonly string CjkLanguage() => kana * 20 >= kana + han ? "ja" : "zh";

    public readonly string CyrillicLanguage()
    {
        if (belarusian > 0 && belarusian * 2 >= ukrainian)
        {
            return "be";
        }

        if (ukrainian > russian)
        {
            return "uk";
        }

        if (macedonian > 0)
        {
            return "mk";
        }

        if (serbian > 0)
        {
            return "sr";
        }

        // Bulgarian has no ы or э and uses ъ as a vowel, far more often than Russian's hard sign.
        return russian == 0 && hardSign > 0 ? "bg" : "ru";
    }

    public readonly string ArabicLanguage()
    {
        if (urdu > persian && urdu > arabicOnly)
        {
            return "ur";
        }

        return persian > arabicOnly ? "fa" : "ar";
    }

    private Script Classify(char c)
    {
        switch (c)
        {
            case < '\u0250':
                return Script.Latin;
            case >= '\u1E00' and <= '\u1EFF':
                return Script.Latin;
            case >= '\u0370' and <= '\u03FF':
            case >= '\u1F00' and <= '\u1FFF':
                return Script.Greek;
            case >= '\u0400' and <= '\u052F':
                CountCyrillic(c);
                return Script.Cyrillic;
            case >= '\u0530' and <= '\u058F':
                return Script.Armenian;
            case >= '\u0590' and <= '\u05FF':
                return Script.Hebrew;
            case >= '\u0600' and <= '\u06FF':
            case >= '\u0750' and <= '\u077F':
            case >= '\uFB50' and <= '\uFDFF':
            case >= '\uFE70' and <= '\uFEFF':
                CountArabic(c);
                return Script.Arabic;
            case >= '\u0900' and <= '\u097F':
                return Script.Devanagari;
            case >= '\u0980' and <= '\u09FF':
                return Script.Bengali;
            case >= '\u0B80' and <= '\u0BFF':
                return Script.Tamil;
            case >= '\u0E00' and <= '\u0E7F':
                return Script.Thai;
            case >= '\u10A0' and <= '\u10FF':
                return Script.Georgian;
            case >= '\u1100' and <= '\u11FF':
            case >= '\u3130' and <= '\u318F':
            case >= '\uAC00' and <= '\uD7AF':
                return Script.Hangul;
            case >= '\u3040' and <= '\u30FF':
            case >= '\u31F0' and <= '\u31FF':
            case >= '\uFF66' and <= '\uFF9F':
                kana++;
                return Script.Cjk;
            case >= '\u3400' and <= '\u4DBF':
            case >= '\u4E00' and <= '\u9FFF':
            case >= '\uF900' and <= '\uFAFF':
                han++;
                return Script.Cjk;
            default:
                return Script.None;
        }
    }

    private void CountCyrillic(char c)
    {
        switch (char.ToLowerInvariant(c))
        {
            case '\u0456' or '\u0457' or '\u0454' or '\u0491':
                ukrainian++;
                break;
            case '\u045E':
                belarusian++;
                break;
            case '\u0452' or '\u045B' or '\u045F' or '\u0458' or '\u0459' or '\u045A':
                serbian++;
                break;
            case '\u0453' or '\u045C' or '\u0455':
                macedonian++;
                break;
            case '\u044B' or '\u044D' or '\u0451':
                russian++;
                break;
            case '\u044A':
                hardSign++;
                break;
            default:
                break;
        }
    }

    private void CountArabic(char c)
    {
        switch (c)
        {
            case '\u067E' or '\u0686' or '\u0698' or '\u06AF' or '\u06CC' or '\u06A9':
                persian++;
                break;
            case '\u0679' or '\u0688' or '\u0691' or '\u06BA' or '\u06D2' or '\u06C1':
                urdu++;
                break;
            case '\u0629' or '\u064A' or '\u0643':
                arabicOnly++;
                break;
            default:
                break;
        }
    }
}
