using System.CommandLine;
using System.Globalization;
using Baotou.Incentives.Cli.Inputs;
using Baotou.Incentives.Exploration;
using Baotou.Incentives.Policy;

namespace Baotou.Incentives.Cli.Commands;

/// <summary>
/// <c>explore</c>: checks the whole rule set over cases made from the packs (docs/EXPLORE.md): at and one fen or one day either
/// side of every threshold, term and effective date, over every dimension the rules read, plus a seeded random sample. Prints
/// what it covered and each invariant broken; <c>--out</c> writes each counterexample as a policy case <c>verify</c> runs. Exit
/// 0 when nothing broke, 1 when an invariant broke, 2 for unusable input.
/// </summary>
internal static class ExploreCommand
{
    internal static Command Create(ToolContext context)
    {
        var packs = PackFiles.Option("a pack file (docs/PACKS.md) to explore beside the default packs (149号 and the law's 第四十五条); repeatable");
        var maxCases = new Option<int>("--max-cases") { Description = "the most cases to check, systematic ones first (default 100000)", DefaultValueFactory = _ => 100_000 };
        var sample = new Option<int>("--sample") { Description = "seeded random cases to add after the systematic ones (default 1000)", DefaultValueFactory = _ => 1_000 };
        var seed = new Option<int>("--seed") { Description = "the random sample's seed (default 26): the same seed draws the same cases", DefaultValueFactory = _ => 26 };
        var budget = new Option<int?>("--time-budget") { Description = "stop after this many seconds and report what was checked", HelpName = "seconds" };
        var output = new Option<string?>("--out") { Description = "a folder to write each counterexample into, as a policy case (and its pack files)", HelpName = "folder" };
        var command = new Command("explore", "Check the invariants where clauses meet over cases made from the packs: exit 0 when none breaks, 1 when one does")
        {
            packs, maxCases, sample, seed, budget, output,
        };
        command.SetAction(result => Guarded.Run(context, () => Explore(context, result.GetValue(packs) ?? [], result.GetValue(maxCases), result.GetValue(sample),
            result.GetValue(seed), result.GetValue(budget), result.GetValue(output))));
        return command;
    }

    private static int Explore(ToolContext context, string[] packFiles, int maxCases, int sample, int seed, int? budget, string? outFolder)
    {
        if (maxCases < 1 || sample < 0 || budget is < 1)
        {
            throw new UsageProblem("--max-cases and --time-budget must be at least 1, and --sample at least 0");
        }

        if (outFolder is not null)
        {
            InputFiles.EnsureFolder(outFolder, "--out");
        }

        var extra = PackFiles.Read(packFiles, []);
        var explorer = new PolicyExplorer([.. KnownPacks.Default, .. extra.Select(e => e.Pack)]);
        var options = new ExplorationOptions(maxCases, sample, seed);
        var total = (int)Math.Min(maxCases, (long)explorer.SystematicCases + sample);
        using var stop = budget is { } seconds ? new CancellationTokenSource(TimeSpan.FromSeconds(seconds)) : new CancellationTokenSource();
        ExplorationReport report = null!;
        context.Progress($"exploring {total} cases", total, task =>
            report = explorer.Explore(options, task is null ? null : new Reporter(done => task.Value = done), stop.Token));

        Summarise(context.Output, report, explorer, budget is not null && stop.IsCancellationRequested);
        for (var i = 0; i < report.Violations.Count; i++)
        {
            var violation = report.Violations[i];
            var name = string.Create(CultureInfo.InvariantCulture, $"{violation.Invariant}-{i + 1}");
            var written = string.Empty;
            if (outFolder is not null)
            {
                foreach (var (path, text) in violation.ToPolicyCaseFiles(name))
                {
                    var file = Path.Combine(outFolder, path);
                    Directory.CreateDirectory(Path.GetDirectoryName(file)!);
                    InputFiles.Write(file, text);
                }

                written = $" -> {Path.Combine(outFolder, name + ".json")}";
            }

            context.Output.WriteLine(EchoWriter.Escaped($"FOUND {violation.Invariant} [{violation.Clause}]: {violation.Detail} ({violation.Case.Facts.Count} facts){written}"));
        }

        var broken = report.ViolationCounts.Sum(c => c.Value);
        context.Output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{report.CasesChecked} cases checked, {broken} broke an invariant"));
        return broken == 0 ? ExitCodes.Success : ExitCodes.DivergedOrFailed;
    }

    private static void Summarise(TextWriter output, ExplorationReport report, PolicyExplorer explorer, bool outOfTime)
    {
        var sampled = Math.Max(0, report.CasesChecked - report.SystematicCases);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"explored {report.CasesChecked} cases ({Math.Min(report.CasesChecked, report.SystematicCases)} of {report.SystematicCases} systematic, {sampled} sampled) under {report.PackSets.Count} pack sets{(report.Complete ? string.Empty : outOfTime ? ", stopped by --time-budget" : ", stopped by --max-cases")}"));
        output.WriteLine("pack sets: " + string.Join("; ", report.PackSets));
        var touched = report.Boundaries.Count(b => b.Value > 0);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"boundaries touched ({touched} of {report.Boundaries.Count}, read from {string.Join(", ", explorer.Packs.Select(p => p.Id))}):"));
        foreach (var (boundary, count) in report.Boundaries)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {count,7}  {boundary}"));
        }

        output.WriteLine("dimensions touched:");
        foreach (var (dimension, count) in report.Dimensions)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {count,7}  {dimension}"));
        }

        output.WriteLine("invariants: " + string.Join(", ", report.ViolationCounts.Select(c => string.Create(CultureInfo.InvariantCulture, $"{c.Key} {c.Value}"))));
    }

    /// <summary>Passes each count on as it comes, from whichever thread (a progress task's value may be set from any).</summary>
    private sealed class Reporter(Action<int> report) : IProgress<int>
    {
        public void Report(int value) => report(value);
    }
}
