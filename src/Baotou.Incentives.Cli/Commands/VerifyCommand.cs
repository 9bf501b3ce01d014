using System.CommandLine;
using Baotou.Incentives.Cli.Inputs;
using Baotou.Incentives.PolicyCases;
using Baotou.Incentives.Validation;
using Spectre.Console;

namespace Baotou.Incentives.Cli.Commands;

/// <summary>
/// <c>verify PATH…</c>: runs policy cases (docs/POLICY-CASES.md), given as files or folders of <c>*.json</c> files, and
/// prints <c>PASS</c> or <c>FAIL</c> per case and a closing <c>N passed, N failed</c>, plain for scripts; exit 0 when every
/// case passed, 1 when one failed or there was none, 2 when a file is not a usable policy case (empty, malformed, invalid); a person at a
/// terminal sees progress, then a table of the cases, then each failure in full. <c>--pack FILE</c> (repeatable) adds a pack
/// file to the packs each case names.
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
        var packs = PackFiles.Option("a pack file (docs/PACKS.md) to apply besides the packs each policy case names; repeatable, each with an id of its own");
        var command = new Command("verify", "Run policy cases and check what the policy says must come out: exit 0 only if every case passes")
        {
            paths, packs,
        };
        command.SetAction(result => Guarded.Run(context, () => Verify(context, result.GetValue(paths)!, result.GetValue(packs) ?? [])));
        return command;
    }

    private static int Verify(ToolContext context, string[] paths, string[] packFiles)
    {
        // Pack files that cannot be read leave nothing to verify under them: that is unusable input (exit 2), not a failed case.
        var extra = PackFiles.Read(packFiles, []);
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

        var lines = new string[files.Count];
        var unusable = new bool[files.Count];
        if (context.Interactive)
        {
            context.Console.Progress().AutoClear(true).Start(progress =>
            {
                var task = progress.AddTask($"verifying {files.Count} policy cases", maxValue: files.Count);
                for (var i = 0; i < files.Count; i++)
                {
                    (lines[i], unusable[i]) = Check(files[i], Path.GetFileName(files[i]), extra);
                    task.Increment(1);
                }
            });
        }
        else
        {
            for (var i = 0; i < files.Count; i++)
            {
                (lines[i], unusable[i]) = Check(files[i], Path.GetFileName(files[i]), extra);
            }
        }

        var failed = lines.Count(l => !l.StartsWith("PASS", StringComparison.Ordinal));
        if (context.Interactive)
        {
            // A person gets a table of every case and, below it, each failure with its first difference.
            var table = new Table().Border(TableBorder.Rounded).AddColumn("result").AddColumn("file").AddColumn("case");
            foreach (var line in lines)
            {
                var passed = line.StartsWith("PASS", StringComparison.Ordinal);
                var rest = line[5..];
                var colon = rest.IndexOf(": ", StringComparison.Ordinal);
                table.AddRow(new Text(passed ? "PASS" : "FAIL", new Style(passed ? Color.Green : Color.Red)),
                    new Text(EchoWriter.Escaped(colon < 0 ? rest : rest[..colon])), new Text(EchoWriter.Escaped(colon < 0 ? string.Empty : rest[(colon + 2)..])));
            }

            context.Console.Write(table);
        }

        foreach (var line in lines.Where(l => !context.Interactive || !l.StartsWith("PASS", StringComparison.Ordinal)))
        {
            context.Output.WriteLine(line);
        }

        context.Output.WriteLine($"{files.Count - failed} passed, {failed} failed");
        // A file that is not a usable policy case (empty, malformed, invalid, a pack file that clashes) is input the tool
        // cannot use, exit 2 as for every command; 1 is kept for a policy case that ran and failed.
        return unusable.Any(u => u) ? ExitCodes.TamperedOrInvalid : failed == 0 ? ExitCodes.Success : ExitCodes.DivergedOrFailed;
    }

    /// <summary>One policy case's line, and whether the file was unusable (could not be read or is invalid) rather than run.</summary>
    private static (string Line, bool Unusable) Check(string file, string name, IReadOnlyList<PackFileRead> extra)
    {
        try
        {
            var policyCase = InputFiles.Read(file, "policy case", stream => PolicyCaseFile.Parse(stream, file));
            var result = extra.Count == 0 ? policyCase.Verify() : policyCase.Verify(PackFiles.Added(policyCase.Packs, extra, file, whatIf: false));
            return (result.Passed
                ? $"PASS {name}: {result.Name} [{result.Clause}]"
                : $"FAIL {name}: {result.Name} [{result.Clause}]: {result.FirstDifference}", false);
        }
        catch (IncentiveValidationException e)
        {
            return ($"FAIL {name}: invalid policy case: {string.Join("; ", e.Problems)}", true);
        }
        catch (UsageProblem e)
        {
            // The line already names the file: "FAIL empty.json: is empty".
            var prefix = file + ": ";
            return ($"FAIL {name}: {(e.Message.StartsWith(prefix, StringComparison.Ordinal) ? e.Message[prefix.Length..] : e.Message)}", true);
        }
    }
}
