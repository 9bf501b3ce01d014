using Baotou.Incentives.Facts;
using Baotou.Incentives.Outcomes;
using Baotou.Incentives.Outcomes.Reasons;
using Baotou.Incentives.Policy;
using NRules.Fluent.Dsl;

namespace Baotou.Incentives.Rules.Distribution;

/// <summary>（九）: a surplus paid out as performance pay follows a ratio the parties agree (比例自行约定): no amount is computed.</summary>
[Name(Id)]
[PolicyClause(Clauses.Measure9)]
internal sealed class SurplusPaidAsPerformancePay : Rule
{
    internal const string Id = "149-9-surplus-performance-pay";

    public override void Define()
    {
        CommissionedResearchSurplus surplus = default!;
        Unit unit = default!;
        PolicyPack pack = default!;

        When()
            .Match(() => surplus, s => s.Use == SurplusUse.PerformancePay)
            .Match(() => unit, u => u.Id == surplus.UnitId, u => Scope.IsUniversityOrResearchInstitute(u))
            .Match(() => pack, p => p.Applies(RuleSets.Baotou149), p => p.IsInForceOn(surplus.DecidedOn));

        Then()
            .Do(ctx => ctx.Insert(Decide(surplus, pack)));
    }

    /// <summary>比例自行约定: the parties agree the ratio; the finding says so, and no condition fails for it.</summary>
    private static Determination Decide(CommissionedResearchSurplus surplus, PolicyPack pack) =>
        Outcome.Determination(Id, Clauses.Measure9, pack, "surplus-performance-pay", surplus.Id, DeterminationStatus.AgreedByParties, Modality.AgreedByParties,
            new Condition("outside-approved-performance-total", true, new OutsidePerformancePayTotal()));
}
