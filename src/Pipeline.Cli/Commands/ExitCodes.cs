namespace Pipeline.Cli.Commands;

/// <summary>Exit codes of the <c>pipeline</c> command, documented in the README.</summary>
public static class ExitCodes
{
    public const int Ok = 0;
    public const int FailuresFound = 1;
    public const int Usage = 2;
    public const int StorageUnreachable = 3;
}
