using Pipeline.Core.Extraction.Recognition;
using Pipeline.Core.Extraction.Tagging;
using Pipeline.Core.Model;

namespace Pipeline.Core.Extraction;

/// <summary>
/// Finds the people, organizations, places and groups an article names. The statistical tagger
/// (<see cref="EntityTagger"/>) proposes typed spans sentence by sentence; rules correct and complete them where the
/// tagger is weak or the embedded lists know better (<see cref="SentenceRecognizer"/>); the article is then read as a
/// whole, so one name gets one type and untagged repeats are found (<see cref="DocumentConsistency"/>); finally the
/// mentions fold into entities with canonical names and keys (<see cref="EntityResolver"/>). Page furniture, photo
/// credits and caption datelines are dealt with first (<see cref="BodyLayout"/>). The tagger's DATE spans are left
/// out: dates are not entities that storage aggregates.
/// </summary>
internal static class EntityExtractor
{
    public static IReadOnlyList<ExtractedEntity> Extract(string body, string? title = null) =>
        Extract(body, title, EntityTagger.Default);

    /// <param name="cancellationToken">Checked sentence by sentence, so a deadline stops a long body part-way.</param>
    public static IReadOnlyList<ExtractedEntity> Extract(string body, string? title, EntityTagger tagger, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(body);
        ArgumentNullException.ThrowIfNull(tagger);
        var layout = BodyLayout.Scan(body);
        using var tokens = new DocumentTokens();
        DocumentTagger.Tag(body, layout, tagger, tokens, cancellationToken);

        var words = new Words(body, tokens);
        var mentions = new List<Mention>();
        var recognizer = new SentenceRecognizer(words, layout, tagger.Gazetteer, mentions);
        for (var sentence = 0; sentence < tokens.SentenceCount; sentence++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            recognizer.Recognize(sentence);
        }

        foreach (var place in layout.DatelinePlaces)
        {
            mentions.Add(new Mention(place.Start, place.End, -1, -1, EntityType.Location)
            {
                Canonical = place.Name,
                Evidence = MentionEvidence.Dateline | MentionEvidence.Curated,
            });
        }

        DocumentConsistency.Apply(words, mentions);
        return EntityResolver.Resolve(body, title, mentions, tagger.Gazetteer);
    }
}
