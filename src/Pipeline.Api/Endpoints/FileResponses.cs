using Azure.Data.Tables;
using Pipeline.Api.Contracts;
using Pipeline.Storage.Articles;

namespace Pipeline.Api.Endpoints;

/// <summary>A file's row as the API shows it.</summary>
internal static class FileResponses
{
    public static FileResponse From(TableEntity row)
    {
        var name = row.GetString(ArticleRow.BlobName) ?? "";
        return new FileResponse(
            name,
            row.GetString(ArticleRow.Status) ?? "pending",
            row.GetString(ArticleRow.Format),
            row.GetString(ArticleRow.ErrorCode),
            row.GetString(ArticleRow.Error),
            row.GetInt32(ArticleRow.Attempts) ?? 0,
            row.GetDateTimeOffset(ArticleRow.ProcessedAt),
            row.GetDateTimeOffset(ArticleRow.LastFailedAt),
            row.GetInt32(ArticleRow.ArticleCount) ?? 0,
            row.GetInt32(ArticleRow.FailedEntries) ?? 0,
            row.GetInt64(ArticleRow.ContentLength),
            row.GetString(ArticleRow.Title),
            row.GetString(ArticleRow.Source),
            row.GetDateTimeOffset(ArticleRow.PublishedAt),
            row.GetInt32(ArticleRow.Words) ?? 0,
            ApiLinks.File(name));
    }
}
