using Baotou.Incentives.Facts;
using Baotou.Incentives.Outcomes;
using Baotou.Incentives.Policy;
using Baotou.Incentives.Rules.Resolution;

namespace Baotou.Incentives.Engine;

/// <summary>
/// The last step of an evaluation: the rules over other rules' outcomes (从其规定, 从高从新不重复, the law's floors, and "no
/// measure reaches the case"), in a session of their own, run only when one of them can fire, with only what it can fire on.
/// </summary>
/// <remarks>
/// <para>
/// These rules fire below every other rule's priority and no other rule matches what they produce, so in one session they would
/// fire exactly when they fire here: after the last rule over the case's facts. Kept in that session, though, every outcome
/// reaches their grouping and negation nodes, and a typical case, where nothing overlaps and something was granted, paid a good
/// part of its allocation for rules that could not fire (benchmarks/README.md measures it).
/// </para>
/// <para>
/// What can fire is read from the first step's outcomes with the rules' own definitions. The resolution rules fire only for a
/// group of entitlements sharing an <see cref="OverlapKey"/>, so only the entitlements that share one are inserted, one by one in
/// the order they were produced, as they reached the rules' grouping before: the same groups, in the same order, fire. "No
/// measure reaches the case" fires only when there is no outcome at all, on the case's units under the packs. The link between a
/// permission and the owed floor beside it fires only within such a group too. The qualification of amounts on a blocked act
/// fires only where （十二）blocked a transformation: then the amounts computed on that contract and the blocking findings go in.
/// The resolution of each overlapping group is worked out once for the three resolution rules (<see cref="OverlapResolutions"/>).
/// </para>
/// </remarks>
internal static class OutcomePhase
{
    /// <summary>Runs the rules over outcomes if one of them can fire, writing their firings into the same trace.</summary>
    internal static void Complete(
        string ruleSets, PacksApplied packsApplied, IReadOnlyList<PolicyPack> packs, IEnumerable<ICaseFact> ordered, TraceRecorder recorder)
    {
        if (recorder.NothingProduced)
        {
            // In the first step's order: the packs, then the case's units ("no measure reaches" names each unit under a pack).
            Fire(ruleSets, [.. packs, .. ordered.OfType<Unit>()], [], recorder);
            return;
        }

        var overlapping = OverlapKey.Overlapping(recorder.Entitlements);
        var blocked = BlockedTransformations(recorder.Determinations);
        if (overlapping.Count == 0 && blocked.Count == 0)
        {
            return;
        }

        // The entitlements that share an overlap key, and those computed on a contract whose transformation （十二）blocked (it
        // qualifies them), go in in the order they were produced, so the resolution rules see the same groups in the same order;
        // then the findings that block.
        var onBlocked = blocked.Select(d => d.SubjectFactId).ToHashSet(StringComparer.Ordinal);
        var shared = overlapping.ToHashSet();
        List<object> oneByOne =
        [
            .. recorder.Entitlements.Where(e => shared.Contains(e) || (e.BasisReason is IComputedOnContract basis && onBlocked.Contains(basis.ContractId))),
            .. blocked,
        ];
        Fire(ruleSets, [packsApplied, new OverlapResolutions(packs)], oneByOne, recorder);
    }

    private static IReadOnlyList<Determination> BlockedTransformations(IReadOnlyList<Determination> determinations) =>
        determinations.Where(d => d.RuleId == Rules.Empowerment.TransformationBlockedUntilApproved.Id).ToArray();

    private static void Fire(string ruleSets, List<object> context, IReadOnlyList<object> oneByOne, TraceRecorder recorder)
    {
        var session = CompiledRules.OverOutcomes(ruleSets).CreateSession();
        session.InsertAll(context);
        foreach (var outcome in oneByOne)
        {
            session.Insert(outcome);
        }

        recorder.Listen(session);
        session.Fire();
    }
}
