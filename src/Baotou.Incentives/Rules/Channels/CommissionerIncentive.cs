using Baotou.Incentives.Facts;
using Baotou.Incentives.Outcomes;
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
        Outcome.Determination(Id, Clauses.Measure6, pack, "commissioner-incentive", engagement.Id, DeterminationStatus.Eligible, DeterminationStatus.NotEligible,
            new Condition("helped-land-locally", engagement.HelpedLandInBaotou, HelpedLand(engagement, achievement)),
            new Condition("incentive-follows-role", true, FollowsRole(engagement)));

    private static string HelpedLand(CommissionerEngagement engagement, Achievement achievement) => engagement.HelpedLandInBaotou
        ? $"{engagement.CommissionerName} helped {achievement.Title} land and be transformed locally"
        : $"{engagement.CommissionerName} did not help {achievement.Title} land locally (促成科技成果落地转化)";

    private static string FollowsRole(CommissionerEngagement engagement) =>
        $"the incentives of the transformation policies for {engagement.Role} apply; this measure sets no amount of its own";
}
