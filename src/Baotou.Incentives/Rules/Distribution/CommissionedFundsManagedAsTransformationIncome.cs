using Baotou.Incentives.Facts;
using Baotou.Incentives.Outcomes;
using Baotou.Incentives.Outcomes.Reasons;
using Baotou.Incentives.Policy;
using NRules.Fluent.Dsl;

namespace Baotou.Incentives.Rules.Distribution;

/// <summary>
/// （九）, its first sentence: 高校、科研院所接受企业、其他社会组织委托的横向科研项目经费，按成果转化收入进行管理，项目绩效经费纳入绩效工资管理，
/// 不受核定的绩效总量限制. For a university's or research institute's commissioned project (known to the case by its surplus
/// row), the project's funds are managed as transformation income and its performance funds are outside the approved
/// performance total: consequences the text states (modality Provided), so the finding says the measure applies. A surplus
/// paid out as performance pay is another sentence (<see cref="SurplusPaidAsPerformancePay"/>), of which the text does not say
/// it is outside the total.
/// </summary>
[Name(Id)]
[PolicyClause(Clauses.Measure9)]
[RuleSet(RuleSets.Baotou149)]
internal sealed class CommissionedFundsManagedAsTransformationIncome : Rule
{
    internal const string Id = "149-9-commissioned-funds";

    public override void Define()
    {
        CommissionedResearchSurplus surplus = default!;
        Unit unit = default!;
        PolicyPack pack = default!;

        // The unit before the surplus: matched surplus-first, this rule's join made NRules order two other rules' activations
        // differently in one session of every rule than in the engine's sessions (OutcomePhaseEquivalenceTests, seed 2).
        When()
            .Match(() => unit, u => Scope.IsUniversityOrResearchInstitute(u))
            .Match(() => surplus, s => s.UnitId == unit.Id)
            .Match(() => pack, p => p.Applies(RuleSets.Baotou149), p => p.IsInForceOn(surplus.DecidedOn));

        Then()
            .Do(ctx => ctx.Insert(Decide(surplus, pack)));
    }

    private static Determination Decide(CommissionedResearchSurplus surplus, PolicyPack pack) =>
        Outcome.Determination(Id, Clauses.Measure9, pack, "commissioned-funds", surplus.Id, DeterminationStatus.Applies, Modality.Provided,
            new Condition("managed-as-transformation-income", true, new ManagedAsTransformationIncome(surplus.ProjectName)),
            new Condition("performance-funds-outside-approved-total", true, new OutsidePerformancePayTotal()));
}
