using Spectre.Console;

namespace Baotou.Incentives.Cli;

/// <summary>
/// Where a command writes: <see cref="Output"/> for results (a record, a report, PASS/FAIL lines), <see cref="Error"/> for
/// what went wrong. <see cref="Interactive"/> is true only when a person watches a terminal: then progress and tables are
/// drawn through <see cref="Console"/>; otherwise (redirected, CI, tests) only plain lines are written.
/// </summary>
internal sealed class ToolContext
{
    internal ToolContext(TextWriter output, TextWriter error, bool interactive, int? width = null)
    {
        // A control character in an echoed value is escaped, never written raw (EchoWriter); the console draws its own colours.
        Output = new EchoWriter(output);
        Error = new EchoWriter(error);
        Interactive = interactive;
        Console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(output),
            Ansi = interactive ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = interactive ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = interactive ? InteractionSupport.Yes : InteractionSupport.No,
        });
        if (width is { } columns)
        {
            Console.Profile.Width = columns;
        }
    }

    /// <summary>Results, control characters escaped (<see cref="EchoWriter"/>).</summary>
    internal TextWriter Output { get; }

    /// <summary>Problems, control characters escaped (<see cref="EchoWriter"/>).</summary>
    internal TextWriter Error { get; }

    /// <summary>Whether a person watches a terminal.</summary>
    internal bool Interactive { get; }

    /// <summary>A renderer for progress and tables, built on <see cref="Output"/>.</summary>
    internal IAnsiConsole Console { get; }

    /// <summary>
    /// Runs <paramref name="work"/> under a progress bar for a person watching, cleared when it is done; otherwise (and when
    /// <paramref name="draw"/> is false) it runs with no task to advance, and nothing is drawn.
    /// </summary>
    /// <param name="description">What the bar says, e.g. <c>verifying 26 policy cases</c>.</param>
    /// <param name="total">The value at which the work is done.</param>
    /// <param name="work">The work, given the bar's task (<see langword="null"/> when none is drawn) to advance.</param>
    /// <param name="draw">False to draw nothing even for a person, e.g. when a JSON document will follow.</param>
    /// <param name="columns">The bar's columns; the renderer's own when none are given.</param>
    internal void Progress(string description, int total, Action<ProgressTask?> work, bool draw = true, params ProgressColumn[] columns)
    {
        if (!Interactive || !draw)
        {
            work(null);
            return;
        }

        var progress = Console.Progress().AutoClear(true);
        (columns.Length == 0 ? progress : progress.Columns(columns)).Start(context => work(context.AddTask(description, maxValue: total)));
    }
}
