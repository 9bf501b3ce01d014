using Baotou.Incentives.Outcomes;

namespace Baotou.Incentives.Rules.Resolution;

/// <summary>What makes entitlements overlap: one beneficiary, one income. Entitlements with the same key are never added.</summary>
internal sealed record OverlapKey(Beneficiary Beneficiary, string IncomeKey)
{
    internal static OverlapKey Of(Entitlement entitlement) => new(entitlement.Beneficiary, entitlement.IncomeKey);
}
