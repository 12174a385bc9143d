using Pipeline.Core.Model;
using Pipeline.Core.Text;

namespace Pipeline.Core.Extraction;

/// <summary>
/// The first, rule-based named-entity recognizer: capitalized-word runs, embedded lists of titles, organizations
/// and places, and in-article folding. Honest about being heuristic; a trained model replaces it later.
/// </summary>
internal static class EntityExtractor
{
    public static IReadOnlyList<ExtractedEntity> Extract(string body)
    {
        using var tokens = new TokenBuffer();
        var table = new MentionTable();
        var builder = new CandidateBuilder(body, tokens, table);
        foreach (var sentence in SentenceSplitter.Split(body))
        {
            SentenceTokenizer.Tokenize(body, sentence, tokens);
            builder.ProcessSentence();
        }

        return EntityResolver.Resolve(table, builder.Definitions, body);
    }
}
