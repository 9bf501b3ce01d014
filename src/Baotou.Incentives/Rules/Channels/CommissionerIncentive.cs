using Baotou.Incentives.Facts;
using Baotou.Incentives.Outcomes;
using Baotou.Incentives.Outcomes.Reasons;
using Baotou.Incentives.Policy;
using NRules.Fluent.Dsl;

namespace Baotou.Incentives.Rules.Channels;

/// <summary>
/// （六）: a science and technology commissioner on a project with fiscal science and technology funding who helped the
/// achievement land and be transformed locally enjoys the transformation incentives that match the duties they carried
/// (按照其在成果转化中承担的职责任务享受……相对应的激励奖励). The measure sets no amount of its own: the decision names the role
/// whose incentives apply.
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
            .Match(() => pack, p => p.RuleSet == RuleSets.Baotou149, p => p.IsInForceOn(engagement.EngagedOn));

        Then()
            .Do(ctx => ctx.Insert(Decide(engagement, achievement, pack)));
    }

    private static Determination Decide(CommissionerEngagement engagement, Achievement achievement, PolicyPack pack) =>
        Outcome.Determination(Id, Clauses.Measure6, pack, "commissioner-incentive", engagement.Id, DeterminationStatus.Eligible, DeterminationStatus.NotEligible, Modality.MayEnjoy,
            new Condition("fiscal-funding", engagement.ProjectHasFiscalFunding, new FiscalFunding()),
            new Condition("helped-land-locally", engagement.HelpedLandInBaotou, new HelpedLandLocally(engagement.CommissionerName, achievement.Title)),
            new Condition("incentive-follows-role", true, new IncentiveFollowsRole(engagement.Role)));
}
