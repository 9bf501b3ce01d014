using Baotou.Incentives.Engine;
using Baotou.Incentives.Policy;
using Baotou.Incentives.Records;

namespace Baotou.Incentives.Cli;

/// <summary>
/// Gets the library ready on a second thread while the first parses the arguments and reads the input: the rule definitions
/// and the record's JSON contract do not depend on the case, and loading and configuring them is much of what a fresh
/// process spends before its first decision and record (benchmarks/README.md), so two cores do it beside the reading.
/// </summary>
internal static class WarmUp
{
    // The commands that evaluate or read records; `packs`, `completion` and `--version` need neither and are left alone.
    private static readonly HashSet<string> Evaluating = new(StringComparer.Ordinal) { "evaluate", "verify", "replay", "explain", "whatif" };

    /// <summary>Starts getting ready if the command will need the rules; returns at once.</summary>
    internal static void BeginFor(string[] args)
    {
        if (args.Length == 0 || !Evaluating.Contains(args[0]))
        {
            return;
        }

        _ = Task.Run(static () =>
        {
            try
            {
                // Building an engine loads every rule; the default packs' last session (resolution, "no measure reaches") is
                // compiled too, running NRules' compiler once, so that compiling the case's own session afterwards does not
                // start cold.
                new IncentiveEngine(KnownPacks.Default).WarmUp();
                DecisionRecord.WarmUp();
            }
            catch (Exception)
            {
                // Nothing is lost: the command meets the same failure where it needs the rules, and reports it there.
            }
        });
    }
}
