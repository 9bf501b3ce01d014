using Baotou.Incentives.Facts;
using Baotou.Incentives.Policy;
using Baotou.Incentives.Rules.Resolution;
using NRules;

namespace Baotou.Incentives.Engine;

/// <summary>
/// The second and last step of an evaluation: the rules over other rules' outcomes (从其规定, 从高从新不重复, the law's floors, and
/// "no measure reaches the case"), in a session of their own, run only when one of them can fire.
/// </summary>
/// <remarks>
/// <para>
/// These rules fire below every other rule's priority and no other rule matches what they produce, so in one session they would
/// fire exactly when they fire here: after the last rule over the case's facts. Kept in that session, though, every outcome
/// reaches their grouping and negation nodes, and a typical case, where nothing overlaps and something was granted, paid about a
/// sixth of its allocation for rules that could not fire (benchmarks/README.md, "Levers of issue 16").
/// </para>
/// <para>
/// Whether one can fire is read from the first step's outcomes with the rules' own definitions: 从高从新不重复 and the other
/// resolution rules fire only for a group of entitlements sharing an <see cref="OverlapKey"/>; "no measure reaches the case"
/// only when there is no outcome at all. The entitlements are then inserted one by one in the order they were produced, as
/// they reached the rules' grouping before, so the groups, their firings and the trace are the same.
/// </para>
/// </remarks>
internal static class OutcomePhase
{
    /// <summary>Whether a rule over outcomes can fire after the first step recorded these outcomes.</summary>
    internal static bool MayFire(TraceRecorder recorder) => recorder.NothingProduced || OverlapKey.AnyShared(recorder.Entitlements);

    /// <summary>Runs the rules over outcomes on the first step's outcomes, writing their firings into the same trace.</summary>
    internal static void Run(
        long ruleSets, PacksApplied packsApplied, IReadOnlyList<PolicyPack> packs, IEnumerable<ICaseFact> ordered, TraceRecorder recorder)
    {
        var session = CompiledRules.OverOutcomes(ruleSets).CreateSession();

        // In the first step's order: the packs before the case's units ("no measure reaches" names each unit under a pack).
        var context = new List<object>(1 + packs.Count) { packsApplied };
        context.AddRange(packs);
        context.AddRange(ordered.OfType<Unit>());
        session.InsertAll(context);
        foreach (var entitlement in recorder.Entitlements)
        {
            session.Insert(entitlement);
        }

        recorder.Listen(session);
        session.Fire();
    }
}
