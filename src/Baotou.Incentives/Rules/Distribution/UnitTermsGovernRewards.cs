using Baotou.Incentives.Facts;
using Baotou.Incentives.Outcomes;
using Baotou.Incentives.Outcomes.Reasons;
using Baotou.Incentives.Policy;
using NRules.Fluent.Dsl;

namespace Baotou.Incentives.Rules.Distribution;

/// <summary>
/// （八）: the 80% / 10% defaults apply only where the unit 暂时没有制定收益分配制度或合同约定. Where it has either, the unit's own
/// terms govern and nothing is computed under the defaults; the decision says so.
/// </summary>
[Name(Id)]
[PolicyClause(Clauses.Measure8)]
internal sealed class UnitTermsGovernRewards : Rule
{
    internal const string Id = "149-8-unit-terms-govern";

    public override void Define()
    {
        Achievement achievement = default!;
        Unit unit = default!;
        PolicyPack pack = default!;

        When()
            .Match(() => achievement)
            .Match(() => unit, u => u.Id == achievement.UnitId, u => Scope.IsCoveredByDistributionDefaults(u), u => u.OwnRewardTermsGovern)
            .Match(() => pack, p => p.RuleSet == RuleSets.Baotou149);

        Then()
            .Do(ctx => ctx.Insert(Decide(achievement, unit, pack)));
    }

    private static Determination Decide(Achievement achievement, Unit unit, PolicyPack pack) =>
        Outcome.Determination(Id, Clauses.Measure8, pack, "default-rewards", achievement.Id, DeterminationStatus.UnitTermsGovern, Modality.OwedMinimum,
            new Condition("unit-has-no-distribution-rule", !unit.HasRewardDistributionRule, new NoDistributionRule(unit.Id, unit.Name)),
            new Condition("no-contract-fixes-rewards", !unit.HasRewardAgreement, new NoRewardAgreement()));
}
