namespace Pipeline.Core.Extraction.Tagging;

/// <summary>The kinds of entity the statistical tagger marks; <see cref="Date"/> is kept because the corpus has it.</summary>
internal enum EntityTagType : byte
{
    Person,
    Organization,
    Location,
    Misc,
    Date,
}

/// <summary>
/// One BIO (IOB2) tag per token: outside any entity, or the first (Begin) or a later (Inside) token of an entity of a
/// type. The numbering is part of the model file format: Begin of type t is 1 + 2t and Inside is 2 + 2t.
/// </summary>
internal enum EntityTag : byte
{
    Outside,
    BeginPerson,
    InsidePerson,
    BeginOrganization,
    InsideOrganization,
    BeginLocation,
    InsideLocation,
    BeginMisc,
    InsideMisc,
    BeginDate,
    InsideDate,
}

/// <summary>Arithmetic and names for <see cref="EntityTag"/>: the BIO rules and the CoNLL spelling (<c>B-PER</c>).</summary>
internal static class EntityTags
{
    /// <summary>How many tags there are, <see cref="EntityTag.Outside"/> included.</summary>
    public const int Count = 11;

    public const int TypeCount = 5;

    private static readonly int[] Allowed = BuildAllowed();

    public static EntityTag Begin(EntityTagType type) => (EntityTag)(1 + (2 * (int)type));

    public static EntityTag Inside(EntityTagType type) => (EntityTag)(2 + (2 * (int)type));

    public static bool IsBegin(EntityTag tag) => tag != EntityTag.Outside && ((int)tag & 1) == 1;

    public static bool IsInside(EntityTag tag) => tag != EntityTag.Outside && ((int)tag & 1) == 0;

    /// <summary>The type of an entity tag; meaningless for <see cref="EntityTag.Outside"/>.</summary>
    public static EntityTagType TypeOf(EntityTag tag) => (EntityTagType)(((int)tag - 1) >> 1);

    /// <summary>The BIO rule: an Inside tag only continues an entity of its own type.</summary>
    public static bool CanFollow(EntityTag previous, EntityTag next) =>
        !IsInside(next) || (previous != EntityTag.Outside && TypeOf(previous) == TypeOf(next));

    /// <summary>The tags that may follow <paramref name="previous"/>, as a bit mask (bit t for tag t).</summary>
    public static int AllowedAfter(EntityTag previous) => Allowed[(int)previous];

    public static string Name(EntityTagType type) => type switch
    {
        EntityTagType.Person => "PER",
        EntityTagType.Organization => "ORG",
        EntityTagType.Location => "LOC",
        EntityTagType.Misc => "MISC",
        _ => "DATE",
    };

    public static string Name(EntityTag tag) => tag == EntityTag.Outside
        ? "O"
        : (IsBegin(tag) ? "B-" : "I-") + Name(TypeOf(tag));

    private static int[] BuildAllowed()
    {
        var allowed = new int[Count];
        for (var previous = 0; previous < Count; previous++)
        {
            for (var next = 0; next < Count; next++)
            {
                if (CanFollow((EntityTag)previous, (EntityTag)next))
                {
                    allowed[previous] |= 1 << next;
                }
            }
        }

        return allowed;
    }

    /// <summary>Reads a type name: the corpus's (<c>PER</c>) or spelled out (<c>PERSON</c>, <c>ORGANIZATION</c>, <c>GPE</c>).</summary>
    public static bool TryParseType(ReadOnlySpan<char> name, out EntityTagType type)
    {
        Span<char> upper = stackalloc char[16];
        type = EntityTagType.Person;
        if (name.Length > upper.Length)
        {
            return false;
        }

        name.ToUpperInvariant(upper);
        switch (upper[..name.Length])
        {
            case "PER" or "PERSON":
                type = EntityTagType.Person;
                return true;
            case "ORG" or "ORGANIZATION" or "ORGANISATION":
                type = EntityTagType.Organization;
                return true;
            case "LOC" or "LOCATION" or "GPE" or "GEO":
                type = EntityTagType.Location;
                return true;
            case "MISC" or "NORP":
                type = EntityTagType.Misc;
                return true;
            case "DATE" or "TIM" or "TIME":
                type = EntityTagType.Date;
                return true;
            default:
                return false;
        }
    }

    /// <summary>Reads <c>O</c>, <c>B-X</c> or <c>I-X</c>; an unknown type reads as <see cref="EntityTag.Outside"/>.</summary>
    public static bool TryParse(ReadOnlySpan<char> name, out EntityTag tag)
    {
        tag = EntityTag.Outside;
        if (name is "O")
        {
            return true;
        }

        if (name.Length < 3 || name[1] != '-' || name[0] is not ('B' or 'I'))
        {
            return false;
        }

        if (!TryParseType(name[2..], out var type))
        {
            return false;
        }

        tag = name[0] == 'B' ? Begin(type) : Inside(type);
        return true;
    }
}
