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
/// <remarks>
/// The national-award sentence (成果完成团队可享有该成果转让 90% 以上收益) stands on its own and is not displaced by the unit's
/// rule. For a university's or institute's national-award achievement the finding says so in a third condition, so that
/// "the unit's rule governs" and the team's 可享有 share of a transfer (<see cref="NationalAwardTransferShare"/>) read as one
/// decision: the rule governs the default shares; the team may enjoy the award share of a transfer whatever the rule says.
/// </remarks>
[Name(Id)]
[PolicyClause(Clauses.Measure8)]
[RuleSet(RuleSets.Baotou149)]
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
            .Match(() => pack, p => p.Applies(RuleSets.Baotou149));

        Then()
            .Do(ctx => ctx.Insert(Decide(achievement, unit, pack)));
    }

    private static Determination Decide(Achievement achievement, Unit unit, PolicyPack pack)
    {
        Condition[] conditions =
        [
            new Condition("unit-has-no-distribution-rule", !unit.HasRewardDistributionRule, new NoDistributionRule(unit.Id, unit.Name)),
            new Condition("no-contract-fixes-rewards", !unit.HasRewardAgreement, new NoRewardAgreement()),
        ];
        return Outcome.Determination(Id, Clauses.Measure8, pack, "default-rewards", achievement.Id, DeterminationStatus.UnitTermsGovern, Modality.OwedMinimum,
            achievement.HasNationalScienceAward && Scope.IsUniversityOrResearchInstitute(unit)
                ? [.. conditions, new Condition("national-award-transfer-share-stands", true, new NationalAwardShareStands(achievement.Id))]
                : conditions);
    }
}
