using System.Globalization;
using System.Text.Json;
using Azure;
using Azure.Data.Tables;
using Pipeline.Core.Model;
using Pipeline.Storage.Articles;
using Pipeline.Storage.Hosting;

namespace Pipeline.Storage.Figures;

/// <summary>
/// The corpus's largest money amounts, one partition per currency whose RowKey sorts by descending amount, so the
/// top of a currency is one short range query however many articles there are. Amounts of different currencies are
/// never ranked together: there is no exchange rate to trust.
/// </summary>
/// <remarks>
/// A file ranks at most <see cref="PerFileAndCurrency"/> distinct amounts per currency. Its row remembers the keys it
/// ranked (and, while a run is under way, the keys the run is about to rank), so a new version or a deletion takes
/// them back, as the ledger does for counts.
/// </remarks>
public sealed class LargestAmounts(PipelineStorage storage)
{
    public const int PerFileAndCurrency = 3;
    private const long Ceiling = 999_999_999_999_999_999;

    /// <summary>The rows a file's articles rank.</summary>
    internal static List<TableEntity> RowsOf(string articleKey, string blobName, IReadOnlyList<LinkedArticle> articles)
    {
        var facts = articles
            .SelectMany(a => a.Article.Statistics
                .Where(f => f.Kind == NumericKind.Money && f.Currency is { Length: > 0 } && f.Value is > 0 and < Ceiling && double.IsFinite(f.Value))
                .Select(f => (Article: a, Fact: f)))
            .GroupBy(x => x.Fact.Currency!, StringComparer.Ordinal)
            .SelectMany(g => g
                .DistinctBy(x => x.Fact.Value)
                .OrderByDescending(x => x.Fact.Value)
                .Take(PerFileAndCurrency));

        return [.. facts.Select(x => ToRow(articleKey, blobName, x.Article, x.Fact))];
    }

    public static string Partition(string currency) => "money|" + currency;

    /// <summary>Ranks <paramref name="rows"/> and takes back any of <paramref name="previous"/> they do not replace.</summary>
    internal async Task ReplaceAsync(IReadOnlyList<TableEntity> rows, IReadOnlyList<FigureKey> previous, CancellationToken cancellationToken)
    {
        var keep = rows.Select(r => new FigureKey(r.PartitionKey, r.RowKey)).ToHashSet();
        await Task.WhenAll(rows.Select(row => storage.FigureTable.UpsertEntityAsync(row, TableUpdateMode.Replace, cancellationToken)));
        await Task.WhenAll(previous.Where(k => !keep.Contains(k)).Distinct().Select(k => DeleteAsync(k, cancellationToken)));
    }

    /// <summary>The <paramref name="count"/> largest amounts in <paramref name="currency"/>.</summary>
    public async Task<IReadOnlyList<RankedAmount>> TopAsync(string currency, int count, CancellationToken cancellationToken)
    {
        var partition = Partition(currency);
        var page = await storage.FigureTable
            .QueryAsync<TableEntity>(e => e.PartitionKey == partition, maxPerPage: count, cancellationToken: cancellationToken)
            .AsPages(pageSizeHint: count)
            .FirstAsync(cancellationToken);
        return [.. page.Values.Take(count).Select(ToRanked)];
    }

    internal static string ToJson(IEnumerable<FigureKey> keys) => JsonSerializer.Serialize(keys.ToList(), FigureKeyJsonContext.Default.ListFigureKey);

    internal static List<FigureKey> FromJson(string? json) =>
        string.IsNullOrEmpty(json) ? [] : JsonSerializer.Deserialize(json, FigureKeyJsonContext.Default.ListFigureKey) ?? [];

    private async Task DeleteAsync(FigureKey key, CancellationToken cancellationToken)
    {
        try
        {
            await storage.FigureTable.DeleteEntityAsync(key.Partition, key.RowKey, ETag.All, cancellationToken);
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            // Already taken back by an earlier run.
        }
    }

    private static TableEntity ToRow(string articleKey, string blobName, LinkedArticle article, NumericFact fact)
    {
        var body = article.Article.Document.Body;
        var sentenceEnd = Math.Min(body.Length, fact.SentenceEnd);
        var sentenceStart = Math.Clamp(fact.SentenceStart, 0, sentenceEnd);
        var rank = Ceiling - (long)Math.Round(fact.Value);
        return new TableEntity(Partition(fact.Currency!), string.Create(CultureInfo.InvariantCulture, $"{rank:D18}|{articleKey}|{article.Index:D6}"))
        {
            ["Currency"] = fact.Currency,
            ["Value"] = fact.Value,
            ["Text"] = TableText.Clip(fact.Text, 200),
            ["Counts"] = fact.Counts is null ? null : TableText.Clip(fact.Counts, 200),
            ["Sentence"] = TableText.Clip(body[sentenceStart..sentenceEnd].Trim(), 600),
            [ArticleRow.BlobName] = TableText.Clip(blobName, 2048),
            [ArticleEntryRow.Index] = article.Index,
            [ArticleRow.Title] = TableText.Clip(article.Article.Document.Title, 300),
            [ArticleRow.Source] = article.Article.Document.Source is { } source ? TableText.Clip(source, 200) : null,
            [ArticleRow.PublishedAt] = article.Article.Document.PublishedAt,
        };
    }

    private static RankedAmount ToRanked(TableEntity row) => new(
        row.GetString("Currency") ?? "",
        row.GetDouble("Value") ?? 0,
        row.GetString("Text") ?? "",
        row.GetString("Counts"),
        row.GetString("Sentence") ?? "",
        row.GetString(ArticleRow.BlobName) ?? "",
        row.GetInt32(ArticleEntryRow.Index) ?? 0,
        row.GetString(ArticleRow.Title) ?? "",
        row.GetString(ArticleRow.Source),
        row.GetDateTimeOffset(ArticleRow.PublishedAt));
}

/// <summary>A money amount as ranked in the corpus, with the article it comes from.</summary>
public sealed record RankedAmount(
    string Currency, double Value, string Text, string? Counts, string Sentence, string File, int Index, string Title, string? Source, DateTimeOffset? PublishedAt);

/// <summary>Where a ranked figure row lives.</summary>
internal sealed record FigureKey(string Partition, string RowKey);

[System.Text.Json.Serialization.JsonSerializable(typeof(List<FigureKey>))]
internal sealed partial class FigureKeyJsonContext : System.Text.Json.Serialization.JsonSerializerContext;
