using Baotou.Incentives.Outcomes;
using Baotou.Incentives.Outcomes.Reasons;
using Baotou.Incentives.Policy;
using NRules.Fluent.Dsl;

namespace Baotou.Incentives.Rules.Resolution;

/// <summary>
/// 以上各条款若与<b>我市其他政策措施</b>重复，则按从高从新不重复原则执行: where municipal measures grant one beneficiary shares of
/// the same income, the highest governs (on equal amounts the newer), the rest are set aside and never added. Inside 149号 the
/// same idea keeps the national-award 90% and （八）'s 80% of one transfer from being added; the reason says when both are of one
/// document. It reaches municipal measures only: a changed national or regional provision is <see cref="ChangedProvisionGoverns"/>'s,
/// and the law's floors are <see cref="HigherFloorGoverns"/>'s. It runs after every measure rule, so it sees every grant.
/// </summary>
[Name(Id)]
[PolicyClause(Clauses.HigherNewerNoDuplication)]
[RuleSet(RuleSetAttribute.Every)]
[Priority(Priorities.HigherNewer)]
internal sealed class HigherNewerGoverns() : OverlapResolutionRule(Id, Clauses.HigherNewerNoDuplication, ResolutionPrinciple.HigherNewer)
{
    internal const string Id = "149-closing-higher-newer-governs";

    private protected override IReason Why(Entitlement superseded, Entitlement governing, IReadOnlyList<PolicyPack> packs) =>
        governing.MinimumAmount != superseded.MinimumAmount
            ? new HigherAmount(governing.MinimumAmount, governing.Rate, governing.RuleId, superseded.MinimumAmount, superseded.Rate, superseded.RuleId)
            : governing.PolicyEffectiveFrom != superseded.PolicyEffectiveFrom
                ? new NewerPolicy(governing.MinimumAmount, governing.PackId, governing.PolicyEffectiveFrom, superseded.PackId, superseded.PolicyEffectiveFrom)
                : new SameDateTieBreak(governing.MinimumAmount, governing.Id);
}
