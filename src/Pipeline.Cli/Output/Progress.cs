using System.Globalization;
using Pipeline.Cli.Dropping;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace Pipeline.Cli.Output;

/// <summary>
/// Live progress bars, on a terminal only: elsewhere the work runs with nothing drawn, and only its result is
/// printed.
/// </summary>
internal static class LiveProgress
{
    /// <summary>Runs <paramref name="work"/> under one bar of <paramref name="total"/> steps; the work advances it with the callback it is given.</summary>
    public static Task<T> RunAsync<T>(IAnsiConsole console, bool show, string description, int total, ProgressColumn? rate, Func<Action<int>, Task<T>> work)
    {
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(work);
        if (!show || !Terminal.IsInteractive || total == 0)
        {
            return work(_ => { });
        }

        ProgressColumn[] columns = rate is null
            ? [new TaskDescriptionColumn(), new ProgressBarColumn { Width = 24 }, new CountColumn(), new ElapsedTimeColumn()]
            : [new TaskDescriptionColumn(), new ProgressBarColumn { Width = 24 }, new CountColumn(), rate, new ElapsedTimeColumn()];
        return console.Progress()
            .AutoClear(true)
            .Columns(columns)
            .StartAsync(async context =>
            {
                var task = context.AddTask(description, maxValue: total);
                return await work(steps => task.Increment(steps));
            });
    }

    /// <summary>Done and total, as whole numbers.</summary>
    private sealed class CountColumn : ProgressColumn
    {
        public override IRenderable Render(RenderOptions options, ProgressTask task, TimeSpan deltaTime) =>
            new Text(string.Create(CultureInfo.InvariantCulture, $"{task.Value:N0}/{task.MaxValue:N0}"));
    }
}

/// <summary>Files per second and megabytes per second of a drop, averaged since it started.</summary>
internal sealed class DropRateColumn(DropTally tally) : ProgressColumn
{
    public override IRenderable Render(RenderOptions options, ProgressTask task, TimeSpan deltaTime) =>
        new Text(string.Create(CultureInfo.InvariantCulture, $"{tally.FilesPerSecond,7:0.0} files/s {tally.MegabytesPerSecond,7:0.00} MB/s"));
}
