using System.Globalization;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace Pipeline.Cli.Output;

/// <summary>
/// Where human output goes: a terminal gets colour, rounded tables and live progress; a pipe or a file gets plain
/// aligned text with nothing animated, so logs and scripts read it as it is.
/// </summary>
internal static class Terminal
{
    // Wide enough that a table written to a file never wraps a long blob name; a terminal reports its own width.
    private const int RedirectedWidth = 400;

    // One for the process: it holds at most a line that does not end yet, and every line written ends.
    private static readonly LineTrimmingWriter RedirectedOut = new(Console.Out);

    /// <summary>Whether standard output is a terminal a person is watching.</summary>
    public static bool IsInteractive => !Console.IsOutputRedirected;

    public static IAnsiConsole Create()
    {
        if (IsInteractive)
        {
            return AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Out) });
        }

        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
            Out = new AnsiConsoleOutput(RedirectedOut),
        });
        console.Profile.Width = RedirectedWidth;
        return console;
    }

    /// <summary>A table with these headers (a header ending in '>' is right-aligned, for numbers).</summary>
    public static Table Table(params string[] headers)
    {
        ArgumentNullException.ThrowIfNull(headers);
        var table = new Table { Border = IsInteractive ? TableBorder.Rounded : TableBorder.None };
        foreach (var header in headers)
        {
            var right = header.EndsWith('>');
            var column = new TableColumn(new Text(right ? header[..^1] : header, new Style(decoration: Decoration.Bold)));
            if (right)
            {
                column.RightAligned();
            }

            table.AddColumn(column);
        }

        return table;
    }

    /// <summary>Adds a row of plain text cells (never read as markup, so names with brackets print as they are).</summary>
    public static void AddTextRow(this Table table, params string?[] cells)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(cells);
        table.AddRow(cells.Select(cell => (IRenderable)new Text(cell ?? "")));
    }

    /// <summary>Writes one line of plain text, never read as markup.</summary>
    public static void Line(this IAnsiConsole console, string text = "", Style? style = null)
    {
        ArgumentNullException.ThrowIfNull(console);
        console.Write(new Text(text + Environment.NewLine, style));
    }

    public static string Count(long value) => value.ToString("N0", CultureInfo.InvariantCulture);

    public static string Time(DateTimeOffset? value) =>
        value is { } time ? time.ToUniversalTime().ToString("yyyy-MM-dd HH:mm:ss'Z'", CultureInfo.InvariantCulture) : "";

    public static string Seconds(TimeSpan elapsed) => elapsed.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture) + " s";

    public static string Bytes(long bytes) => bytes switch
    {
        < 1024 => string.Create(CultureInfo.InvariantCulture, $"{bytes} B"),
        < 1024 * 1024 => string.Create(CultureInfo.InvariantCulture, $"{bytes / 1024.0:0.0} KB"),
        < 1024L * 1024 * 1024 => string.Create(CultureInfo.InvariantCulture, $"{bytes / (1024.0 * 1024):0.0} MB"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{bytes / (1024.0 * 1024 * 1024):0.00} GB"),
    };

    /// <summary>Cuts <paramref name="text"/> to one line of at most <paramref name="max"/> characters, for table cells.</summary>
    public static string Clip(string? text, int max = 100)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }

        var line = text.ReplaceLineEndings(" ");
        return line.Length <= max ? line : string.Concat(line.AsSpan(0, max - 1), "…");
    }
}
