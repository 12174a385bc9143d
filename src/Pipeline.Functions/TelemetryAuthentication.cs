namespace Pipeline.Functions;

/// <summary>
/// Reads <c>APPLICATIONINSIGHTS_AUTHENTICATION_STRING</c> (<c>Authorization=AAD</c>, with <c>ClientId=&lt;id&gt;</c>
/// for a user-assigned identity), the setting the Functions host uses to send its own telemetry with Entra ID.
/// The worker's Azure Monitor exporter does not read it, and Application Insights with local authentication off
/// drops telemetry that comes without a token, so the worker configures its exporter from the same setting.
/// </summary>
public sealed record TelemetryAuthentication(string? ClientId)
{
    public const string SettingName = "APPLICATIONINSIGHTS_AUTHENTICATION_STRING";

    /// <summary>The Entra ID authentication the setting asks for, or null when it asks for none.</summary>
    public static TelemetryAuthentication? Parse(string? setting)
    {
        if (string.IsNullOrWhiteSpace(setting))
        {
            return null;
        }

        string? authorization = null;
        string? clientId = null;
        foreach (var part in setting.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var separator = part.IndexOf('=', StringComparison.Ordinal);
            if (separator <= 0)
            {
                continue;
            }

            var key = part[..separator].Trim();
            var value = part[(separator + 1)..].Trim();
            if (key.Equals("Authorization", StringComparison.OrdinalIgnoreCase))
            {
                authorization = value;
            }
            else if (key.Equals("ClientId", StringComparison.OrdinalIgnoreCase) && value.Length > 0)
            {
                clientId = value;
            }
        }

        return string.Equals(authorization, "AAD", StringComparison.OrdinalIgnoreCase) ? new TelemetryAuthentication(clientId) : null;
    }
}
