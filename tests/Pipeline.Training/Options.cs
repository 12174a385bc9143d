using System.Globalization;

namespace Pipeline.Training;

/// <summary>The <c>--name value</c> options after a command; unknown names are usage errors.</summary>
internal sealed class Options
{
    private readonly Dictionary<string, string> values = new(StringComparer.Ordinal);

    private Options()
    {
    }

    public static Options Parse(IReadOnlyList<string> args, int start, params string[] known)
    {
        var options = new Options();
        for (var i = start; i < args.Count; i++)
        {
            var name = args[i];
            if (!name.StartsWith("--", StringComparison.Ordinal) || !known.Contains(name[2..]))
            {
                throw new UsageException($"unknown option {name}; expected one of --{string.Join(", --", known)}");
            }

            // An option without a value ("--pipeline" last, or before another option) is a flag.
            options.values[name[2..]] = i + 1 >= args.Count || args[i + 1].StartsWith("--", StringComparison.Ordinal) ? "yes" : args[++i];
        }

        return options;
    }

    public string? Text(string name) => values.GetValueOrDefault(name);

    public string Text(string name, string fallback) => values.GetValueOrDefault(name) ?? fallback;

    /// <summary>Whether a flag is set: given alone, or with the value yes or true.</summary>
    public bool Flag(string name) =>
        values.TryGetValue(name, out var value) && (value.Equals("yes", StringComparison.OrdinalIgnoreCase) || value.Equals("true", StringComparison.OrdinalIgnoreCase));

    public int Number(string name, int fallback)
    {
        if (!values.TryGetValue(name, out var text))
        {
            return fallback;
        }

        return int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new UsageException($"option --{name} needs a whole number, not '{text}'");
    }
}

/// <summary>A command line that cannot be run; the message says why.</summary>
internal sealed class UsageException(string message) : Exception(message);
