using System.Text.Json;
using Pipeline.Core;
using Pipeline.Core.Model;

namespace Pipeline.Storage.Articles;

/// <summary>
/// The stable names stored and served for formats and error codes: camelCase like the rest of the JSON contract
/// (<c>jsonLines</c>, <c>noArticleText</c>), so renaming an enum member in code is caught rather than silently
/// changing stored data.
/// </summary>
public static class ArticleFormats
{
    public static string Name(ArticleFormat format) => JsonNamingPolicy.CamelCase.ConvertName(format.ToString());

    public static string Name(ArticleErrorCode code) => JsonNamingPolicy.CamelCase.ConvertName(code.ToString());
}
