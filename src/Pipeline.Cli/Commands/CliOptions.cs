using System.CommandLine;

namespace Pipeline.Cli.Commands;

/// <summary>Options shared by the verbs.</summary>
public static class CliOptions
{
    /// <summary>On the root command and so on every verb: errors come with their stack trace.</summary>
    public static Option<bool> Verbose { get; } = new("--verbose", "-v")
    {
        Description = "Show the full error, with its stack trace, when something goes wrong.",
        Recursive = true,
    };

    /// <summary>A verb's own <c>--json</c> switch (each verb has its own instance, as System.CommandLine wants).</summary>
    public static Option<bool> Json() => new("--json")
    {
        Description = "Write one JSON document (camelCase, described in docs/cli.md) instead of text, for scripts.",
    };

    /// <summary>How many files a verb works on at once.</summary>
    public static Option<int> Parallel(int defaultValue, string description)
    {
        var option = new Option<int>("--parallel")
        {
            Description = description,
            DefaultValueFactory = _ => defaultValue,
        };
        option.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() is < 1 or > 64)
            {
                result.AddError("--parallel must be between 1 and 64.");
            }
        });
        return option;
    }
}
