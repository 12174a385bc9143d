using Pipeline.Functions;

namespace Pipeline.Deployment.Tests;

public sealed class TelemetryAuthenticationTests
{
    [Theory]
    [InlineData("ClientId=3f1c2d5e-0000-4000-8000-000000000001;Authorization=AAD", "3f1c2d5e-0000-4000-8000-000000000001")]
    [InlineData("Authorization=AAD;ClientId=abc", "abc")]
    [InlineData(" authorization = aad ; clientid = abc ; ", "abc")]
    public void A_user_assigned_identity_is_named_by_its_client_id(string setting, string clientId) =>
        Assert.Equal(new TelemetryAuthentication(clientId), TelemetryAuthentication.Parse(setting));

    [Fact]
    public void Without_a_client_id_it_is_the_system_assigned_identity() =>
        Assert.Equal(new TelemetryAuthentication(null), TelemetryAuthentication.Parse("Authorization=AAD"));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("ClientId=abc")]
    [InlineData("Authorization=Key;ClientId=abc")]
    [InlineData("garbage")]
    public void Anything_but_aad_asks_for_no_entra_authentication(string? setting) =>
        Assert.Null(TelemetryAuthentication.Parse(setting));
}
