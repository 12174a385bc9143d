namespace Pipeline.Core.Model;

/// <summary>Whether a temporal expression names a calendar date (or period) or a time of day (or span of hours).</summary>
public enum TemporalKind
{
    Date,
    Time,
}

/// <summary>
/// One date or time expression in an article body. <see cref="Value"/> is ISO 8601 where the text fixes it
/// (<c>2018-12-02</c>, <c>2021-04</c>, <c>2018</c>, <c>2019-W25</c>, <c>T15:00</c>, durations <c>P6W</c>), <c>FY2018</c>
/// for fiscal years, <c>199X</c> for decades and <c>XXXX-04</c> for a month whose year is unknown; null when the
/// expression is relative and the article's publication date is unknown.
/// </summary>
/// <param name="Kind">Date or time.</param>
/// <param name="Start">UTF-16 offset of the first character in the body.</param>
/// <param name="End">UTF-16 offset just past the last character (exclusive).</param>
/// <param name="Text">The expression as written.</param>
public sealed record DateMention(TemporalKind Kind, int Start, int End, string Text)
{
    /// <summary>The normalized value, or null when it cannot be fixed (see the type's remarks).</summary>
    public string? Value { get; init; }

    /// <summary>True for expressions that depend on when the article was written (<c>Sunday</c>, <c>last month</c>).</summary>
    public bool IsRelative { get; init; }

    /// <summary>True for a length of time rather than a point in time (<c>six weeks</c>, <c>14 days</c>).</summary>
    public bool IsDuration { get; init; }
}
