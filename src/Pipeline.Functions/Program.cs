using Azure.Identity;
using Azure.Monitor.OpenTelemetry.Exporter;
using Microsoft.Azure.Functions.Worker.Builder;
using Microsoft.Azure.Functions.Worker.OpenTelemetry;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using OpenTelemetry.Trace;
using Pipeline.Api;
using Pipeline.Functions;
using Pipeline.Storage.Hosting;

var builder = FunctionsApplication.CreateBuilder(args);
builder.ConfigureFunctionsWebApplication();

builder.Services
    .AddPipelineStorage(builder.Configuration)
    .AddPipelineApi(builder.Configuration)
    .AddHostedService<StorageInitializer>();

var telemetry = builder.Services.AddOpenTelemetry()
    .WithTracing(tracing => tracing.AddHttpClientInstrumentation().AddSource("Azure.*"));
telemetry.UseFunctionsWorkerDefaults();
if (!string.IsNullOrEmpty(builder.Configuration["APPLICATIONINSIGHTS_CONNECTION_STRING"]))
{
    // With Entra-only ingestion (infra/modules/monitoring.bicep) the exporter needs the app's identity.
    var authentication = TelemetryAuthentication.Parse(builder.Configuration[TelemetryAuthentication.SettingName]);
    telemetry.UseAzureMonitorExporter(options =>
    {
        if (authentication is not null)
        {
            options.Credential = new ManagedIdentityCredential(authentication.ClientId is { } clientId
                ? ManagedIdentityId.FromUserAssignedClientId(clientId)
                : ManagedIdentityId.SystemAssigned);
        }
    });
}

await builder.Build().RunAsync();
