using Baotou.Incentives.Facts;
using Baotou.Incentives.Outcomes;
using Baotou.Incentives.Outcomes.Reasons;
using Baotou.Incentives.Policy;
using NRules.Fluent.Dsl;

namespace Baotou.Incentives.Rules.NationalBaseline;

/// <summary>
/// 第四十五条: the first paragraph's standards apply where the unit 未规定、也未与科技人员约定奖励和报酬的方式和数额. Where it has
/// its own rule or agreement, nothing is computed under the first paragraph, and the finding says whether the second paragraph
/// reaches the unit: it does for a state-established research institution or university (its rates are then checked by the
/// paragraph's own rules, and when they are not given the finding says 无法核对 while the floors stay owed); it does not for a
/// unit that is not state-established, whose terms govern; and when whether the unit is state-established is not given, the
/// finding says that cannot be checked, never reading the unknown as "not state-established".
/// </summary>
[Name(Id)]
[PolicyClause(Clauses.Law2015Article45Paragraph2)]
[RuleSet(RuleSets.NationalLaw2015)]
internal sealed class OwnTermsGovernUnderTheLaw : Rule
{
    internal const string Id = "law2015-45-p2-own-terms";

    public override void Define()
    {
        Achievement achievement = default!;
        Unit unit = default!;
        IEnumerable<OwnRewardRates> rates = default!;
        PolicyPack pack = default!;

        When()
            .Match(() => achievement)
            .Match(() => unit, u => u.Id == achievement.UnitId, u => u.OwnRewardTermsGovern)
            .Query(() => rates, q => q.Match<OwnRewardRates>(r => r.UnitId == unit.Id).Collect())
            .Match(() => pack, p => p.Applies(RuleSets.NationalLaw2015));

        Then()
            .Do(ctx => ctx.Insert(Decide(achievement, unit, rates.FirstOrDefault(), pack)));
    }

    private static Determination Decide(Achievement achievement, Unit unit, OwnRewardRates? rates, PolicyPack pack)
    {
        var stateEstablished = Scope.IsStateEstablishedInstitution(unit);
        var status = stateEstablished switch
        {
            false => DeterminationStatus.UnitTermsGovern,
            true when rates is not null => DeterminationStatus.Eligible,
            _ => DeterminationStatus.CannotBeChecked,
        };
        return Outcome.Determination(Id, Clauses.Law2015Article45Paragraph2, pack, "own-terms", achievement.Id, status, Modality.OwedMinimum,
            new Condition("no-own-rule-or-agreement", false, new NoOwnRuleOrAgreement(unit.Id, unit.Name)),
            new Condition("own-rates-given", rates is not null, new OwnRatesGiven(unit.Id)),
            stateEstablished is null
                ? new Condition("state-established", false, new StateEstablishmentNotGiven(unit.Id))
                : new Condition("state-established", stateEstablished.Value, new StateEstablishedUnit(unit.Id)));
    }
}
