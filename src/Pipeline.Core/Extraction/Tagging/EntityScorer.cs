namespace Pipeline.Core.Extraction.Tagging;

/// <summary>Counts of one entity type (or a micro-average over several) and the figures derived from them.</summary>
internal readonly record struct EntityScore(int TruePositives, int FalsePositives, int FalseNegatives)
{
    public double Precision => TruePositives == 0 ? 0 : (double)TruePositives / (TruePositives + FalsePositives);

    public double Recall => TruePositives == 0 ? 0 : (double)TruePositives / (TruePositives + FalseNegatives);

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    public int Gold => TruePositives + FalseNegatives;

    public int Predicted => TruePositives + FalsePositives;
}

/// <summary>
/// Exact-span scoring as in the CoNLL shared tasks: a predicted entity counts only when a gold entity has the same
/// start, end and type. Spans may be token indexes or text offsets, as long as gold and prediction use the same.
/// </summary>
internal sealed class EntityScorer
{
    private readonly int[] truePositives = new int[EntityTags.TypeCount];
    private readonly int[] falsePositives = new int[EntityTags.TypeCount];
    private readonly int[] falseNegatives = new int[EntityTags.TypeCount];

    /// <summary>The entity types the target is stated over.</summary>
    public static IReadOnlyList<EntityTagType> NameTypes { get; } =
        [EntityTagType.Person, EntityTagType.Organization, EntityTagType.Location];

    /// <summary>Scores one unit (a sentence or document) whose gold and predicted spans share a coordinate system.</summary>
    public void Add(IReadOnlyCollection<TaggedSpan> gold, IReadOnlyCollection<TaggedSpan> predicted)
    {
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(predicted);
        var goldSet = new HashSet<TaggedSpan>(gold);
        foreach (var span in predicted)
        {
            if (goldSet.Remove(span))
            {
                truePositives[(int)span.Type]++;
            }
            else
            {
                falsePositives[(int)span.Type]++;
            }
        }

        foreach (var span in goldSet)
        {
            falseNegatives[(int)span.Type]++;
        }
    }

    public EntityScore Score(EntityTagType type) =>
        new(truePositives[(int)type], falsePositives[(int)type], falseNegatives[(int)type]);

    /// <summary>The micro-average: counts summed over <paramref name="types"/> before dividing.</summary>
    public EntityScore Micro(IEnumerable<EntityTagType> types)
    {
        ArgumentNullException.ThrowIfNull(types);
        int tp = 0, fp = 0, fn = 0;
        foreach (var type in types)
        {
            tp += truePositives[(int)type];
            fp += falsePositives[(int)type];
            fn += falseNegatives[(int)type];
        }

        return new EntityScore(tp, fp, fn);
    }
}
