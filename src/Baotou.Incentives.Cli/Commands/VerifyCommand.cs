using System.CommandLine;
using Baotou.Incentives.Cli.Inputs;
using Baotou.Incentives.Cli.Usage;
using Baotou.Incentives.PolicyCases;
using Baotou.Incentives.Validation;
using Spectre.Console;

namespace Baotou.Incentives.Cli.Commands;

/// <summary>
/// <c>verify PATH…</c>: runs policy cases (docs/POLICY-CASES.md), given as files or folders of <c>*.json</c> files, and
/// prints <c>PASS</c> or <c>FAIL</c> per case and a closing <c>N passed, N failed</c>, plain for scripts; exit 0 when every
/// case passed, 1 when one failed or there was none, 2 when a file is not a usable policy case (empty, malformed, invalid); a person at a
/// terminal sees progress, then a table of the cases, then each failure in full. <c>--pack FILE</c> (repeatable) adds a pack
/// file to the packs each case names. <c>--format json</c> prints one JSON document instead (docs/CLI.md), with the same exit code.
/// </summary>
internal static class VerifyCommand
{
    internal static Command Create(ToolContext context)
    {
        var paths = CommonOptions.PolicyCases();
        var packs = PackFiles.Option("a pack file (docs/PACKS.md) to apply besides the packs each policy case names; repeatable, each with an id of its own");
        var format = CommonOptions.Format();
        var command = new Command("verify", "Run policy cases and check what the policy says must come out: exit 0 only if every case passes")
        {
            paths, packs, format,
        };
        command.SetAction(result => Guarded.Run(context, () => Verify(context, result.GetValue(paths)!, result.GetValue(packs) ?? [], result.GetValue(format) == CommonOptions.Json)));
        return HelpExamples.Add(
            command,
            "baotou-incentives verify tests/policy-cases            # PASS or FAIL per case, then 'N passed, N failed'",
            "baotou-incentives verify my-cases --pack later.pack.json   # under a pack file besides each case's packs",
            "baotou-incentives verify my-cases -f json              # every case's result for a script");
    }

    private static int Verify(ToolContext context, string[] paths, string[] packFiles, bool json)
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
            if (json)
            {
                JsonOutput.Write(context.Output, Json([], ExitCodes.DivergedOrFailed));
            }
            else
            {
                context.Output.WriteLine("0 passed, 0 failed");
            }

            return ExitCodes.DivergedOrFailed;
        }

        var checks = new Checked[files.Count];
        context.Progress($"verifying {files.Count} policy cases", files.Count, draw: !json, work: task =>
        {
            for (var i = 0; i < files.Count; i++)
            {
                checks[i] = Check(files[i], extra);
                task?.Increment(1);
            }
        });

        // A file that is not a usable policy case (empty, malformed, invalid, a pack file that clashes) is input the tool
        // cannot use, exit 2 as for every command; 1 is kept for a policy case that ran and failed.
        var failed = checks.Count(c => !c.Passed);
        var code = checks.Any(c => c.Unusable) ? ExitCodes.TamperedOrInvalid : failed == 0 ? ExitCodes.Success : ExitCodes.DivergedOrFailed;
        if (json)
        {
            JsonOutput.Write(context.Output, Json(checks, code));
            return code;
        }

        if (context.Interactive)
        {
            // A person gets a table of every case and, below it, each failure with its first difference.
            var table = new Table().Border(TableBorder.Rounded).AddColumn("result").AddColumn("file").AddColumn("case");
            foreach (var c in checks)
            {
                table.AddRow(new Text(c.Passed ? "PASS" : "FAIL", new Style(c.Passed ? Color.Green : Color.Red)),
                    new Text(EchoWriter.Escaped(Path.GetFileName(c.File))), new Text(EchoWriter.Escaped(c.Detail)));
            }

            context.Console.Write(table);
        }

        foreach (var c in checks.Where(c => !context.Interactive || !c.Passed))
        {
            context.Output.WriteLine(c.Line);
        }

        context.Output.WriteLine($"{files.Count - failed} passed, {failed} failed");
        return code;
    }

    /// <summary>The cases' results as one JSON document (docs/CLI.md).</summary>
    private static object Json(IReadOnlyList<Checked> checks, int code) => new
    {
        Passed = checks.Count(c => c.Passed),
        Failed = checks.Count(c => !c.Passed),
        ExitCode = code,
        Cases = checks.Select(c => new { c.File, Result = c.Passed ? "pass" : c.Unusable ? "unusable" : "fail", c.Name, c.Clause, c.Problem }),
    };

    /// <summary>One policy case's result, and whether the file was unusable (could not be read or is invalid) rather than run.</summary>
    private static Checked Check(string file, IReadOnlyList<PackFileRead> extra)
    {
        try
        {
            var policyCase = InputFiles.Read(file, "policy case", stream => PolicyCaseFile.Parse(stream, file));
            var result = extra.Count == 0 ? policyCase.Verify() : policyCase.Verify(PackFiles.Added(policyCase.Packs, extra, file, whatIf: false));
            return new Checked(file, result.Passed, false, result.Name, result.Clause, result.Passed ? null : result.FirstDifference);
        }
        catch (IncentiveValidationException e)
        {
            return new Checked(file, false, true, null, null, $"invalid policy case: {string.Join("; ", e.Problems)}");
        }
        catch (UsageProblem e)
        {
            // The line already names the file: "FAIL empty.json: is empty".
            return new Checked(file, false, true, null, null, e.About(file));
        }
    }

    /// <summary>What became of one file: passed, failed, or unusable, with its line for a person.</summary>
    private sealed record Checked(string File, bool Passed, bool Unusable, string? Name, string? Clause, string? Problem)
    {
        /// <summary>What follows the file's name: the case and its clause, then why it failed; for an unusable file, why.</summary>
        internal string Detail => Unusable ? Problem! : Passed ? $"{Name} [{Clause}]" : $"{Name} [{Clause}]: {Problem}";

        /// <summary>The plain line, e.g. <c>PASS 01.json: … [149号·（七）]</c>.</summary>
        internal string Line => $"{(Passed ? "PASS" : "FAIL")} {Path.GetFileName(File)}: {Detail}";
    }
}
