using Baotou.Incentives.Cli.Inputs;
using Baotou.Incentives.Validation;

namespace Baotou.Incentives.Cli.Commands;

/// <summary>
/// Runs a command's action and turns what bad input can cause into a plain message and exit code 2: the library's own
/// exception handler would exit 1 (our "diverged") and print a stack trace.
/// </summary>
internal static class Guarded
{
    internal static int Run(ToolContext context, Func<int> action)
    {
        try
        {
            return action();
        }
        catch (UsageProblem e)
        {
            context.Error.WriteLine(e.Message);
        }
        catch (IncentiveValidationException e)
        {
            context.Error.WriteLine("invalid input:" + Environment.NewLine + Listed(e));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            context.Error.WriteLine(e.Message);
        }

        return ExitCodes.TamperedOrInvalid;
    }

    /// <summary>Reads an input file with a library reader within its limits (<see cref="InputFiles.Read"/>), naming the file in front of every problem.</summary>
    internal static T Read<T>(string path, string what, Func<Stream, T> read) => Parse(path, what, () => InputFiles.Read(path, what, read));

    /// <summary>Runs a step on what a file held (a parser, an evaluation) and names the file in front of every problem the step finds.</summary>
    internal static T Parse<T>(string path, string what, Func<T> parse)
    {
        try
        {
            return parse();
        }
        catch (IncentiveValidationException e)
        {
            throw new UsageProblem($"{path}: invalid {what}:{Environment.NewLine}{Listed(e)}");
        }
    }

    /// <summary>Every problem on a line of its own, indented under the line that says what was invalid.</summary>
    private static string Listed(IncentiveValidationException e) => string.Join(Environment.NewLine, e.Problems.Select(p => "  " + p));
}
