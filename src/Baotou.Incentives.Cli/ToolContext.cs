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
}
