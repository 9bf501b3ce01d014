using Baotou.Incentives.Outcomes;
using Baotou.Incentives.Policy;

namespace Baotou.Incentives.Rules.Resolution;

/// <summary>
/// Resolves one group of overlapping entitlements (one beneficiary, one income). Only grants of the same force are compared
/// (<see cref="Modality"/>): a permission (可享有) or a recommendation (推荐争取) never sets aside an owed minimum (应不低于), because a
/// unit that may pay 90% still must pay 80%; where they share an income both stand, and <see cref="PermissionBesideOwedFloor"/>
/// links them. Within one force, three steps, each a principle of its own:
/// <list type="number">
/// <item>从其规定: a national or autonomous-region change made after the pack it changes took effect governs the matter it changes:
/// the changed pack's grant by the same rule (the rule whose parameter the change names, the only kind a change drives) is set
/// aside whatever its number (and of two changes of one pack, the newer governs). A grant no changed parameter drives stands.</item>
/// <item>从高从新不重复: among what remains of municipal measures (documents of their own), the highest governs, then the newer.</item>
/// <item>Both are floors: among what remains of different levels (a municipal measure and the law), the highest governs, since
/// meeting the higher floor meets the lower.</item>
/// </list>
/// A group is resolved once (<see cref="OverlapResolutions"/>) and each resolution rule reads the steps of its own principle,
/// so the three rules never depend on each other's firing.
/// </summary>
internal static class OverlapResolution
{
    internal static IReadOnlyList<SetAside> Resolve(IEnumerable<Entitlement> overlapping, IEnumerable<PolicyPack> packs)
    {
        var byId = packs.ToDictionary(p => p.Id, StringComparer.Ordinal);
        var decided = new List<SetAside>();
        foreach (var ofOneForce in overlapping.GroupBy(e => e.Modality).OrderBy(g => g.Key))
        {
            ResolveOneForce(ofOneForce, byId, decided);
        }

        return decided;
    }

    private static void ResolveOneForce(IEnumerable<Entitlement> overlapping, Dictionary<string, PolicyPack> byId, List<SetAside> decided)
    {
        var remaining = overlapping.OrderBy(e => e.Id, StringComparer.Ordinal).ToList();

        var changes = remaining
            .Where(e => byId[e.PackId].ChangesAfterChangedPackInForce)
            .OrderByDescending(e => e.PolicyEffectiveFrom)
            .ThenBy(e => e.Id, StringComparer.Ordinal)
            .ToArray();
        foreach (var changing in changes)
        {
            if (!remaining.Contains(changing))
            {
                continue;
            }

            var changed = byId[changing.PackId].ChangesPackId;
            // The same rule under the changed pack (or under another change of it): what the changed parameter drives.
            foreach (var other in remaining.Where(e => e != changing
                && string.Equals(e.RuleId, changing.RuleId, StringComparison.Ordinal)
                && (e.PackId == changed || byId[e.PackId].ChangesPackId == changed)).ToArray())
            {
                decided.Add(new SetAside(other, changing, ResolutionPrinciple.ChangedProvision));
                remaining.Remove(other);
            }
        }

        var municipal = remaining.Where(e => byId[e.PackId].Level == PolicyLevel.Municipal && byId[e.PackId].ChangesPackId is null).ToArray();
        if (municipal.Length > 1)
        {
            var highest = OverlapRanking.Highest(municipal);
            foreach (var other in municipal.Where(e => e != highest))
            {
                decided.Add(new SetAside(other, highest, ResolutionPrinciple.HigherNewer));
                remaining.Remove(other);
            }
        }

        if (remaining.Count > 1)
        {
            var highest = OverlapRanking.Highest(remaining);
            foreach (var other in remaining.Where(e => e != highest))
            {
                decided.Add(new SetAside(other, highest, ResolutionPrinciple.BothFloors));
            }
        }
    }
}
