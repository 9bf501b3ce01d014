using Baotou.Incentives.Outcomes;

namespace Baotou.Incentives.Rules.Resolution;

/// <summary>What makes entitlements overlap: one beneficiary, one income. Entitlements with the same key are never added.</summary>
internal sealed record OverlapKey(Beneficiary Beneficiary, string IncomeKey)
{
    internal static OverlapKey Of(Entitlement entitlement) => new(entitlement.Beneficiary, entitlement.IncomeKey);

    /// <summary>Whether any two of these entitlements overlap: the resolution rules' groups of more than one, found without them.</summary>
    internal static bool AnyShared(IReadOnlyList<Entitlement> entitlements)
    {
        var seen = new HashSet<OverlapKey>(entitlements.Count);
        foreach (var entitlement in entitlements)
        {
            if (!seen.Add(Of(entitlement)))
            {
                return true;
            }
        }

        return false;
    }
}
