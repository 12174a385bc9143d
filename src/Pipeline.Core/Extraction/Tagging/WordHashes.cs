namespace Pipeline.Core.Extraction.Tagging;

/// <summary>
/// Everything the tagger's features need to know about one word, hashed once per token so that the feature templates
/// only combine integers. Typographic variants are folded first (curly quotes, <c>``</c> and <c>''</c> to <c>"</c>, dashes
/// to <c>-</c>, <c>-LRB-</c> to <c>(</c>), so PTB-tokenized and clean text look the same to the model.
/// </summary>
internal struct WordHashes
{
    /// <summary>The shape keeps at most this many repeats of a character class: "London" and "Washington" are both Xxxxx.</summary>
    private const int MaxRun = 4;

    public ulong Word;
    public ulong Lower;
    public ulong Shape;
    public ulong ShortShape;
    public ulong Prefix1;
    public ulong Prefix2;
    public ulong Prefix3;
    public ulong Suffix1;
    public ulong Suffix2;
    public ulong Suffix3;
    public ulong Suffix4;

    /// <summary>What the model's gazetteer knows about the word (set by <see cref="Of(ReadOnlySpan{char}, Gazetteer)"/>).</summary>
    public GazetteerClasses Gazetteer;

    /// <summary>What stands in for the words before the first one of a sentence.</summary>
    public static readonly WordHashes SentenceStart = Marker("<S>");

    /// <summary>What stands in for the words after the last one of a sentence.</summary>
    public static readonly WordHashes SentenceEnd = Marker("</S>");

    // The shape class of each ASCII character ('X', 'x', 'd' or the character itself).
    private static readonly byte[] AsciiShape = BuildAsciiShapes();

    /// <summary>Hashes a token and looks it up in <paramref name="gazetteer"/>.</summary>
    public static WordHashes Of(ReadOnlySpan<char> token, Gazetteer gazetteer)
    {
        ArgumentNullException.ThrowIfNull(gazetteer);
        var hashes = Of(token);
        hashes.Gazetteer = gazetteer.Classify(hashes.Word);
        return hashes;
    }

    public static WordHashes Of(ReadOnlySpan<char> token)
    {
        token = Canonical(token);
        var word = FeatureHash.Empty;
        var lower = FeatureHash.Empty;
        var shape = FeatureHash.Empty;
        var shortShape = FeatureHash.Empty;
        var hashes = default(WordHashes);
        var previousClass = '\0';
        var run = 0;
        for (var i = 0; i < token.Length; i++)
        {
            var c = token[i];
            char lowered;
            char shapeClass;
            if (c < 128 && c != '`')
            {
                // ASCII, most of news text: one table lookup gives the shape class.
                shapeClass = (char)AsciiShape[c];
                lowered = shapeClass == 'X' ? (char)(c | 0x20) : c;
            }
            else
            {
                c = Fold(c);
                lowered = char.ToLowerInvariant(c);
                shapeClass = ShapeClass(c);
            }

            word = FeatureHash.Add(word, c);
            lower = FeatureHash.Add(lower, lowered);
            switch (i)
            {
                case 0:
                    hashes.Prefix1 = lower;
                    break;
                case 1:
                    hashes.Prefix2 = lower;
                    break;
                case 2:
                    hashes.Prefix3 = lower;
                    break;
            }

            run = shapeClass == previousClass ? run + 1 : 1;
            if (run <= MaxRun)
            {
                shape = FeatureHash.Add(shape, shapeClass);
            }

            if (run == 1)
            {
                shortShape = FeatureHash.Add(shortShape, shapeClass);
            }

            previousClass = shapeClass;
        }

        hashes.Word = word;
        hashes.Lower = lower;
        hashes.Shape = shape;
        hashes.ShortShape = shortShape;
        if (token.Length < 3)
        {
            hashes.Prefix3 = lower;
            hashes.Prefix2 = token.Length < 2 ? lower : hashes.Prefix2;
            hashes.Prefix1 = token.Length < 1 ? lower : hashes.Prefix1;
        }

        var suffix = FeatureHash.Empty;
        for (var length = 1; length <= 4; length++)
        {
            if (length <= token.Length)
            {
                var c = token[^length];
                suffix = FeatureHash.Add(suffix, c < 128 && c != '`' ? (AsciiShape[c] == 'X' ? (char)(c | 0x20) : c) : char.ToLowerInvariant(Fold(c)));
            }

            switch (length)
            {
                case 1:
                    hashes.Suffix1 = suffix;
                    break;
                case 2:
                    hashes.Suffix2 = suffix;
                    break;
                case 3:
                    hashes.Suffix3 = suffix;
                    break;
                default:
                    hashes.Suffix4 = suffix;
                    break;
            }
        }

        return hashes;
    }

    /// <summary>Folds typographic variants to the ASCII forms of the training corpus.</summary>
    public static char Fold(char c) => c switch
    {
        '\u2018' or '\u2019' or '\u201A' or '\u201B' or '`' or '\u00B4' => '\'',
        '\u201C' or '\u201D' or '\u201E' or '\u00AB' or '\u00BB' => '"',
        '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u2015' or '\u2212' => '-',
        _ => c,
    };

    /// <summary>Whole tokens that PTB writes differently from prose.</summary>
    public static ReadOnlySpan<char> Canonical(ReadOnlySpan<char> token) => token switch
    {
        "``" or "''" => "\"",
        "-LRB-" => "(",
        "-RRB-" => ")",
        "-LSB-" => "[",
        "-RSB-" => "]",
        "-LCB-" => "{",
        "-RCB-" => "}",
        "--" or "---" => "-",
        _ => token,
    };

    private static char ShapeClass(char c)
    {
        if (char.IsUpper(c))
        {
            return 'X';
        }

        if (char.IsLower(c))
        {
            return 'x';
        }

        if (char.IsDigit(c))
        {
            return 'd';
        }

        return char.IsLetter(c) ? 'x' : c;
    }

    private static byte[] BuildAsciiShapes()
    {
        var shapes = new byte[128];
        for (var c = 0; c < shapes.Length; c++)
        {
            shapes[c] = (byte)ShapeClass((char)c);
        }

        return shapes;
    }

    private static WordHashes Marker(string text)
    {
        var hash = FeatureHash.Of(text);
        return new WordHashes
        {
            Word = hash,
            Lower = hash,
            Shape = hash,
            ShortShape = hash,
            Prefix1 = hash,
            Prefix2 = hash,
            Prefix3 = hash,
            Suffix1 = hash,
            Suffix2 = hash,
            Suffix3 = hash,
            Suffix4 = hash,
        };
    }
}
