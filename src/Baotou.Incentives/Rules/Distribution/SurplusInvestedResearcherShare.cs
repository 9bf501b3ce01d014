using Baotou.Incentives.Facts;
using Baotou.Incentives.Outcomes;
using Baotou.Incentives.Outcomes.Reasons;
using Baotou.Incentives.Policy;
using NRules.Fluent.Dsl;

namespace Baotou.Incentives.Rules.Distribution;

/// <summary>（九）: a commissioned project's surplus invested in transformation is shared with the researchers holding at least a share.</summary>
[Name(Id)]
[PolicyClause(Clauses.Measure9)]
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
            .Match(() => pack, p => p.RuleSet == RuleSets.Baotou149, p => p.IsInForceOn(surplus.DecidedOn))
            .Let(() => share, () => pack.Read(Baotou149.SurplusResearcherShare, surplus.DecidedOn));

        Then()
            .Do(ctx => ctx.Insert(Grant(surplus, pack, share)));
    }

    /// <summary>科研人员占比不低于 90%: an owed minimum share of what the surplus invested forms and earns, not cash paid out.</summary>
    private static Entitlement Grant(CommissionedResearchSurplus surplus, PolicyPack pack, ParameterReading share) =>
        Outcome.Entitlement(Id, Clauses.Measure9, pack, Beneficiary.CommissionedProjectResearchers, EntitlementKind.MinimumShareOfSurplus, Modality.OwedMinimum,
            surplus.Id, IncomeKeys.Surplus(surplus.Id), new SurplusInvested(surplus.Id, surplus.ProjectName), surplus.Amount, share);
}
