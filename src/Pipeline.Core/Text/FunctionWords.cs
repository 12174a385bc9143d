using System.Collections.Frozen;

namespace Pipeline.Core.Text;

/// <summary>
/// The most frequent function words of the Latin-script languages <see cref="LanguageDetector"/> tells apart, each
/// mapped to the set of languages it belongs to (as bits in the order of <see cref="Languages"/>). A word shared by
/// several languages ("de", "en", "in") counts for all of them; the words only one language uses decide.
/// </summary>
internal static class FunctionWords
{
    /// <summary>ISO 639-1 codes, in bit order.</summary>
    public static readonly string[] Languages =
        ["en", "de", "fr", "es", "it", "nl", "pt", "pl", "sv", "da", "no", "fi", "tr", "ro", "cs", "hu"];

    // Letters only one or two of the languages write; they break a tie of function-word counts.
    private static readonly string[] DistinctiveLetters =
        ["", "\u00DF\u00FC", "\u00E8\u00EA\u00EB\u0153\u00F9\u00E2\u00EE", "\u00F1\u00BF\u00A1\u00ED\u00F3", "\u00EC\u00F2", "\u0133",
         "\u00E3\u00F5\u00E7", "\u0142\u0105\u0119\u015B\u017A\u017C\u0107\u0144", "\u00E4\u00F6", "\u00E6\u00F8", "\u00E6\u00F8",
         "\u00E4\u00F6", "\u0131\u011F\u015F", "\u0103\u0219\u021B\u00E2\u00EE", "\u0159\u011B\u016F\u010D\u0161\u017E", "\u0151\u0171"];

    private static readonly FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> Table = Build().GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The languages a lower-case word is a function word of, as bits; 0 for any other word.</summary>
    public static int Lookup(ReadOnlySpan<char> lowerCaseWord) => Table.TryGetValue(lowerCaseWord, out var languages) ? languages : 0;

    /// <summary>Among the languages tied on most function words, the one whose distinctive letters appear most; -1 if still tied.</summary>
    public static int BreakTie(ReadOnlySpan<char> text, ReadOnlySpan<int> hits)
    {
        var top = 0;
        foreach (var count in hits)
        {
            top = Math.Max(top, count);
        }

        var best = -1;
        var bestLetters = 0;
        var tied = false;
        for (var i = 0; i < hits.Length; i++)
        {
            if (hits[i] != top)
            {
                continue;
            }

            var letters = CountAny(text, DistinctiveLetters[i]);
            if (best < 0 || letters > bestLetters)
            {
                (best, bestLetters, tied) = (i, letters, false);
            }
            else if (letters == bestLetters)
            {
                tied = true;
            }
        }

        return tied ? -1 : best;
    }

    private static int CountAny(ReadOnlySpan<char> text, string letters)
    {
        if (letters.Length == 0)
        {
            return 0;
        }

        var count = 0;
        foreach (var c in text)
        {
            if (letters.Contains(char.ToLowerInvariant(c), StringComparison.Ordinal))
            {
                count++;
            }
        }

        return count;
    }

    private static FrozenDictionary<string, int> Build()
    {
        string[][] lists =
        [
            // en
            ["the", "of", "and", "to", "in", "is", "that", "for", "it", "was", "on", "with", "as", "he", "be", "by", "at", "are",
             "this", "have", "from", "or", "had", "not", "but", "what", "were", "they", "which", "his", "her", "she", "an",
             "has", "been", "would", "their", "will", "said", "who", "we", "there", "more", "about", "after", "than", "when",
             "also", "its", "into", "could", "a", "i", "you", "our", "can", "do", "does", "did", "should", "these", "those"],

            // de
            ["der", "die", "und", "in", "den", "von", "zu", "das", "mit", "sich", "des", "auf", "f\u00FCr", "ist", "im", "dem",
             "nicht", "ein", "eine", "als", "auch", "es", "an", "werden", "aus", "er", "hat", "dass", "da\u00DF", "sie", "nach",
             "wird", "bei", "einer", "um", "am", "sind", "noch", "wie", "einem", "\u00FCber", "einen", "so", "zum", "war",
             "haben", "nur", "oder", "aber", "vor", "zur", "bis", "mehr", "durch", "man", "sein", "wurde", "sei", "wenn",
             "kann", "gegen", "vom", "schon", "ihre", "seine", "diese", "wir", "ich", "sagte", "wurden"],

            // fr
            ["le", "la", "les", "de", "des", "du", "un", "une", "et", "est", "en", "que", "qui", "dans", "pour", "pas", "sur",
             "au", "aux", "par", "ne", "se", "il", "elle", "ce", "cette", "plus", "avec", "son", "sa", "ses", "ont",
             "\u00E9t\u00E9", "sont", "mais", "ou", "nous", "vous", "ils", "leur", "lui", "comme", "tout", "fait",
             "\u00EAtre", "aussi", "dont", "entre", "apr\u00E8s", "sans", "qu", "l", "d", "n", "c", "j", "y", "a", "\u00E0"],

            // es
            ["de", "la", "que", "el", "en", "y", "a", "los", "del", "se", "las", "por", "un", "para", "con", "no", "una", "su",
             "al", "lo", "como", "m\u00E1s", "pero", "sus", "le", "ya", "o", "este", "ha", "porque", "esta", "entre",
             "cuando", "muy", "sin", "sobre", "tambi\u00E9n", "me", "hasta", "hay", "donde", "desde", "todo", "nos",
             "durante", "todos", "les", "ni", "contra", "otros", "ese", "eso", "ante", "ellos", "esto", "fue", "son",
             "dijo", "seg\u00FAn", "est\u00E1", "han", "e"],

            // it
            ["di", "e", "il", "la", "che", "in", "a", "per", "un", "\u00E8", "del", "non", "una", "della", "sono", "i", "le",
             "si", "da", "con", "al", "lo", "gli", "dei", "nel", "alla", "anche", "pi\u00F9", "ha", "come", "ma", "delle",
             "questo", "ci", "se", "o", "nella", "dal", "degli", "essere", "stato", "suo", "sua", "loro", "perch\u00E9",
             "tra", "fra", "molto", "quando", "cui", "hanno", "dopo", "ancora", "l", "dell", "all", "nell", "sull", "dall"],

            // nl
            ["de", "van", "een", "het", "en", "in", "is", "dat", "op", "te", "zijn", "met", "voor", "niet", "die", "aan",
             "er", "om", "ook", "als", "bij", "of", "door", "maar", "naar", "dan", "wordt", "nog", "uit", "over", "tot",
             "hij", "ze", "zich", "wel", "geen", "worden", "deze", "heeft", "werd", "was", "kan", "al", "meer", "hun",
             "wat", "ik", "we", "hebben", "nu", "zei"],

            // pt
            ["de", "que", "o", "a", "e", "do", "da", "em", "um", "para", "com", "n\u00E3o", "uma", "os", "no", "se", "na",
             "por", "mais", "as", "dos", "como", "mas", "foi", "ao", "ele", "das", "tem", "\u00E0", "seu", "sua", "ou",
             "ser", "quando", "muito", "h\u00E1", "nos", "j\u00E1", "est\u00E1", "eu", "tamb\u00E9m", "s\u00F3", "pelo",
             "pela", "at\u00E9", "isso", "ela", "entre", "era", "depois", "sem", "mesmo", "aos", "ter", "seus", "quem",
             "nas", "esse", "eles", "est\u00E3o", "voc\u00EA", "foram", "essa", "nem", "suas", "s\u00E3o", "disse"],

            // pl
            ["i", "w", "z", "na", "si\u0119", "nie", "do", "to", "\u017Ce", "jest", "o", "a", "od", "po", "jak", "za", "dla",
             "co", "ale", "tak", "jego", "przez", "s\u0105", "jej", "czy", "ju\u017C", "mo\u017Ce", "ich", "tak\u017Ce",
             "tylko", "by\u0107", "lub", "przy", "oraz", "kt\u00F3ry", "kt\u00F3ra", "kt\u00F3re", "b\u0119dzie", "ma",
             "tym", "ten", "ta", "te", "tego", "bardzo", "jako", "zosta\u0142", "by\u0142a", "by\u0142o", "by\u0142",
             "roku", "gdy", "aby", "te\u017C", "we", "ze"],

            // sv
            ["och", "i", "att", "det", "som", "en", "p\u00E5", "\u00E4r", "av", "f\u00F6r", "med", "till", "den", "har", "de",
             "inte", "om", "ett", "han", "men", "var", "jag", "sig", "fr\u00E5n", "vi", "s\u00E5", "kan", "man",
             "n\u00E4r", "\u00E5r", "s\u00E4ger", "hon", "under", "ocks\u00E5", "efter", "eller", "nu", "sin", "d\u00E4r",
             "vid", "mot", "ska", "skulle", "kommer", "ut", "f\u00E5r", "finns", "vara", "hade", "alla", "andra",
             "mycket", "\u00E4n", "h\u00E4r", "d\u00E5", "sedan", "\u00F6ver", "bara", "blir", "upp", "vad", "sina", "dem",
             "hans", "honom"],

            // da
            ["og", "i", "er", "det", "som", "p\u00E5", "en", "til", "af", "for", "at", "med", "har", "de", "ikke", "om", "den",
             "et", "han", "men", "var", "jeg", "sig", "fra", "vi", "s\u00E5", "kan", "man", "n\u00E5r", "\u00E5r", "siger",
             "hun", "efter", "ogs\u00E5", "eller", "nu", "sin", "der", "ved", "mod", "skal", "skulle", "kommer", "ud",
             "f\u00E5r", "findes", "v\u00E6re", "havde", "alle", "andre", "meget", "end", "her", "da", "siden", "over",
             "bare", "ind", "bliver", "op", "hvad", "sine", "dem", "hans", "ham", "noget", "mange", "blevet", "blev",
             "hvor", "sit", "blive", "kunne"],

            // no (Bokmål)
            ["og", "i", "er", "det", "som", "p\u00E5", "en", "til", "av", "for", "\u00E5", "med", "at", "har", "de", "ikke",
             "om", "den", "et", "han", "men", "var", "jeg", "seg", "fra", "vi", "s\u00E5", "kan", "man", "n\u00E5r",
             "\u00E5r", "sier", "hun", "etter", "ogs\u00E5", "eller", "n\u00E5", "sin", "der", "ved", "mot", "skal",
             "skulle", "kommer", "ut", "f\u00E5r", "finnes", "v\u00E6re", "hadde", "alle", "andre", "mye", "enn", "her",
             "da", "siden", "over", "bare", "inn", "blir", "opp", "hva", "sine", "dem", "hans", "ham", "noe", "mange",
             "blitt", "ble", "hvor", "sitt", "bli", "kunne"],

            // fi
            ["ja", "on", "ei", "se", "ett\u00E4", "h\u00E4n", "oli", "ovat", "mutta", "kun", "my\u00F6s", "joka", "jotka",
             "tai", "ole", "sen", "t\u00E4m\u00E4", "niin", "kuin", "vain", "jo", "nyt", "mukaan", "sek\u00E4", "olla",
             "voi", "h\u00E4nen", "he", "me", "min\u00E4", "siit\u00E4", "siin\u00E4", "kanssa", "j\u00E4lkeen",
             "mit\u00E4", "mik\u00E4", "kaikki", "ollut", "olisi", "jos", "viel\u00E4", "koska", "sitten", "paljon",
             "vuoden", "vuonna", "t\u00E4ss\u00E4", "n\u00E4in", "sanoi"],

            // tr
            ["ve", "bir", "bu", "da", "de", "i\u00E7in", "ile", "olarak", "\u00E7ok", "daha", "en", "gibi", "ne", "o", "ama",
             "olan", "var", "sonra", "kadar", "her", "\u015Fey", "ben", "biz", "onun", "diye", "ise", "ya", "veya",
             "de\u011Fil", "mi", "m\u0131", "yok", "g\u00F6re", "bunu", "bunun", "taraf\u0131ndan", "oldu",
             "oldu\u011Fu", "b\u00FCy\u00FCk", "yeni", "ilk", "iki", "y\u0131l", "\u015Fu", "hem", "ki",
             "\u00E7\u00FCnk\u00FC", "aras\u0131nda", "\u00FCzerinde"],

            // ro
            ["\u0219i", "\u015Fi", "\u00EEn", "de", "la", "a", "cu", "pe", "c\u0103", "nu", "din", "o", "un", "este", "care",
             "mai", "pentru", "se", "au", "fost", "sunt", "lui", "al", "ale", "sau", "dar", "ca", "dup\u0103", "prin",
             "acest", "aceast\u0103", "\u00EEntre", "fi", "despre", "va"],

            // cs
            ["a", "v", "se", "na", "je", "\u017Ee", "s", "z", "o", "do", "to", "ve", "k", "i", "pro", "jako", "ale", "by",
             "jsou", "po", "jeho", "za", "od", "jak", "kter\u00E9", "kter\u00FD", "kter\u00E1", "jsem", "bylo", "byl",
             "byla", "tak\u00E9", "u\u017E", "podle", "p\u0159i", "nebo", "tak", "jejich", "b\u00FDt", "je\u0161t\u011B",
             "ne\u017E", "v\u0161ak", "ji\u017E"],

            // hu
            ["a", "az", "\u00E9s", "hogy", "nem", "is", "egy", "meg", "de", "van", "volt", "csak", "m\u00E1r", "m\u00E9g",
             "mint", "ez", "azt", "el", "ki", "be", "fel", "kell", "lesz", "ut\u00E1n", "szerint", "pedig", "vagy", "ha",
             "amely", "aki", "mert", "ami", "majd", "sem", "\u00EDgy", "akkor", "nagyon", "k\u00F6z\u00F6tt", "ezt", "most"],
        ];

        var table = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var language = 0; language < lists.Length; language++)
        {
            foreach (var word in lists[language])
            {
                table[word] = table.GetValueOrDefault(word) | (1 << language);
            }
        }

        return table.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
