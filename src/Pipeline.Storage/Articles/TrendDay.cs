namespace Pipeline.Storage.Articles;

/// <summary>The day an article counts on in trends and first/last seen.</summary>
internal static class TrendDay
{
    private static readonly DateOnly Earliest = new(1900, 1, 1);

    /// <summary>
    /// Its publication date (UTC), or, where the article has none or one that cannot be right (before 1900, or after
    /// the day its file was written), the day its file was written: stable for one version of the file, so a repeated
    /// delivery counts on the same day.
    /// </summary>
    public static DateOnly Of(DateTimeOffset? publishedAt, DateTimeOffset written)
    {
        var writtenDay = DateOnly.FromDateTime(written.UtcDateTime);
        if (publishedAt is { } published)
        {
            var day = DateOnly.FromDateTime(published.UtcDateTime);
            if (day >= Earliest && day <= writtenDay.AddDays(1))
            {
                return day;
            }
        }

        return writtenDay;
    }
}
