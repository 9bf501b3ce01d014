using Baotou.Incentives.Outcomes;
using Baotou.Incentives.Policy;

namespace Baotou.Incentives.Rules.Resolution;

/// <summary>
/// The resolution of each group of overlapping entitlements, worked out once (<see cref="OverlapResolution.Resolve"/>) and
/// read by the three resolution rules, each taking its own principle's part. One per session: the evaluation's last step
/// inserts it beside the packs, and it is not listed in the trace (it is not a case fact, an outcome or a pack).
/// </summary>
/// <remarks>
/// A group grows while its entitlements are inserted one by one, and each rule's condition is evaluated as it grows; a group's
/// resolution is kept with the members it was worked out for, so that a group is resolved again only when its members changed,
/// and the three rules read one resolution rather than each working out its own. A session fires on one thread, so nothing
/// here is shared between threads.
/// </remarks>
internal sealed class OverlapResolutions(IReadOnlyList<PolicyPack> packs)
{
    private readonly Dictionary<OverlapKey, (Entitlement[] Members, IReadOnlyList<SetAside> Decided)> _byGroup = [];

    /// <summary>The packs of the evaluation, which the supersessions name.</summary>
    internal IReadOnlyList<PolicyPack> Packs { get; } = packs;

    /// <summary>The entitlements of this group that this principle sets aside, each with the one that governs.</summary>
    internal IReadOnlyList<SetAside> Decided(IGrouping<OverlapKey, Entitlement> group, ResolutionPrinciple principle)
    {
        if (!_byGroup.TryGetValue(group.Key, out var resolved) || !resolved.Members.SequenceEqual(group))
        {
            var members = group.ToArray();
            resolved = (members, OverlapResolution.Resolve(members, Packs));
            _byGroup[group.Key] = resolved;
        }

        return resolved.Decided.Where(s => s.Principle == principle).ToArray();
    }
}
