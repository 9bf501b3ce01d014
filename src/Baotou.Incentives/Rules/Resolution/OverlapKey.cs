using Baotou.Incentives.Outcomes;

namespace Baotou.Incentives.Rules.Resolution;

/// <summary>
/// What makes entitlements overlap: one beneficiary, one income. Entitlements with the same key are never added; the principles
/// compare those of one force among them (<see cref="OverlapResolution"/>), and a permission beside an owed floor is linked.
/// </summary>
internal sealed record OverlapKey(Beneficiary Beneficiary, string IncomeKey)
{
    internal static OverlapKey Of(Entitlement entitlement) => new(entitlement.Beneficiary, entitlement.IncomeKey);

    /// <summary>
    /// The entitlements that overlap another (the members of the resolution rules' groups of more than one), in the order given;
    /// empty when nothing overlaps.
    /// </summary>
    internal static IReadOnlyList<Entitlement> Overlapping(IReadOnlyList<Entitlement> entitlements)
    {
        var counts = new Dictionary<OverlapKey, int>(entitlements.Count);
        var shared = false;
        foreach (var entitlement in entitlements)
        {
            var key = Of(entitlement);
            counts.TryGetValue(key, out var count);
            counts[key] = count + 1;
            shared |= count > 0;
        }

        return shared ? entitlements.Where(e => counts[Of(e)] > 1).ToArray() : [];
    }
}
