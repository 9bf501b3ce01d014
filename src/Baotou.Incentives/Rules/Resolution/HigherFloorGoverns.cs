using Baotou.Incentives.Outcomes;
using Baotou.Incentives.Outcomes.Reasons;
using Baotou.Incentives.Policy;
using NRules.Fluent.Dsl;

namespace Baotou.Incentives.Rules.Resolution;

/// <summary>
/// 149号 and 《促进科技成果转化法》第四十五条 both set floors (不低于): meeting the higher floor meets the lower, so where they grant
/// one beneficiary shares of the same income the higher governs and the lower is set aside, never added. The law is not one of
/// 我市其他政策措施, so this is its own principle, not 从高从新不重复; the reason says so.
/// </summary>
[Name(Id)]
[PolicyClause(Clauses.BothFloors)]
[RuleSet(RuleSetAttribute.Every)]
[Priority(Priorities.BothFloors)]
internal sealed class HigherFloorGoverns() : OverlapResolutionRule(Id, Clauses.BothFloors, ResolutionPrinciple.BothFloors)
{
    internal const string Id = "149-floors-higher-governs";

    private protected override IReason Why(Entitlement superseded, Entitlement governing, IReadOnlyList<PolicyPack> packs) =>
        new BothFloorsHigherMeetsLower(
            governing.MinimumAmount, governing.Rate, governing.RuleId, superseded.MinimumAmount, superseded.Rate, superseded.RuleId);
}
