using System.CommandLine;
using Baotou.Incentives.Cli.Inputs;
using Baotou.Incentives.PolicyCases;
using Baotou.Incentives.Validation;

namespace Baotou.Incentives.Cli.Commands;

/// <summary>
/// <c>verify PATH…</c>: runs policy cases (docs/POLICY-CASES.md), given as files or folders of <c>*.json</c> files, and
/// prints <c>PASS</c> or <c>FAIL</c> per case and a closing <c>N passed, N failed</c>, plain for scripts.
/// </summary>
internal static class VerifyCommand
{
    internal static Command Create(ToolContext context)
    {
        var paths = new Argument<string[]>("path")
        {
            Description = "policy case files, or folders whose *.json files are policy cases",
            Arity = ArgumentArity.OneOrMore,
        };
        var command = new Command("verify", "Run policy cases and check what the policy says must come out: exit 0 only if every case passes")
        {
            paths,
        };
        command.SetAction(result => Guarded.Run(context, () => Verify(context, result.GetValue(paths)!)));
        return command;
    }

    private static int Verify(ToolContext context, string[] paths)
    {
        IReadOnlyList<string> files;
        try
        {
            files = InputFiles.Expand(paths);
        }
        catch (UsageProblem e) when (e.Message.StartsWith("no *.json files in ", StringComparison.Ordinal))
        {
            // Nothing to verify is not a pass: say why the exit code is 1 rather than printing a bare "0 passed".
            context.Error.WriteLine($"{e.Message}: nothing to verify, so nothing passed");
            context.Output.WriteLine("0 passed, 0 failed");
            return ExitCodes.DivergedOrFailed;
        }

        var failed = 0;
        foreach (var file in files)
        {
            var name = Path.GetFileName(file);
            var line = Check(file, name);
            failed += line.StartsWith("PASS", StringComparison.Ordinal) ? 0 : 1;
            context.Output.WriteLine(line);
        }

        context.Output.WriteLine($"{files.Count - failed} passed, {failed} failed");
        return failed == 0 ? ExitCodes.Success : ExitCodes.DivergedOrFailed;
    }

    private static string Check(string file, string name)
    {
        try
        {
            var result = PolicyCaseFile.Parse(InputFiles.ReadText(file, "a policy case")).Verify();
            return result.Passed
                ? $"PASS {name}: {result.Name} [{result.Clause}]"
                : $"FAIL {name}: {result.Name} [{result.Clause}]: {result.FirstDifference}";
        }
        catch (IncentiveValidationException e)
        {
            return $"FAIL {name}: invalid policy case: {string.Join("; ", e.Problems)}";
        }
        catch (UsageProblem e)
        {
            // The line already names the file: "FAIL empty.json: is empty".
            var prefix = file + ": ";
            return $"FAIL {name}: {(e.Message.StartsWith(prefix, StringComparison.Ordinal) ? e.Message[prefix.Length..] : e.Message)}";
        }
    }
}
