using Baotou.Incentives.Cli.Inputs;
using Baotou.Incentives.Engine;
using Baotou.Incentives.Explanations;
using Baotou.Incentives.Policy;
using Baotou.Incentives.Records;
using Baotou.Incentives.Signing;
using Baotou.Incentives.Validation;
using Spectre.Console;

namespace Baotou.Incentives.Cli.Batch;

/// <summary>
/// <c>evaluate</c> over many case files: one record per case in the output folder, a summary (CSV in the folder, and a
/// table for a person watching), a bad case reported with its problems without stopping the others. Cases that share an
/// evaluation date and packs go to the library's batch API together (<see cref="IncentiveEngine.EvaluateManyAsync"/>), which
/// bounds the parallelism and returns results in input order. With a signer, every record is signed as it is written; pack
/// files (<c>--pack</c>) are applied besides each case's own packs, and a case that already applies a pack of a file's id is refused.
/// </summary>
internal static class BatchEvaluation
{
    internal static int Run(ToolContext context, IReadOnlyList<string> files, string outDir, BatchSettings options)
    {
        InputFiles.EnsureFolder(outDir, "--out-dir");
        var records = RecordFiles(files, outDir);
        var outcomes = new CaseOutcome[files.Count];
        context.Progress(
            $"evaluating {files.Count} cases",
            files.Count,
            task => Evaluate(files, records, options, outcomes, () => task?.Increment(1)),
            columns: [new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn()]);

        var rows = outcomes.SelectMany(SummaryRow.Of).ToArray();
        var summary = Path.Combine(outDir, SummaryCsv.FileName);
        SummaryCsv.Write(summary, rows, options.Language);
        Report(context, outcomes, rows, options.Language);
        var refused = outcomes.Count(o => !o.Decided);
        context.Output.WriteLine($"{outcomes.Length - refused} evaluated, {refused} failed; records and {SummaryCsv.FileName} in {outDir}");
        return refused == 0 ? ExitCodes.Success : ExitCodes.DivergedOrFailed;
    }

    // One record per case file, named after it; two files of the same name (from different folders) would overwrite each other.
    private static string[] RecordFiles(IReadOnlyList<string> files, string outDir)
    {
        var records = files.Select(f => Path.Combine(outDir, Path.GetFileNameWithoutExtension(f) + ".record.json")).ToArray();
        var clash = records.Select((r, i) => (r, i)).GroupBy(x => x.r, StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1);
        if (clash is not null)
        {
            throw new UsageProblem($"{string.Join(" and ", clash.Select(x => files[x.i]))}: have the same name, so their records would overwrite each other in {outDir}; evaluate them into different --out-dir folders");
        }

        return records;
    }

    private static void Evaluate(IReadOnlyList<string> files, string[] records, BatchSettings options, CaseOutcome[] outcomes, Action done)
    {
        var (jobs, signer, packFiles, asOf, _) = options;
        var read = new List<(int Index, CaseFile Case, IReadOnlyList<PolicyPack> Packs)>();
        for (var i = 0; i < files.Count; i++)
        {
            try
            {
                var caseFile = InputFiles.Read(files[i], "case file", stream => CaseFile.Parse(stream, files[i]));
                read.Add((i, caseFile, PackFiles.Added(caseFile.Packs, packFiles, files[i])));
            }
            catch (IncentiveValidationException e)
            {
                outcomes[i] = CaseOutcome.Refused(files[i], e.Problems.Select(p => p.ToString()));
                done();
            }
            catch (UsageProblem e)
            {
                outcomes[i] = CaseOutcome.Refused(files[i], [e.About(files[i])]);
                done();
            }
        }

        // The batch API evaluates many cases on one date under one engine: group the files by the date and the packs they are
        // decided under. A pack is told by its definition, not its id: two case files may name different pack files of one id.
        // --as-of puts every case on one date.
        foreach (var group in read.GroupBy(r => (EvaluationDate: asOf ?? r.Case.EvaluationDate, Packs: string.Join("\n", r.Packs.Select(Identity)))))
        {
            var members = group.Select(m => (m.Index, m.Case)).ToArray();
            var engine = new IncentiveEngine(group.First().Packs);
            EvaluateGroup(engine, members, group.Key.EvaluationDate, jobs, signer, files, records, outcomes, done).GetAwaiter().GetResult();
        }
    }

    /// <summary>A shipped pack by its id (one instance per process); any other by its whole definition.</summary>
    private static string Identity(PolicyPack pack) =>
        KnownPacks.All.Any(shipped => ReferenceEquals(shipped, pack)) ? pack.Id : PackFile.Write(pack);

    private static async Task EvaluateGroup(IncentiveEngine engine, (int Index, CaseFile Case)[] members, NodaTime.LocalDate date, int jobs,
        RecordSigner? signer, IReadOnlyList<string> files, string[] records, CaseOutcome[] outcomes, Action done)
    {
        var options = new BatchOptions { MaxDegreeOfParallelism = jobs };
        var cases = members.Select(m => m.Case.Case).ToAsyncEnumerable();
        await foreach (var result in engine.EvaluateManyAsync(cases, date, options).ConfigureAwait(false))
        {
            var index = members[result.Index].Index;
            if (result.Decision is { } decision)
            {
                try
                {
                    // The results arrive one at a time on this loop, so the one signer is never used by two threads at once.
                    var record = DecisionRecord.Of(engine, result.Case, decision);
                    InputFiles.Write(records[index], (signer?.Sign(record) ?? record).ToJson());
                    outcomes[index] = new CaseOutcome(files[index], records[index], decision, []);
                }
                catch (IncentiveValidationException e)
                {
                    // A record too large to read back is not written (DecisionRecord refuses to make it).
                    outcomes[index] = CaseOutcome.Refused(files[index], e.Problems.Select(p => p.ToString()));
                }
            }
            else
            {
                outcomes[index] = CaseOutcome.Refused(files[index], result.Error!.Problems.Select(p => p.ToString()));
            }

            done();
        }
    }

    private static void Report(ToolContext context, CaseOutcome[] outcomes, SummaryRow[] rows, ExplanationLanguage language)
    {
        if (context.Interactive)
        {
            context.Console.Write(SummaryTable.Of(rows, language));
        }

        // Plain lines for scripts; a person at a terminal has the table, and below it each refused case with its problems.
        foreach (var outcome in outcomes.Where(o => !context.Interactive || !o.Decided))
        {
            context.Output.WriteLine(outcome.Decision is { } decision
                ? $"OK   {outcome.File}: case {decision.CaseId}, {Words.Count(decision.Entitlements.Count, "entitlement")} -> {outcome.RecordFile}"
                : $"FAIL {outcome.File}: {string.Join("; ", outcome.Problems)}");
        }
    }
}
