using Baotou.Incentives.Facts;
using Baotou.Incentives.Outcomes;
using Baotou.Incentives.Outcomes.Reasons;
using Baotou.Incentives.Policy;
using NRules.Fluent.Dsl;

namespace Baotou.Incentives.Rules.Distribution;

/// <summary>
/// （九）: a surplus paid out as performance pay follows a ratio the parties agree (横向委托项目结余经费可用于绩效发放，比例自行约定): no
/// amount is computed. 不受核定的绩效总量限制 is said of 项目绩效经费 (<see cref="CommissionedFundsManagedAsTransformationIncome"/>),
/// not of a surplus paid out, so this finding does not claim it.
/// </summary>
[Name(Id)]
[PolicyClause(Clauses.Measure9)]
[RuleSet(RuleSets.Baotou149)]
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
        Outcome.Determination(Id, Clauses.Measure9, pack, "surplus-performance-pay", surplus.Id, DeterminationStatus.Applies, Modality.AgreedByParties,
            new Condition("ratio-agreed-by-parties", true, new SurplusRatioAgreed(surplus.ProjectName)));
}
