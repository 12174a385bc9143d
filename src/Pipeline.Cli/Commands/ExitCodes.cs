namespace Pipeline.Cli.Commands;

/// <summary>Exit codes of the <c>pipeline</c> command, documented in the README and docs/cli.md.</summary>
public static class ExitCodes
{
    public const int Ok = 0;

    /// <summary>Some file failed (dropped, inspected or reprocessed), drift was found and not repaired, or the command failed.</summary>
    public const int FailuresFound = 1;
    public const int Usage = 2;
    public const int StorageUnreachable = 3;

    /// <summary>Stopped by Ctrl+C (SIGINT) or SIGTERM, as shells report a process ended by SIGINT.</summary>
    public const int Interrupted = 130;
}
