namespace Pipeline.Storage.Ledger;

/// <summary>Exponential backoff with full jitter, so writers that collided do not collide again in step.</summary>
internal static class Backoff
{
    public static TimeSpan Jittered(int attempt)
    {
        var ceilingMs = Math.Min(1000, 10 * (1 << Math.Min(attempt, 7)));
#pragma warning disable CA5394 // Jitter needs no cryptographic randomness.
        return TimeSpan.FromMilliseconds(Random.Shared.Next(1, ceilingMs));
#pragma warning restore CA5394
    }
}
