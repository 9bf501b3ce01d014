using Baotou.Incentives.Facts;
using Baotou.Incentives.Outcomes;
using Baotou.Incentives.Outcomes.Reasons;
using Baotou.Incentives.Policy;
using NRules.Fluent.Dsl;

namespace Baotou.Incentives.Rules.Distribution;

/// <summary>
/// （九）: 横向科研项目结余经费可出资科技成果转化，科研人员与所在单位约定一定分配比例，科研人员占比不低于 90%. The surplus is a contribution
/// (出资) to a transformation, and the ratio the researchers and the unit agree is a ratio of what that contribution forms and
/// earns: the researchers hold at least 90% of it (<see cref="Outcomes.Entitlement.MinimumEquityShare"/>). It is not 90% of the
/// surplus paid out as cash; the amount is the value of their share at the contribution, as an equity share is valued at its
/// conversion amount.
/// </summary>
[Name(Id)]
[PolicyClause(Clauses.Measure9)]
[RuleSet(RuleSets.Baotou149)]
internal sealed class SurplusInvestedResearcherShare : Rule
{
    internal const string Id = "149-9-surplus-invested";

    public override void Define()
    {
        CommissionedResearchSurplus surplus = default!;
        Unit unit = default!;
        PolicyPack pack = default!;
        ParameterReading share = default!;

        When()
            .Match(() => surplus, s => s.Use == SurplusUse.InvestedInTransformation)
            .Match(() => unit, u => u.Id == surplus.UnitId, u => Scope.IsUniversityOrResearchInstitute(u))
            .Match(() => pack, p => p.Applies(RuleSets.Baotou149, Baotou149.SurplusResearcherShare), p => p.IsInForceOn(surplus.DecidedOn))
            .Let(() => share, () => pack.Read(Baotou149.SurplusResearcherShare, surplus.DecidedOn));

        Then()
            .Do(ctx => ctx.Insert(Grant(surplus, pack, share)));
    }

    /// <summary>科研人员占比不低于 90%: an owed minimum share of what the surplus invested forms and earns, not cash paid out.</summary>
    private static Entitlement Grant(CommissionedResearchSurplus surplus, PolicyPack pack, ParameterReading share) =>
        Outcome.Entitlement(Id, Clauses.Measure9, pack, Beneficiary.CommissionedProjectResearchers, EntitlementKind.ShareOfSurplus, Modality.OwedMinimum,
            surplus.Id, IncomeKeys.Surplus(surplus.Id), new SurplusInvested(surplus.Id, surplus.ProjectName), surplus.Amount, share, minimumEquityShare: share.Value);
}
