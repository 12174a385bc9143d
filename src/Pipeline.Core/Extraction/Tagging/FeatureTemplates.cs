namespace Pipeline.Core.Extraction.Tagging;

/// <summary>
/// The tagger's feature templates, shared by training and inference so the two can never disagree. Each feature is a
/// 64-bit hash of its template number and value; <see cref="Version"/> is stored in the model file and must change
/// whenever a template does.
/// </summary>
internal static class FeatureTemplates
{
    public const int Version = 3;

    /// <summary>Features that depend only on the words: computed once per token.</summary>
    public const int WordFeatureCount = 31;

    /// <summary>Features that also depend on the tags already chosen for the previous words.</summary>
    public const int HistoryFeatureCount = 4;

    /// <summary>How many words either side of the current one the features look at.</summary>
    public const int Context = 2;

    /// <summary>
    /// Writes the word features of the token at the centre of <paramref name="window"/> (which holds the tokens from two
    /// before to two after it, sentence markers standing in past either end).
    /// </summary>
    public static void WordFeatures(ReadOnlySpan<WordHashes> window, bool sentenceInitial, Span<ulong> features)
    {
        ref readonly var before2 = ref window[0];
        ref readonly var before = ref window[1];
        ref readonly var word = ref window[2];
        ref readonly var after = ref window[3];
        ref readonly var after2 = ref window[4];
        features[0] = FeatureHash.Feature(0, 0);
        features[1] = FeatureHash.Feature(1, word.Word);
        features[2] = FeatureHash.Feature(2, word.Lower);
        features[3] = FeatureHash.Feature(3, word.Shape);
        features[4] = FeatureHash.Feature(4, word.Prefix1);
        features[5] = FeatureHash.Feature(5, word.Prefix2);
        features[6] = FeatureHash.Feature(6, word.Prefix3);
        features[7] = FeatureHash.Feature(7, word.Suffix1);
        features[8] = FeatureHash.Feature(8, word.Suffix2);
        features[9] = FeatureHash.Feature(9, word.Suffix3);
        features[10] = FeatureHash.Feature(10, word.Suffix4);
        features[11] = FeatureHash.Feature(11, before.Lower);
        features[12] = FeatureHash.Feature(12, after.Lower);
        features[13] = FeatureHash.Feature(13, before2.Lower);
        features[14] = FeatureHash.Feature(14, after2.Lower);
        features[15] = FeatureHash.Feature(15, before.Shape);
        features[16] = FeatureHash.Feature(16, after.Shape);
        features[17] = FeatureHash.Feature(17, before2.ShortShape);
        features[18] = FeatureHash.Feature(18, after2.ShortShape);
        features[19] = FeatureHash.Feature(19, FeatureHash.Combine(before.Lower, word.Lower));
        features[20] = FeatureHash.Feature(20, FeatureHash.Combine(word.Lower, after.Lower));
        features[21] = FeatureHash.Feature(21, FeatureHash.Combine(FeatureHash.Combine(before.ShortShape, word.ShortShape), after.ShortShape));
        features[22] = FeatureHash.Feature(22, FeatureHash.Combine(sentenceInitial ? 1UL : 0UL, word.ShortShape));
        features[23] = FeatureHash.Feature(23, FeatureHash.Combine(before.Lower, word.ShortShape));
        features[24] = FeatureHash.Feature(24, FeatureHash.Combine(word.ShortShape, after.Lower));
        features[25] = FeatureHash.Feature(25, before.Word);
        features[26] = FeatureHash.Feature(26, after.Word);
        features[27] = FeatureHash.Feature(27, FeatureHash.Combine(before.Lower, after.Lower));
        features[28] = FeatureHash.Feature(28, FeatureHash.Combine((ulong)word.Gazetteer, word.ShortShape));
        features[29] = FeatureHash.Feature(29, FeatureHash.Combine((ulong)before.Gazetteer, (ulong)word.Gazetteer));
        features[30] = FeatureHash.Feature(30, FeatureHash.Combine((ulong)word.Gazetteer, (ulong)after.Gazetteer));
    }

    /// <summary>Writes the features that condition on the tags of the two previous words.</summary>
    public static void HistoryFeatures(EntityTag previous, EntityTag beforePrevious, in WordHashes word, Span<ulong> features)
    {
        var tag = (ulong)previous + 1;
        features[0] = FeatureHash.Feature(100, tag);
        features[1] = FeatureHash.Feature(101, FeatureHash.Combine(tag, (ulong)beforePrevious + 1));
        features[2] = FeatureHash.Feature(102, FeatureHash.Combine(tag, word.Lower));
        features[3] = FeatureHash.Feature(103, FeatureHash.Combine(tag, word.ShortShape));
    }
}
