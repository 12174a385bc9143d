namespace Pipeline.Storage.Ledger;

/// <summary>
/// What one version of one article adds to one counter: named whole-number amounts (for example
/// <c>Articles = 1, Mentions = 3</c>).
/// </summary>
/// <param name="ArticleKey">The article's encoded key; one contribution per article and counter.</param>
/// <param name="Version">The source blob's ETag: a contribution of the same version is never applied twice.</param>
/// <param name="Amounts">The amounts this version adds.</param>
/// <param name="Days">The days its articles fall on, with how many on each, for trends and first/last seen.</param>
/// <param name="Listing">What the partition's newest-first listing shows of the article (a title, a source), so a page of it needs no further reads.</param>
public sealed record Contribution(
    string ArticleKey,
    string Version,
    IReadOnlyDictionary<string, long> Amounts,
    DayCounts? Days = null,
    IReadOnlyDictionary<string, object>? Listing = null);
