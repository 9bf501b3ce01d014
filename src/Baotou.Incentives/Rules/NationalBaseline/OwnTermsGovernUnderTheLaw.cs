using Baotou.Incentives.Facts;
using Baotou.Incentives.Outcomes;
using Baotou.Incentives.Policy;
using NRules.Fluent.Dsl;

namespace Baotou.Incentives.Rules.NationalBaseline;

/// <summary>
/// 第四十五条: the first paragraph's standards apply where the unit 未规定、也未与科技人员约定奖励和报酬的方式和数额. Where it has
/// its own rule or agreement, nothing is computed under the first paragraph, and the finding says whether the second paragraph
/// reaches the unit: it does for a state-established research institution or university (its rates are then checked by the
/// paragraph's own rules); it does not for another unit, whose terms govern; and when the unit's own rates are not given it
/// cannot be checked, which the finding names rather than passing over in silence.
/// </summary>
[Name(Id)]
[PolicyClause(Clauses.Law2015Article45Paragraph2)]
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

    private static Determination Decide(Achievement achievement, Unit unit, OwnRewardRates? rates, PolicyPack pack) =>
        Outcome.Determination(Id, Clauses.Law2015Article45Paragraph2, pack, "own-terms", achievement.Id,
            rates is { StateEstablished: false } ? DeterminationStatus.UnitTermsGovern : rates is null ? DeterminationStatus.NotCovered : DeterminationStatus.Eligible,
            new Condition("no-own-rule-or-agreement", false, $"{unit.Name} has its own rule or agreement: the first paragraph's defaults are not computed"),
            new Condition("own-rates-given", rates is not null, rates is null
                ? "the unit's own rates are not given (OwnRewardRates), so the second paragraph cannot be checked"
                : "the unit's own rates are given"),
            new Condition("state-established", rates is { StateEstablished: true }, rates switch
            {
                { StateEstablished: true } => "国家设立的研究开发机构、高等院校: the second paragraph checks its rates against the floors",
                { StateEstablished: false } => "not a state-established institution or university: the second paragraph does not reach it, and its terms govern",
                _ => "not known whether the unit is state-established",
            }));
}
