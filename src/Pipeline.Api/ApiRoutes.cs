namespace Pipeline.Api;

/// <summary>
/// Routes of the HTTP API, relative to the <c>/api</c> prefix that the Functions host adds (and that
/// <c>pipeline run</c> adds to match it).
/// </summary>
public static class ApiRoutes
{
    public const string Prefix = "api";
    public const string Summary = "summary";
    public const string Health = "health";
}
