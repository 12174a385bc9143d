using System.Text.Json;
using System.Text.Json.Serialization;
using Pipeline.Api.Contracts;
using Pipeline.Api.Endpoints;
using Pipeline.Storage.Summaries;

namespace Pipeline.Api.Http;

/// <summary>Source-generated JSON for every response body: camelCase, nulls kept so the contract is explicit.</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, WriteIndented = false)]
[JsonSerializable(typeof(CorpusSummary))]
[JsonSerializable(typeof(HealthReport))]
[JsonSerializable(typeof(Problem))]
[JsonSerializable(typeof(EntityList))]
[JsonSerializable(typeof(EntityResponse))]
[JsonSerializable(typeof(ArticleList))]
[JsonSerializable(typeof(ArticleResponse))]
[JsonSerializable(typeof(FileList))]
[JsonSerializable(typeof(FileDetailResponse))]
[JsonSerializable(typeof(ReprocessAccepted))]
public sealed partial class ApiJsonContext : JsonSerializerContext;
