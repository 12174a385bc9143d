using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Pipeline.Api.Endpoints;
using Pipeline.Api.Http;

namespace Pipeline.Api;

public static class ApiServiceCollectionExtensions
{
    /// <summary>Registers the endpoint handlers that both hosts call.</summary>
    public static IServiceCollection AddPipelineApi(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<ApiOptions>().Bind(configuration.GetSection(ApiOptions.SectionName));
        services.AddSingleton<ResponseCache>();
        services.AddSingleton<SummaryEndpoint>();
        services.AddSingleton<HealthEndpoint>();
        services.AddSingleton<EntitiesEndpoint>();
        services.AddSingleton<ArticlesEndpoint>();
        services.AddSingleton<FilesEndpoint>();
        services.AddSingleton<StaticDocuments>();
        return services;
    }
}
