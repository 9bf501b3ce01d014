using Baotou.Incentives.Facts;
using Baotou.Incentives.Outcomes;
using Baotou.Incentives.Outcomes.Reasons;
using Baotou.Incentives.Policy;
using NRules.Fluent.Dsl;

namespace Baotou.Incentives.Rules.Channels;

/// <summary>
/// （六）, its last sentence: 对促成科技成果落地转化的科技特派员，按照其在成果转化中承担的职责任务享受与促进科技成果转化政策相对应的激励奖励.
/// A commissioner who helped the achievement land and be transformed locally enjoys the incentives that match the duties they
/// carried. The sentence has no funding condition: fiscal funding belongs to the sentence before it, about taking part
/// (<see cref="CommissionerParticipation"/>). The measure sets no amount of its own: the decision names the role whose
/// incentives apply.
/// </summary>
[Name(Id)]
[PolicyClause(Clauses.Measure6)]
[RuleSet(RuleSets.Baotou149)]
internal sealed class CommissionerIncentive : Rule
{
    internal const string Id = "149-6-commissioner";

    public override void Define()
    {
        CommissionerEngagement engagement = default!;
        Achievement achievement = default!;
        PolicyPack pack = default!;

        When()
            .Match(() => engagement)
            .Match(() => achievement, a => a.Id == engagement.AchievementId)
            .Match(() => pack, p => p.Applies(RuleSets.Baotou149), p => p.IsInForceOn(engagement.EngagedOn));

        Then()
            .Do(ctx => ctx.Insert(Decide(engagement, achievement, pack)));
    }

    private static Determination Decide(CommissionerEngagement engagement, Achievement achievement, PolicyPack pack) =>
        Outcome.Determination(Id, Clauses.Measure6, pack, "commissioner-incentive", engagement.Id, DeterminationStatus.Eligible, DeterminationStatus.NotEligible, Modality.MayEnjoy,
            new Condition("helped-land-locally", engagement.HelpedLandInBaotou, new HelpedLandLocally(engagement.CommissionerName, achievement.Title)),
            new Condition("incentive-follows-role", true, new IncentiveFollowsRole(engagement.Role)));
}
