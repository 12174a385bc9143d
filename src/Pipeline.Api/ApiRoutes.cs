namespace Pipeline.Api;

/// <summary>
/// Routes of the HTTP API, relative to the <c>/api</c> prefix that the Functions host adds (and that
/// <c>pipeline run</c> adds to match it). The OpenAPI document lists exactly these; a test keeps them in step.
/// </summary>
public static class ApiRoutes
{
    public const string Prefix = "api";
    public const string Summary = "summary";
    public const string Health = "health";
    public const string Entities = "entities";
    public const string Entity = "entities/{type}/{key}";
    public const string Articles = "articles";
    public const string Article = "articles/{id}";
    public const string Files = "files";
    public const string File = "files/{name}";
    public const string Reprocess = "files/{name}/reprocess";
    public const string OpenApi = "openapi.json";
    public const string Dashboard = "dashboard";
}
