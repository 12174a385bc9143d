using Microsoft.Extensions.DependencyInjection;
using Pipeline.Api.Endpoints;

namespace Pipeline.Api;

public static class ApiServiceCollectionExtensions
{
    /// <summary>Registers the endpoint handlers that both hosts call.</summary>
    public static IServiceCollection AddPipelineApi(this IServiceCollection services)
    {
        services.AddSingleton<SummaryEndpoint>();
        services.AddSingleton<HealthEndpoint>();
        return services;
    }
}
