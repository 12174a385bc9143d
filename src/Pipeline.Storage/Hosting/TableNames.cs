using System.Globalization;

namespace Pipeline.Storage.Hosting;

/// <summary>The tables the pipeline uses, with the configured prefix applied.</summary>
public sealed class TableNames
{
    public TableNames(string prefix)
    {
        ArgumentNullException.ThrowIfNull(prefix);
        if (prefix.Length > 0 && (!char.IsAsciiLetter(prefix[0]) || !prefix.All(char.IsAsciiLetterOrDigit)))
        {
            throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture, $"Table prefix '{prefix}' must be letters and digits, starting with a letter."),
                nameof(prefix));
        }

        Articles = prefix + "Articles";
        Entities = prefix + "Entities";
        Leaderboard = prefix + "Leaderboard";
        Totals = prefix + "Totals";
        PersonNames = prefix + "PersonNames";
        Figures = prefix + "Figures";
    }

    /// <summary>One row per dropped file: its fate and what was extracted.</summary>
    public string Articles { get; }

    /// <summary>One partition per entity: its counter row and one contribution row per article.</summary>
    public string Entities { get; }

    /// <summary>Entities ranked by RowKey, one partition for all and one per type.</summary>
    public string Leaderboard { get; }

    /// <summary>Corpus totals, sharded: each shard a counter row and the contributions that feed it.</summary>
    public string Totals { get; }

    /// <summary>Full person names by surname, so a bare surname can be linked to the one person the corpus knows by it.</summary>
    public string PersonNames { get; }

    /// <summary>The largest money amounts, one partition per currency ranked by RowKey.</summary>
    public string Figures { get; }

    public IEnumerable<string> All => [Articles, Entities, Leaderboard, Totals, PersonNames, Figures];
}
