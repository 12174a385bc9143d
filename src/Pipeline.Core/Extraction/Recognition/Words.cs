using Pipeline.Core.Extraction.Tagging;
using Pipeline.Core.Text;

namespace Pipeline.Core.Extraction.Recognition;

/// <summary>The text of the body's tokens and the word classes the rules ask about.</summary>
internal readonly struct Words
{
    private readonly string body;
    private readonly DocumentTokens tokens;

    public Words(string body, DocumentTokens tokens)
    {
        this.body = body;
        this.tokens = tokens;
    }

    public string Body => body;

    public DocumentTokens Tokens => tokens;

    public ReadOnlySpan<char> this[int token]
    {
        get
        {
            ref var t = ref tokens[token];
            return body.AsSpan(t.Start, t.End - t.Start);
        }
    }

    public int Start(int token) => tokens[token].Start;

    public int End(int token) => tokens[token].End;

    /// <summary>Starts with a capital letter ("Trump", "U.S.", "McAleenan", "ICE").</summary>
    public bool IsCapitalized(int token)
    {
        var word = this[token];
        return word.Length > 0 && char.IsUpper(word[0]);
    }

    /// <summary>Holds no letter or digit: punctuation, quotes, brackets, dashes, slashes.</summary>
    public bool IsPunctuation(int token) => !Chars.HasLetterOrDigit(this[token]);

    /// <summary>A split-off clitic: the possessive <c>'s</c>, <c>n't</c>, <c>'re</c>.</summary>
    public bool IsClitic(int token) => Clitics.IsClitic(this[token]);

    /// <summary>Two or more letters, all capitals: "ICE", "U.S.", "TIJUANA".</summary>
    public bool IsAllCaps(int token)
    {
        var letters = 0;
        foreach (var c in this[token])
        {
            if (char.IsLower(c))
            {
                return false;
            }

            letters += char.IsLetter(c) ? 1 : 0;
        }

        return letters >= 2;
    }

    /// <summary>A common given name by the tagger's gazetteer ("Ted", "George", "Mark").</summary>
    public bool IsGivenName(int token, Gazetteer gazetteer) =>
        IsCapitalized(token) && (gazetteer.Classify(WordHashes.Of(this[token]).Word) & GazetteerClasses.GivenName) != 0;

    public bool IsDate(int token) => tokens[token].Tag != EntityTag.Outside && EntityTags.TypeOf(tokens[token].Tag) == EntityTagType.Date;

    /// <summary>The first token of the sentence that holds a letter or digit (quotes and brackets may come first).</summary>
    public int FirstWordOf(int sentence)
    {
        var end = tokens.SentenceEnd(sentence);
        for (var t = tokens.SentenceStart(sentence); t < end; t++)
        {
            if (!IsPunctuation(t))
            {
                return t;
            }
        }

        return end;
    }
}
