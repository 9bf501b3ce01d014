using Baotou.Incentives.Facts;
using Baotou.Incentives.Outcomes;
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
        Outcome.Determination(Id, Clauses.Measure6, pack, "commissioner-incentive", engagement.Id, DeterminationStatus.Eligible, DeterminationStatus.NotEligible,
            new Condition("fiscal-funding", engagement.ProjectHasFiscalFunding,
                engagement.ProjectHasFiscalFunding
                    ? "the project received fiscal science and technology funding"
                    : "the project received no fiscal science and technology funding (获得财政科技经费支持)"),
            new Condition("helped-land-locally", engagement.HelpedLandInBaotou,
                engagement.HelpedLandInBaotou
                    ? $"{engagement.CommissionerName} helped {achievement.Title} land and be transformed locally"
                    : $"{engagement.CommissionerName} did not help {achievement.Title} land locally (促成科技成果落地转化)"),
            new Condition("incentive-follows-role", true,
                $"the incentives of the transformation policies for {engagement.Role} apply; this measure sets no amount of its own"));
}
