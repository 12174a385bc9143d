namespace Pipeline.IntegrationTests.Infrastructure;

/// <summary>The Azurite instance the test command started.</summary>
internal static class Azurite
{
    public const string ConnectionVariable = "PIPELINE_TEST_STORAGE";

    /// <summary>
    /// The connection string of the test Azurite. eng/test.sh starts Azurite on its own ports and sets this;
    /// running the tests without it fails with this message rather than quietly skipping storage tests.
    /// </summary>
    public static string ConnectionString =>
        Environment.GetEnvironmentVariable(ConnectionVariable) is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException(
                $"{ConnectionVariable} is not set. Run the tests with eng/test.sh, which starts Azurite and sets it.");
}
