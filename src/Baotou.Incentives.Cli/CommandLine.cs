using System.CommandLine;
using System.CommandLine.Invocation;
using Baotou.Incentives.Cli.Commands;
using Baotou.Incentives.Cli.Usage;

namespace Baotou.Incentives.Cli;

/// <summary>
/// The tool's command line on System.CommandLine, kept apart from the console so tests run it in-process with
/// <see cref="StringWriter"/>s. Each command lives in its own file under <c>Commands/</c>: it declares its arguments and
/// options in <c>Create</c> and does its work in a small action method; add an option there. The library gives every
/// command <c>--help</c>, the root <c>--version</c> and the <c>[suggest]</c> directive behind shell completion, and names
/// a misspelled command with the closest match; an option the command does not have is refused with the nearest one it
/// has (<see cref="UnknownOptions"/>), and <c>--help</c> ends with examples (<see cref="HelpExamples"/>).
/// </summary>
internal static class CommandLine
{
    internal const string ToolName = "baotou-incentives";

    /// <summary>Parses and runs one command line.</summary>
    /// <param name="args">The arguments, without the tool's name.</param>
    /// <param name="output">Where results go.</param>
    /// <param name="error">Where problems go.</param>
    /// <param name="interactive">Whether a person watches a terminal (progress and tables); false for redirected output and tests.</param>
    /// <param name="width">The terminal's width in columns for tables; the terminal's own when left out.</param>
    /// <returns>The exit code (<see cref="ExitCodes"/>).</returns>
    internal static int Run(string[] args, TextWriter output, TextWriter error, bool interactive = false, int? width = null)
    {
        var context = new ToolContext(output, error, interactive, width);
        var parsed = Root(context).Parse(args);
        var unknown = UnknownOptions.Find(parsed);
        if (unknown.Count > 0)
        {
            foreach (var message in unknown)
            {
                context.Error.WriteLine(message);
            }

            context.Error.WriteLine(UsageHint(parsed));
            return ExitCodes.TamperedOrInvalid;
        }

        if (parsed.Errors.Count > 0)
        {
            return ParseError(parsed, context.Error);
        }

        try
        {
            return parsed.Invoke(new InvocationConfiguration { Output = context.Output, Error = context.Error, EnableDefaultExceptionHandler = false });
        }
        catch (Exception e)
        {
            // Each action catches what bad input can cause; this is the last guard that keeps a stack trace from a user.
            context.Error.WriteLine($"{ToolName}: could not finish: {e.Message}");
            return ExitCodes.TamperedOrInvalid;
        }
    }

    /// <summary>The root command with every command of the tool.</summary>
    /// <param name="context">Where the commands write.</param>
    /// <returns>The root command.</returns>
    internal static RootCommand Root(ToolContext context)
    {
        var root = new RootCommand(
            "Evaluate, record, replay and explain decisions under 包府办发〔2023〕149号, verify policy cases, ask what-if questions and what it would take, assess a new pack's impact on recorded decisions, and show policy packs.\n" + ExitCodes.Explained)
        {
            EvaluateCommand.Create(context),
            ReplayCommand.Create(context),
            ExplainCommand.Create(context),
            VerifyCommand.Create(context),
            WhatIfCommand.Create(context),
            WhatWouldItTakeCommand.Create(context),
            ImpactCommand.Create(context),
            PacksCommand.Create(context),
            ExploreCommand.Create(context),
            MutateCommand.Create(context),
            CompletionCommand.Create(context),
        };
        HelpExamples.Add(
            root,
            "baotou-incentives evaluate case.json -o record.json    # decide a case into a decision record",
            "baotou-incentives replay record.json                   # does it still come out the same?",
            "baotou-incentives explain record.json -l en            # the decision in words, with its clauses",
            "baotou-incentives verify tests/policy-cases            # run policy cases",
            "baotou-incentives evaluate case.json --help            # one command's options and examples");
        HelpExamples.Install(root);
        foreach (var version in root.Options.OfType<VersionOption>())
        {
            version.Action = new VersionAction();
        }

        root.SetAction(_ =>
        {
            context.Error.WriteLine($"{ToolName}: no command given; run '{ToolName} --help' for the commands");
            return ExitCodes.TamperedOrInvalid;
        });
        return root;
    }

    // The library exits 1 on a parse error, which is our "diverged"; a command line we cannot read is invalid input (2).
    // Its errors and typo corrections go to the error writer only, without the whole help text after them.
    private static int ParseError(ParseResult parsed, TextWriter error)
    {
        if (parsed.Action is ParseErrorAction action)
        {
            action.ShowHelp = false;
            action.ShowTypoCorrections = true;
        }

        parsed.Invoke(new InvocationConfiguration { Output = error, Error = error, EnableDefaultExceptionHandler = false });
        error.WriteLine(UsageHint(parsed));
        return ExitCodes.TamperedOrInvalid;
    }

    /// <summary>Where to read the usage of the command the line reached, e.g. <c>run 'baotou-incentives packs list --help' for usage</c>.</summary>
    private static string UsageHint(ParseResult parsed)
    {
        var names = new List<string>();
        for (var result = parsed.CommandResult; result.Command is not RootCommand; result = (System.CommandLine.Parsing.CommandResult)result.Parent!)
        {
            names.Insert(0, result.Command.Name);
        }

        return $"run '{string.Join(" ", [ToolName, .. names])} --help' for usage";
    }
}
