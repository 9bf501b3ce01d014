using Baotou.Incentives.Facts;
using Baotou.Incentives.Outcomes;
using Baotou.Incentives.Outcomes.Reasons;
using Baotou.Incentives.Policy;
using NRules.Fluent.Dsl;

namespace Baotou.Incentives.Rules.Channels;

/// <summary>
/// （六）, its opening words: 支持鼓励科技特派员全程参与科技成果转化工作. Every commissioner taking part in transforming an achievement
/// is supported and encouraged to take part throughout (encouraged: no duty, no amount). The words carry no condition of
/// fiscal funding: that belongs to the key-stage clause after them (<see cref="CommissionerParticipation"/>), so a project
/// without fiscal funds is outside that clause only, never left with 不适用 alone.
/// </summary>
[Name(Id)]
[PolicyClause(Clauses.Measure6)]
[RuleSet(RuleSets.Baotou149)]
internal sealed class CommissionerTakesPartThroughout : Rule
{
    internal const string Id = "149-6-commissioner-throughout";

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
        Outcome.Determination(Id, Clauses.Measure6, pack, "commissioner-throughout", engagement.Id, DeterminationStatus.Applies, Modality.Encouraged,
            new Condition("takes-part-in-transformation", true, new TakesPartThroughout(engagement.CommissionerName, achievement.Title)));
}
