using System.CommandLine;
using System.Globalization;
using Baotou.Incentives.Cli.Inputs;
using Baotou.Incentives.Cli.Usage;
using Baotou.Incentives.Exploration.Mutation;
using Baotou.Incentives.PolicyCases;

namespace Baotou.Incentives.Cli.Commands;

/// <summary>
/// <c>mutate PATH…</c>: mutation coverage per clause of policy cases (docs/EXPLORE.md): each parameter of every pack the cases
/// use one step up and down, each pack's date a day either side, each reading switch flipped; the cases run under each mutant,
/// and a mutant no case fails under survived. Prints a score per clause and overall and every survivor with its parameter and
/// change. Exit 0 when the cases ran (whatever the score), 1 when a case failed before any mutation, 2 for unusable input.
/// </summary>
internal static class MutateCommand
{
    internal static Command Create(ToolContext context)
    {
        var paths = CommonOptions.PolicyCases();
        var command = new Command("mutate", "Mutation coverage per clause: change each pack parameter, date and reading and report which changes no policy case notices")
        {
            paths,
        };
        command.SetAction(result => Guarded.Run(context, () => Mutate(context, result.GetValue(paths)!)));
        return command;
    }

    private static int Mutate(ToolContext context, string[] paths)
    {
        var files = InputFiles.Expand(paths);
        var cases = files.Select(f => (Path.GetFileName(f), Guarded.Read(f, "policy case", stream => PolicyCaseFile.Parse(stream, f)))).ToArray();
        var report = MutationCoverage.Run(cases);
        foreach (var name in report.FailingBefore)
        {
            context.Output.WriteLine($"FAIL {name}: fails before any mutation, so it is left out");
        }

        context.Output.WriteLine("clause  killed/mutants  score");
        foreach (var (clause, killed, total) in report.ByClause)
        {
            context.Output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{clause}  {killed}/{total}  {Percent(total == 0 ? 1m : (decimal)killed / total)}"));
        }

        foreach (var survivor in report.Survivors)
        {
            context.Output.WriteLine(EchoWriter.Escaped($"SURVIVED [{survivor.Mutant.Clause}] {survivor.Mutant.PackId}: {survivor.Mutant.Change}"));
        }

        context.Output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{report.Results.Count - report.Survivors.Count} of {report.Results.Count} mutants killed by {report.Cases} cases, score {Percent(report.Score)}, {report.Survivors.Count} survived"));
        return report.FailingBefore.Count == 0 ? ExitCodes.Success : ExitCodes.DivergedOrFailed;
    }

    private static string Percent(decimal share) => (share * 100m).ToString("0.0", CultureInfo.InvariantCulture) + "%";
}
