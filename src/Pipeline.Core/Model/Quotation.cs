namespace Pipeline.Core.Model;

/// <summary>One quotation in an article body and who the text says spoke it.</summary>
/// <param name="Start">UTF-16 offset of the opening quotation mark.</param>
/// <param name="End">UTF-16 offset just past the closing quotation mark (or the end of the paragraph when it never closes).</param>
/// <param name="Text">The quoted words, without the quotation marks; paragraphs of a multi-paragraph quote are joined by a blank line.</param>
public sealed record Quotation(int Start, int End, string Text)
{
    /// <summary>The speaker as the text names them (<c>Mark Morgan</c>, <c>the official</c>), or null when no one is named.</summary>
    public string? Speaker { get; init; }

    /// <summary>UTF-16 offset of the speaker's name in the body, or -1.</summary>
    public int SpeakerStart { get; init; } = -1;

    /// <summary>UTF-16 offset just past the speaker's name, or -1.</summary>
    public int SpeakerEnd { get; init; } = -1;

    /// <summary>Key of the entity the speaker is (<see cref="ExtractedEntity.Key"/>), when the speaker is one.</summary>
    public string? SpeakerKey { get; init; }

    /// <summary>The speech verb or phrase that attributes the quote (<c>said</c>, <c>told</c>, <c>according to</c>).</summary>
    public string? Cue { get; init; }
}
